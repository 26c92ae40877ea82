using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emulation.Domain.Awards;
using Emulation.Tests.Documents;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Decisions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Emulation.Tests.Decisions;

/// <summary>The decision's docx, pdf and xlsx opened and read; downloads and the public verification page over HTTP.</summary>
public sealed class DecisionDocumentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private DecisionDocumentService Documents => App.Service<DecisionDocumentService>();

    [Fact]
    public async Task Docx_HasTheDecree30HeaderArticlesSignatureAndTheAnnexWithCash()
    {
        var detail = await DecisionScenario.IssueAsync(App, "701/QĐ-VP", Title.GrassrootsEmulationFighter, 2);

        var file = (await Documents.GetDocxAsync(TestActors.Leader, detail.Decision.Id))!;

        Assert.Equal("quyet-dinh-701-QD-VP.docx", file.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", paragraphs);
        Assert.Contains("UBND TỈNH QUẢNG TRỊ", paragraphs);
        Assert.Contains("VĂN PHÒNG UBND TỈNH", paragraphs);
        Assert.Contains("Số: 701/QĐ-VP", paragraphs);
        Assert.Contains("Quảng Trị, ngày 20 tháng 12 năm 2026", paragraphs);
        Assert.Contains("QUYẾT ĐỊNH", paragraphs);
        Assert.Contains("QUYẾT ĐỊNH:", paragraphs);
        Assert.Contains("CHÁNH VĂN PHÒNG UBND TỈNH", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Điều 1. Tặng danh hiệu \u201CChiến sĩ thi đua cơ sở\u201D năm 2026 cho 02 cá nhân: ", StringComparison.Ordinal) &&
            detail.Lines.All(l => p.Contains(l.RecipientName, StringComparison.Ordinal)));
        Assert.Contains(paragraphs, p => p.Contains("tổng số tiền: 4.680.000 ₫", StringComparison.Ordinal));
        Assert.Contains("Trần Quốc Bảo", paragraphs);
        Assert.Contains("DANH SÁCH KHEN THƯỞNG", paragraphs);
        Assert.Contains("(Kèm theo Quyết định số 701/QĐ-VP ngày 20 tháng 12 năm 2026 của Văn phòng UBND tỉnh)", paragraphs);

        var annex = body.Elements<Table>().Last();
        var rows = annex.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu, hình thức khen thưởng", "Tiền thưởng"], rows[0]);
        Assert.Equal(4, rows.Count); // header, two awards, total
        Assert.Equal(detail.Lines[0].RecipientName, rows[1][1]);
        Assert.Equal("Chiến sĩ thi đua cơ sở", rows[1][3]);
        Assert.Equal("2.340.000 ₫", rows[1][4]);
        Assert.Equal("4.680.000 ₫", rows[3][4]);
        Assert.All(body.Descendants<RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii!.Value));
    }

    [Fact]
    public async Task Article1_CountsPeople_NotAwards_AndEachCertificateOfAPersonHasItsOwnFileName()
    {
        await using var db = await App.DbAsync();
        var unit = await App.UnitIdAsync("NK");
        var nominated = await db.Nominations.Where(n => n.PersonId != null).Select(n => n.PersonId!.Value).ToListAsync();
        var two = await db.People.Where(p => p.UnitId == unit && !nominated.Contains(p.Id)).OrderBy(p => p.Id).Select(p => p.Id)
            .Take(2).ToListAsync();
        var ids = (await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2, people: q => q.Where(p => two.Contains(p.Id))))
            .Concat(await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 2, people: q => q.Where(p => two.Contains(p.Id))))
            .ToList();
        var issued = await App.Service<Emulation.Web.Services.Decisions.DecisionService>().IssueAwardDecisionAsync(TestActors.Leader,
            DecisionScenario.CampaignId, ids, DecisionScenario.Input("705/QĐ-VP"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        var file = (await Documents.GetDocxAsync(TestActors.Leader, issued.Value))!;

        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        // One sentence per title, each counting its two people once although each holds two awards.
        Assert.Contains(paragraphs, p => p.StartsWith("Điều 1. Công nhận danh hiệu \u201CLao động tiên tiến\u201D năm 2026 cho 02 cá nhân: ", StringComparison.Ordinal) &&
            p.Contains(" Tặng danh hiệu \u201CChiến sĩ thi đua cơ sở\u201D năm 2026 cho 02 cá nhân: ", StringComparison.Ordinal));
        var awards = await db.Awards.Where(a => a.DecisionId == issued.Value && a.PersonId == two[0]).Select(a => a.Id).ToListAsync();
        Assert.Equal(2, awards.Count);
        var names = new List<string>();
        foreach (var award in awards)
        {
            names.Add((await Documents.GetCertificateAsync(TestActors.Leader, award, "https://thidua.example.vn"))!.FileName);
        }

        Assert.Equal(2, names.Distinct().Count());
        Assert.Contains(names, n => n.Contains("Lao-dong-tien-tien", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pdf_HasTheSameContent()
    {
        var detail = await DecisionScenario.IssueAsync(App, "702/QĐ-VP", Title.AdvancedWorker, 2);
        var file = (await Documents.GetPdfAsync(TestActors.Leader, detail.Decision.Id))!;
        using var poppler = new Poppler(file.Content);

        var text = poppler.Text();

        Assert.Contains("Số: 702/QĐ-VP", text, StringComparison.Ordinal);
        Assert.Contains("QUYẾT ĐỊNH", text, StringComparison.Ordinal);
        Assert.Contains("DANH SÁCH KHEN THƯỞNG", text, StringComparison.Ordinal);
        Assert.Contains(detail.Lines[1].RecipientName, text, StringComparison.Ordinal);
        // 0.3 × 2,340,000 = 702,000, rounded up to tens of thousands (Decree 98/2023 Art. 53(2)); two of them in the total.
        Assert.Contains("710.000 ₫", text, StringComparison.Ordinal);
        Assert.Contains("1.420.000 ₫", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListXlsx_HasOneRowPerAwardWithCashAsANumber()
    {
        var detail = await DecisionScenario.IssueAsync(App, "703/QĐ-VP", Title.GrassrootsEmulationFighter, 2);

        var file = (await Documents.GetListXlsxAsync(TestActors.Leader, detail.Decision.Id))!;

        var rows = MiniExcel.Query(new MemoryStream(file.Content), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(detail.Lines[0].RecipientName, rows[0]["Họ và tên / Tập thể"]);
        Assert.Equal("Chiến sĩ thi đua cơ sở", rows[0]["Danh hiệu, hình thức khen thưởng"]);
        Assert.Equal(2_340_000m, Convert.ToDecimal(rows[0]["Tiền thưởng (đồng)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("703/QĐ-VP", rows[1]["Số quyết định"]);
    }

    [Fact]
    public async Task Downloads_AnswerLeadership_AndRefuseOthers_AndTheVerificationPageIsPublic()
    {
        var detail = await DecisionScenario.IssueAsync(App, "704/QĐ-VP", Title.AdvancedWorker, 1);
        var line = Assert.Single(detail.Lines);
        using var leader = await App.SignedInClientAsync("lanhdao");

        var docx = await leader.GetAsync($"/documents/decisions/{detail.Decision.Id}.docx");
        var certificate = await leader.GetAsync($"/documents/awards/{line.AwardId}/certificate.pdf");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType!.MediaType);
        var page = GrayImage.RenderFirstPage(await certificate.Content.ReadAsByteArrayAsync(), 150);
        var url = page.DecodeQr();
        Assert.EndsWith("/verify/" + line.VerificationCode, url, StringComparison.Ordinal);

        using var otherHead = await App.SignedInClientAsync("tp.th");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.GetAsync($"/documents/decisions/{detail.Decision.Id}.pdf")).StatusCode);

        using var anonymous = App.CreateCookieClient();
        var verify = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri(url!).PathAndQuery));
        Assert.Contains(line.RecipientName, verify, StringComparison.Ordinal);
        Assert.Contains("704/QĐ-VP", verify, StringComparison.Ordinal);
        Assert.Contains("20/12/2026", verify, StringComparison.Ordinal);
        Assert.DoesNotContain(line.UnitNameAtDecision, verify, StringComparison.Ordinal);
        using var unknown = await anonymous.GetAsync("/verify/AAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("verify-not-found", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
