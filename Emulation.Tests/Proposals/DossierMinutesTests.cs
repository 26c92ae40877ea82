using System.Text.RegularExpressions;
using Emulation.Domain.Awards;
using Emulation.Tests.Architecture;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Documents;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Emulation.Tests.Proposals;

/// <summary>
/// The dossier carries the minutes of the council session that voted on its nominees (date, attendance, quorum, ballot
/// results against all members, conclusion, signatures), and its summary list each individual's year of birth.
/// </summary>
public sealed class DossierMinutesTests(DossierMinutesTests.VotedDossierFixture fixture)
    : IClassFixture<DossierMinutesTests.VotedDossierFixture>
{
    private EmulationAppFactory App => fixture.App;
    private ProposalDocumentService Documents => App.Service<ProposalDocumentService>();

    /// <summary>Two Bằng khen nominees voted on in one session with four of the five members present, then sent up.</summary>
    public sealed class VotedDossierFixture : IAsyncLifetime
    {
        public static readonly DateOnly BornOn = new(1983, 4, 12);

        public EmulationAppFactory App { get; } = new();

        public int ProposalId { get; private set; }

        public IReadOnlyList<int> Nominees { get; private set; } = [];

        public string BornName { get; private set; } = "";

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
            var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, Nominees,
                new ProposalInput { Number = "71/TTr-VP", Date = new DateTime(2026, 12, 15), Recipient = "Chủ tịch UBND tỉnh Quảng Trị (qua Sở Nội vụ)" });
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
        var pages = poppler.RenderPages(Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots"), "dossier-minutes", 60);
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
}
