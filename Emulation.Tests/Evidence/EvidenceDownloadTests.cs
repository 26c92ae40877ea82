using System.Net;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.EvidenceFiles;

namespace Emulation.Tests.Evidence;

/// <summary>GET /documents/evidence/{id} serves a file, as an attachment, to those who may see its unit and to no one else.</summary>
public sealed class EvidenceDownloadTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private readonly EmulationAppFactory _app = fixture.App;
    private int _evidenceId;

    public async ValueTask InitializeAsync()
    {
        // Phòng Tổng hợp is the one seeded unit whose results are still open.
        var th = await _app.UnitIdAsync("TH");
        var uploaded = await _app.Service<EvidenceService>().UploadAsync(TestActors.HeadOf(th), 1, th, null,
            "Biên bản họp.pdf", new MemoryStream(SampleFiles.Pdf()));
        _evidenceId = uploaded.Value;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task HeadOfTheUnit_DownloadsTheFileAsAnAttachment()
    {
        using var client = await _app.SignedInClientAsync("tp.th");

        var response = await client.GetAsync($"/documents/evidence/{_evidenceId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Biên bản họp.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(SampleFiles.Pdf(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnionOfficer_DownloadsTheFile()
    {
        using var client = await _app.SignedInClientAsync("congdoan");

        var response = await client.GetAsync($"/documents/evidence/{_evidenceId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A refusal would tell the head that the id exists in another unit: it is answered as unknown.</summary>
    [Fact]
    public async Task HeadOfAnotherUnit_GetsTheSameNotFoundAsForAnUnknownId_SoTheIdTellsNothing()
    {
        using var client = await _app.SignedInClientAsync("tp.kt");

        var response = await client.GetAsync($"/documents/evidence/{_evidenceId}");
        var unknown = await client.GetAsync("/documents/evidence/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(unknown.StatusCode, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(unknown.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownEvidence_IsNotFound()
    {
        using var client = await _app.SignedInClientAsync("tp.th");

        var response = await client.GetAsync("/documents/evidence/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToTheLoginPage()
    {
        using var client = _app.CreateCookieClient();

        var response = await client.GetAsync($"/documents/evidence/{_evidenceId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
