using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emulation.Domain.Awards;
using Emulation.Tests.Architecture;
using Emulation.Tests.Decisions;
using Emulation.Tests.Documents;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Services;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Emulation.Tests.Proposals;

/// <summary>
/// The achievement report of each nominee (Decree 152/2025's appendix structure, individual and collective forms),
/// editable by the unit until the dossier is with the receiving level, and the whole dossier as one PDF with bookmarks.
/// </summary>
public sealed class AchievementReportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private ProposalDocumentService Documents => App.Service<ProposalDocumentService>();
    private AchievementReportService Reports => App.Service<AchievementReportService>();

    private static ProposalInput Letter(string number) =>
        new() { Number = number, Date = new DateTime(2026, 12, 15), Recipient = "Chủ tịch UBND tỉnh Quảng Trị (qua Sở Nội vụ)" };

    private async Task<int> SendAsync(string number, IReadOnlyCollection<int> ids)
    {
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids, Letter(number));
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        return sent.Value;
    }

    /// <summary>A prior Bằng khen for the nominee, as an earlier decision of the provincial chairman recorded it.</summary>
    private async Task<(string Name, int UnitId)> GivePriorAwardAsync(int nominationId, string number)
    {
        await using var db = await App.DbAsync();
        var nomination = await db.Nominations.SingleAsync(n => n.Id == nominationId);
        var person = await db.People.SingleAsync(p => p.Id == nomination.PersonId);
        var unit = await db.Units.SingleAsync(u => u.Id == nomination.UnitId);
        db.Awards.Add(Award.Grant(person.Id, unit.Id, unit.Name, 2023, Title.GrassrootsEmulationFighter, AwardKind.Merit, number,
            new DateOnly(2023, 12, 28), "Chánh Văn phòng UBND tỉnh"));
        await db.SaveChangesAsync();
        return (person.FullName, unit.Id);
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    [Fact]
    public async Task IndividualReport_HasTheDecree30Header_TheThreeParts_AndThePriorAwardWithItsDecision()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        var (name, _) = await GivePriorAwardAsync(ids[0], "88/QĐ-VP");
        var proposalId = await SendAsync("61/TTr-VP", ids);

        var file = (await Documents.GetReportDocxAsync(TestActors.Officer, proposalId, ids[0]))!;

        Assert.StartsWith("bao-cao-thanh-tich-", file.FileName, StringComparison.Ordinal);
        var paragraphs = Paragraphs(file.Content);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-VP", StringComparison.Ordinal));
        Assert.Contains("Quảng Trị, ngày 15 tháng 12 năm 2026", paragraphs);
        Assert.Contains("BÁO CÁO THÀNH TÍCH", paragraphs);
        Assert.Contains("Đề nghị tặng \u201CBằng khen của Chủ tịch UBND tỉnh\u201D năm 2026", paragraphs);
        Assert.Contains("I. THÔNG TIN CHUNG", paragraphs);
        Assert.Contains("1. Quyền hạn, nhiệm vụ được giao", paragraphs);
        Assert.Contains("2. Thành tích đạt được", paragraphs);
        Assert.Contains("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("Họ và tên: " + name, StringComparison.Ordinal));
        Assert.Contains("Quyết định số 88/QĐ-VP ngày 28/12/2023 của Chánh Văn phòng UBND tỉnh", paragraphs);
        Assert.Contains("Chiến sĩ thi đua cơ sở", paragraphs);
        Assert.Contains("NGƯỜI BÁO CÁO THÀNH TÍCH", paragraphs);
        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        Assert.Contains("Times New Roman", word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectiveReport_UsesTheCollectiveForm_WithSituationFunctionsAndMembers()
    {
        int nominationId;
        string unitName;
        await using (var db = await App.DbAsync())
        {
            var unit = await db.Units.OrderBy(u => u.Id).Skip(2).FirstAsync();
            unitName = unit.Name;
            var nomination = Nomination.Propose(DecisionScenario.CampaignId, null, unit.Id, Title.CollectiveProvincialCertificateOfMerit,
                TestExplanations.For(Title.CollectiveProvincialCertificateOfMerit));
            Assert.True(nomination.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", DateTimeOffset.UtcNow).IsSuccess);
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            nominationId = nomination.Id;
        }

        var proposalId = await SendAsync("62/TTr-VP", [nominationId]);
        var paragraphs = Paragraphs((await Documents.GetReportDocxAsync(TestActors.Leader, proposalId, nominationId))!.Content);

        Assert.Contains("I. ĐẶC ĐIỂM, TÌNH HÌNH", paragraphs);
        Assert.Contains("2. Chức năng, nhiệm vụ", paragraphs);
        Assert.Contains("II. THÀNH TÍCH ĐẠT ĐƯỢC", paragraphs);
        Assert.Contains("THỦ TRƯỞNG ĐƠN VỊ", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Tên tập thể: " + unitName, StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Tổng số người: ", StringComparison.Ordinal));
        Assert.DoesNotContain("I. THÔNG TIN CHUNG", paragraphs);
    }

    [Fact]
    public async Task TheUnit_EditsAndItsHeadConfirms_BeforeSending_NotWhileTheDossierIsUp_AgainAfterAReturn()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1);
        int unitId;
        await using (var db = await App.DbAsync())
        {
            unitId = await db.Nominations.Where(n => n.Id == ids[0]).Select(n => n.UnitId).SingleAsync();
        }

        var head = TestActors.HeadOf(unitId);
        var otherHead = TestActors.HeadOf(unitId + 1);
        var prefilled = (await Reports.GetAsync(head, ids[0]))!;
        Assert.False(prefilled.Edited);
        Assert.True(prefilled.CanEdit && prefilled.CanConfirm);
        Assert.Contains("xếp loại", prefilled.Achievements, StringComparison.Ordinal);

        var input = new AchievementReportInput
        {
            Duties = "Phụ trách công tác tổng hợp, theo dõi thi đua của phòng.",
            Achievements = "Chủ trì xây dựng quy trình số hóa hồ sơ.\nHoàn thành 100% nhiệm vụ trước hạn.",
        };
        // To another unit's head the report is as unknown as one that does not exist, read or written.
        Assert.Null(await Reports.GetAsync(otherHead, ids[0]));
        var strangerSave = await Reports.SaveAsync(otherHead, ids[0], input);
        Assert.Equal("proposal.report_not_above", Assert.Single(strangerSave.Errors).Code);
        Assert.Equal((await Reports.SaveAsync(otherHead, int.MaxValue, input)).Errors, strangerSave.Errors);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Reports.SaveAsync(TestActors.Officer, ids[0],
            new AchievementReportInput { Duties = input.Duties, Achievements = input.Achievements, Confirm = true }));
        Assert.True((await Reports.SaveAsync(TestActors.Officer, ids[0], input)).IsSuccess);
        input.Confirm = true;
        Assert.True((await Reports.SaveAsync(head, ids[0], input)).IsSuccess);
        Assert.Equal("tp." + unitId, (await Reports.GetAsync(TestActors.Officer, ids[0]))!.ConfirmedBy);

        var proposalId = await SendAsync("63/TTr-VP", ids);
        var locked = await Reports.SaveAsync(head, ids[0], input);
        Assert.Equal("proposal.report_locked", Assert.Single(locked.Errors).Code);
        var paragraphs = Paragraphs((await Documents.GetReportDocxAsync(TestActors.Officer, proposalId, ids[0]))!.Content);
        Assert.Contains("Chủ trì xây dựng quy trình số hóa hồ sơ.", paragraphs);
        Assert.Contains("Hoàn thành 100% nhiệm vụ trước hạn.", paragraphs);
        Assert.Contains("(Đã xác nhận)", paragraphs);

        Assert.True((await App.Service<ProposalService>().ReturnAsync(TestActors.Officer, proposalId, "Bổ sung thành tích")).IsSuccess);
        var amended = await Reports.SaveAsync(TestActors.Officer, ids[0], new AchievementReportInput
        {
            Duties = input.Duties,
            Achievements = input.Achievements + "\nSáng kiến được áp dụng toàn tỉnh.",
        });
        Assert.True(amended.IsSuccess, string.Join("; ", amended.Errors));
        var view = (await Reports.GetAsync(TestActors.Officer, ids[0]))!;
        Assert.Null(view.ConfirmedBy);
        Assert.Contains(await Reports.ListAsync(head), i => i.NominationId == ids[0] && i.Edited && !i.Confirmed);
        Assert.DoesNotContain(await Reports.ListAsync(otherHead), i => i.NominationId == ids[0]);
    }

    [Fact]
    public async Task EmptyText_IsRefusedWithAMessage_AndAnAgencyTitleHasNoReport()
    {
        var above = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        var own = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);

        var empty = await Reports.SaveAsync(TestActors.Officer, above[0], new AchievementReportInput { Duties = " ", Achievements = "Có" });
        var agency = await Reports.SaveAsync(TestActors.Officer, own[0], new AchievementReportInput { Duties = "A", Achievements = "B" });

        Assert.Equal("proposal.report_text_required", Assert.Single(empty.Errors).Code);
        Assert.Equal("proposal.report_not_above", Assert.Single(agency.Errors).Code);
        Assert.Null(await Reports.GetAsync(TestActors.Officer, own[0]));
    }

    [Fact]
    public async Task Package_IsOnePdf_WithABookmarkPerPart_AndVietnameseTextThatRenders()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 2);
        var (name, _) = await GivePriorAwardAsync(ids[0], "89/QĐ-VP");
        var proposalId = await SendAsync("64/TTr-VP", ids);

        var file = (await Documents.GetPackagePdfAsync(TestActors.Officer, proposalId))!;

        Assert.Equal("ho-so-de-nghi-64-TTr-VP.pdf", file.FileName);
        using (var pdf = PdfReader.Open(new MemoryStream(file.Content), PdfDocumentOpenMode.Import))
        {
            var outline = pdf.Outlines.Select(o => o.Title).ToList();
            Assert.Equal("Tờ trình số 64/TTr-VP", outline[0]);
            Assert.Equal("Biên bản họp và kết quả bỏ phiếu kín", outline[1]);
            Assert.Equal("Danh sách trích ngang", outline[2]);
            Assert.Equal(2, outline.Count(t => t.StartsWith("Báo cáo thành tích: ", StringComparison.Ordinal)));
            Assert.Contains("Báo cáo thành tích: " + name, outline);
            Assert.Equal("Danh mục tài liệu chứng minh", outline[^1]);
        }

        using var poppler = new Poppler(file.Content);
        var text = poppler.Text();
        Assert.Contains("TỜ TRÌNH", text, StringComparison.Ordinal);
        Assert.Contains("KẾT QUẢ BỎ PHIẾU KÍN", text, StringComparison.Ordinal);
        Assert.Contains("DANH SÁCH TRÍCH NGANG", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO THÀNH TÍCH", text, StringComparison.Ordinal);
        Assert.Contains("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", text, StringComparison.Ordinal);
        Assert.Contains("DANH MỤC TÀI LIỆU CHỨNG MINH THÀNH TÍCH", text, StringComparison.Ordinal);
        Assert.Contains("Quyết định số 89/QĐ-VP", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        var pages = poppler.RenderPages(Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots"), "dossier", 60);
        Assert.True(pages.Count >= 6, $"{pages.Count} pages rendered");
        Assert.All(pages, page => Assert.True(new FileInfo(page).Length > 5_000, page));
    }

    [Fact]
    public async Task Package_RefusesADepartmentHead_AndAnswersNullForNoSuchDossierOrNominee()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        var proposalId = await SendAsync("65/TTr-VP", ids);
        var head = TestActors.HeadOf(await App.UnitIdAsync("TH"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.GetPackagePdfAsync(head, proposalId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.GetReportDocxAsync(head, proposalId, ids[0]));
        Assert.Null(await Documents.GetPackagePdfAsync(TestActors.Leader, 999_999));
        Assert.Null(await Documents.GetReportDocxAsync(TestActors.Leader, proposalId, 999_999));
    }
}
