using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emulation.Domain.Awards;
using Emulation.Tests.Architecture;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Documents;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Emulation.Tests.Proposals;

/// <summary>
/// The dossier carries the minutes of the council session that voted on its nominees (date, attendance, quorum, ballot
/// results against all members, conclusion, signatures), and its summary list each individual's year of birth: in the
/// PDF package and as editable Word files, for the agency's proposers and the board it was sent to, and no one else.
/// </summary>
public sealed class DossierMinutesTests(DossierMinutesTests.VotedDossierFixture fixture)
    : IClassFixture<DossierMinutesTests.VotedDossierFixture>
{
    private EmulationAppFactory App => fixture.App;
    private ProposalDocumentService Documents => App.Service<ProposalDocumentService>();

    /// <summary>Two Bằng khen nominees voted on in one session with four of the five members present, then sent to the board.</summary>
    public sealed class VotedDossierFixture : IAsyncLifetime
    {
        public static readonly DateOnly BornOn = new(1983, 4, 12);

        public EmulationAppFactory App { get; } = new();

        public int ProposalId { get; private set; }

        public IReadOnlyList<int> Nominees { get; private set; } = [];

        public string BornName { get; private set; } = "";

        public int BoardId { get; private set; }

        public async ValueTask InitializeAsync()
        {
            Nominees = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 2, passed: null);
            await using (var db = await App.DbAsync())
            {
                var personId = await db.Nominations.Where(n => n.Id == Nominees[0]).Select(n => n.PersonId).SingleAsync();
                var person = await db.People.SingleAsync(p => p.Id == personId);
                Assert.True(person.Correct(person.FullName, person.Gender, person.RecruitedOn, BornOn).IsSuccess);
                BornName = person.FullName;
                await db.SaveChangesAsync();
            }

            var sessions = App.Service<CouncilSessionService>();
            var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, DecisionScenario.CampaignId);
            Assert.True((await sessions.SetAttendanceAsync(TestActors.Officer, sessionId, ["hoidong1", "hoidong2", "hoidong3", "hoidong5"])).IsSuccess);
            foreach (var member in new[] { 1, 2, 3, 5 })
            {
                await CouncilDriver.VoteAsync(App, sessionId, member, BallotChoice.Yes, Nominees);
            }

            Assert.True((await sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);
            BoardId = await App.UnitIdAsync(Web.Data.Seed.DemoDataSeeder.BoardCode);
            var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, Nominees,
                new ProposalInput
                {
                    Number = "71/TTr-VP", Date = new DateTime(2026, 12, 15), Recipient = "Chủ tịch UBND tỉnh Quảng Trị (qua Sở Nội vụ)",
                    ReceivingUnitId = BoardId,
                });
            Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
            ProposalId = sent.Value;
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task Package_CarriesTheSessionsMinutes_WithDateAttendanceQuorumResultsAndSignatures()
    {
        var file = (await Documents.GetPackagePdfAsync(TestActors.Officer, fixture.ProposalId))!;

        using (var pdf = PdfReader.Open(new MemoryStream(file.Content), PdfDocumentOpenMode.Import))
        {
            Assert.Equal(ProposalPackagePdfWriter.MinutesBookmark, pdf.Outlines.Select(o => o.Title).ElementAt(1));
        }

        using var poppler = new Poppler(file.Content);
        var text = Flat(poppler.Text());
        Assert.Contains("HỘI ĐỒNG THI ĐUA - KHEN", text, StringComparison.Ordinal);
        Assert.Contains("BIÊN BẢN", text, StringComparison.Ordinal);
        Assert.Contains("Quảng Trị, ngày 10 tháng 12 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Hôm nay, ngày 10 tháng 12 năm 2026, tại", text, StringComparison.Ordinal);
        Assert.Contains("Tổng số thành viên Hội đồng: 05. Có mặt: 04. Vắng mặt: 01.", text, StringComparison.Ordinal);
        Assert.Contains("Số thành viên có mặt 4/5; túc số theo bộ quy tắc", text, StringComparison.Ordinal);
        Assert.Contains("phiên họp đủ điều kiện biểu quyết", text, StringComparison.Ordinal);
        Assert.Contains("tính trên tổng số thành viên Hội đồng, không phải số có mặt", text, StringComparison.Ordinal);
        Assert.Contains("III. KẾT LUẬN", text, StringComparison.Ordinal);
        Assert.Contains("Hội đồng thống nhất đề nghị khen thưởng", text, StringComparison.Ordinal);
        Assert.Contains("THƯ KÝ", text, StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH HỘI ĐỒNG", text, StringComparison.Ordinal);
        Assert.Contains("(Ký, ghi rõ họ tên)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("KẾT QUẢ BỎ PHIẾU KÍN CỦA", text, StringComparison.Ordinal);

        await using var db = await App.DbAsync();
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Status == Emulation.Domain.Council.CouncilSessionStatus.Closed)
            .OrderByDescending(s => s.Id).FirstAsync();
        Assert.Contains("Chủ trì: " + session.Chair.FullName + ", Chủ tịch Hội đồng. Thư ký: " + session.SecretaryName + ".", text,
            StringComparison.Ordinal);
        Assert.Contains(fixture.BornName, text, StringComparison.Ordinal);
        var pages = poppler.RenderPages(Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots"), "dossier-minutes", 100);
        Assert.All(pages, page => Assert.True(new FileInfo(page).Length > 5_000, page));
    }

    [Fact]
    public async Task SummaryList_GivesTheYearOfBirth_InThePackageAndTheWorkbook()
    {
        var file = (await Documents.GetPackagePdfAsync(TestActors.Leader, fixture.ProposalId))!;
        using var poppler = new Poppler(file.Content);
        var text = poppler.Text();
        var summary = text[text.IndexOf("DANH SÁCH TRÍCH NGANG", StringComparison.Ordinal)..];
        Assert.Contains("Năm", summary, StringComparison.Ordinal);
        var row = summary.Split('\n').First(line => line.Contains(fixture.BornName, StringComparison.Ordinal));
        Assert.Contains(VotedDossierFixture.BornOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), row,
            StringComparison.Ordinal);

        var workbook = (await Documents.GetSummaryXlsxAsync(TestActors.Leader, fixture.ProposalId))!;
        var rows = MiniExcel.Query(new MemoryStream(workbook.Content), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var born = Assert.Single(rows, r => Equals(r["Họ và tên / Tập thể"], fixture.BornName));
        Assert.Equal(1983, Convert.ToInt32(born["Năm sinh"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string> Paragraphs(DocumentFile file)
    {
        Assert.Equal(DocumentFile.DocxContentType, file.ContentType);
        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    [Fact]
    public async Task MinutesInWord_TheSessionsMinutesWithTheSecretBallotResult_ForTheOfficeAndTheBoard()
    {
        foreach (var reader in new[] { TestActors.Officer, TestActors.Leader, TestActors.AppraiserOf(fixture.BoardId) })
        {
            var file = (await Documents.GetMinutesDocxAsync(reader, fixture.ProposalId))!;

            Assert.Equal("bien-ban-hop-hoi-dong-71-TTr-VP.docx", file.FileName);
            var paragraphs = Paragraphs(file);
            Assert.Contains(CouncilMinutes.Title, paragraphs);
            Assert.Contains(CouncilMinutes.Subject, paragraphs);
            Assert.Contains(paragraphs, p => p.StartsWith("Hôm nay, ngày 10 tháng 12 năm 2026, tại", StringComparison.Ordinal));
            Assert.Contains("Tổng số thành viên Hội đồng: 05. Có mặt: 04. Vắng mặt: 01.", paragraphs);
            Assert.Contains(CouncilMinutes.ResultsHeading, paragraphs);
            Assert.Contains(paragraphs, p => p.Contains("tính trên tổng số thành viên Hội đồng, không phải số có mặt", StringComparison.Ordinal));
            Assert.Contains(CouncilMinutes.ConclusionHeading, paragraphs);
            Assert.Contains(fixture.BornName, paragraphs);
            Assert.Equal(2, paragraphs.Count(p => p == CouncilMinutes.Passed));
            Assert.Contains(CouncilMinutes.ChairRole, paragraphs);
        }
    }

    [Fact]
    public async Task SummaryListInWord_HasEveryNomineeWithYearOfBirthAndTitle_UnderTheLettersNote()
    {
        var file = (await Documents.GetSummaryDocxAsync(TestActors.AppraiserOf(fixture.BoardId), fixture.ProposalId))!;

        Assert.Equal("danh-sach-trich-ngang-71-TTr-VP.docx", file.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Equal("DANH SÁCH TRÍCH NGANG", body.Elements<Paragraph>().First().InnerText);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText.StartsWith("(Kèm theo Tờ trình số 71/TTr-VP ngày 15 tháng 12 năm 2026", StringComparison.Ordinal));
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(ProposalPackage.SummaryColumns, rows[0]);
        Assert.Equal(3, rows.Count);
        var born = Assert.Single(rows, r => r[1] == fixture.BornName);
        Assert.Equal("1983", born[2]);
        Assert.All(rows.Skip(1), r => Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", r[5]));
    }

    [Fact]
    public async Task WordParts_RefuseADepartmentHeadAndACouncilMember_AndAreNotFoundForAnotherBoard()
    {
        var head = TestActors.HeadOf(await App.UnitIdAsync("TH"));
        int otherBoard;
        await using (var db = await App.DbAsync())
        {
            var unit = Emulation.Domain.Organization.Unit.Create("BTDKT-W", "Ban Thi đua – Khen thưởng tỉnh khác", Emulation.Domain.Organization.UnitKind.ReceivingBoard);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            otherBoard = unit.Id;
        }

        foreach (var refused in new[] { head, TestActors.Council })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.GetMinutesDocxAsync(refused, fixture.ProposalId));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Documents.GetSummaryDocxAsync(refused, fixture.ProposalId));
        }

        var stranger = TestActors.AppraiserOf(otherBoard, "bantdkt.khac");
        Assert.Null(await Documents.GetMinutesDocxAsync(stranger, fixture.ProposalId));
        Assert.Null(await Documents.GetSummaryDocxAsync(stranger, fixture.ProposalId));
        Assert.Null(await Documents.GetMinutesDocxAsync(TestActors.Officer, 999_999));
    }

    [Fact]
    public async Task DossierPages_OfferEveryPartInWord_AndTheDownloadsAnswerByRole()
    {
        using var leader = await App.SignedInClientAsync("lanhdao");
        using var board = await App.SignedInClientAsync("bantdkt");
        using var head = await App.SignedInClientAsync("tp.kt");
        var prefix = $"/documents/proposals/{fixture.ProposalId}/";
        string[] wordFiles = ["letter.docx", "minutes.docx", "summary.docx", .. fixture.Nominees.Select(n => $"reports/{n}.docx")];

        var proposals = await leader.GetStringAsync($"/proposals/{DecisionScenario.CampaignId}");
        var dossier = await board.GetStringAsync($"/board/{fixture.ProposalId}");

        Assert.All(wordFiles, file => Assert.Contains(prefix[1..] + file, proposals, StringComparison.Ordinal));
        Assert.All(wordFiles, file => Assert.Contains(prefix[1..] + file, dossier, StringComparison.Ordinal));
        foreach (var file in wordFiles)
        {
            var fromBoard = await board.GetAsync(prefix + file);
            Assert.Equal(HttpStatusCode.OK, fromBoard.StatusCode);
            Assert.Equal(DocumentFile.DocxContentType, fromBoard.Content.Headers.ContentType?.MediaType);
            // A signed-in department head is sent to the access-denied page, as for every file the policy refuses.
            var fromHead = await head.GetAsync(prefix + file);
            Assert.Equal(HttpStatusCode.Found, fromHead.StatusCode);
            Assert.StartsWith("/account/access-denied", fromHead.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
