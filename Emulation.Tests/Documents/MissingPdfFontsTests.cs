using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Documents;

/// <summary>
/// A server without the PDFs' typeface (here: a configured font folder that holds none) still runs: a PDF download is a
/// 503 problem naming the Debian package to install, never a stack trace, and the Word file of the same document downloads.
/// </summary>
public sealed class MissingPdfFontsTests : IAsyncLifetime
{
    private readonly string _emptyFolder = Directory.CreateTempSubdirectory("emulation-no-fonts").FullName;
    private EmulationAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new EmulationAppFactory(("Emulation:FontFolder", _emptyFolder));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_emptyFolder);
    }

    [Fact]
    public async Task PdfDownload_Is503NamingThePackage_AndTheWordFileStillDownloads()
    {
        var decision = await DecisionScenario.IssueAsync(_app, "901/QĐ-VP", Title.AdvancedWorker, 1);
        using var officer = await _app.SignedInClientAsync("congdoan");

        var pdf = await officer.GetAsync($"/documents/decisions/{decision.Decision.Id}.pdf");
        var docx = await officer.GetAsync($"/documents/decisions/{decision.Decision.Id}.docx");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        var body = await pdf.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(body)!;
        Assert.Equal("Dịch vụ tạm thời chưa sẵn sàng.", (string?)problem["title"]);
        Assert.Contains("apt-get install fonts-liberation2", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Web.Documents.DocumentFontsMissingException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(_emptyFolder, body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
    }

    [Fact]
    public async Task PdfLink_OpenedByABrowser_IsAVietnamesePageNamingThePackage()
    {
        var decision = await DecisionScenario.IssueAsync(_app, "902/QĐ-VP", Title.AdvancedWorker, 1);
        using var officer = await _app.SignedInClientAsync("congdoan");
        using var asBrowser = new HttpRequestMessage(HttpMethod.Get, $"/documents/decisions/{decision.Decision.Id}.pdf");
        asBrowser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var page = await officer.SendAsync(asBrowser);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("<h1 data-testid=\"problem-title\">Dịch vụ tạm thời chưa sẵn sàng.</h1>", html, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-liberation2", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", html, StringComparison.Ordinal);
    }
}
