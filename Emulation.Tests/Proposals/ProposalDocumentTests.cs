using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Services;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Emulation.Tests.Proposals;

/// <summary>The dossier's submission letter (docx) and summary list (xlsx), opened and read.</summary>
public sealed class ProposalDocumentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private ProposalDocumentService Documents => App.Service<ProposalDocumentService>();

    private async Task<(int ProposalId, List<int> Nominations)> SentAsync(string number, Title title, int count)
    {
        var ids = await DecisionScenario.NominateAsync(App, title, count);
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            new ProposalInput { Number = number, Date = new DateTime(2026, 12, 15), Recipient = "Chủ tịch UBND tỉnh Quảng Trị (qua Sở Nội vụ)" });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        return (sent.Value, ids);
    }

    [Fact]
    public async Task Letter_HasTheDecree30Header_TheRecipient_AndEveryNomineeWithTheSecretBallotResult()
    {
        var (proposalId, ids) = await SentAsync("45/TTr-VP", Title.ProvincialCertificateOfMerit, 2);
        await using var db = await App.DbAsync();
        var names = await db.Nominations.Where(n => ids.Contains(n.Id))
            .Select(n => db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).First()).ToListAsync();

        var file = (await Documents.GetLetterDocxAsync(TestActors.Officer, proposalId))!;

        Assert.Equal("to-trinh-45-TTr-VP.docx", file.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("Số: 45/TTr-VP", paragraphs);
        Assert.Contains("Quảng Trị, ngày 15 tháng 12 năm 2026", paragraphs);
        Assert.Contains("TỜ TRÌNH", paragraphs);
        Assert.Contains("Kính gửi: Chủ tịch UBND tỉnh Quảng Trị (qua Sở Nội vụ)", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("xem xét, quyết định khen thưởng cho 2 cá nhân đã có thành tích", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("0 tập thể", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("bỏ phiếu kín", StringComparison.Ordinal));
        Assert.Contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", paragraphs);
        Assert.All(names, name => Assert.Contains(name, paragraphs));
        Assert.Equal(2, paragraphs.Count(p => p == "5/5 (100%)"));
        Assert.Equal(2, paragraphs.Count(p => p == "Bằng khen của Chủ tịch UBND tỉnh"));
    }

    [Fact]
    public async Task SummaryList_HasOneRowPerNominee_WithGenderPositionAndTheShareOfAllMembers()
    {
        var (proposalId, _) = await SentAsync("46/TTr-VP", Title.ProvincialEmulationFighter, 1);

        var file = (await Documents.GetSummaryXlsxAsync(TestActors.Leader, proposalId))!;

        var row = Assert.Single(MiniExcel.Query(new MemoryStream(file.Content), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>());
        Assert.Equal("Chiến sĩ thi đua cấp tỉnh", row["Danh hiệu, hình thức đề nghị"]);
        Assert.Contains(row["Giới tính"], new object?[] { "Nam", "Nữ" });
        Assert.Equal(100m, Convert.ToDecimal(row["Tỷ lệ đồng ý (%)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, Convert.ToInt32(row["Tổng số thành viên Hội đồng"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Documents_RefuseADepartmentHead_AndAnswerNullForNoSuchDossier()
    {
        var head = TestActors.HeadOf(await App.UnitIdAsync("TH"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.GetLetterDocxAsync(head, 1));
        Assert.Null(await Documents.GetSummaryXlsxAsync(TestActors.Leader, 999_999));
    }
}
