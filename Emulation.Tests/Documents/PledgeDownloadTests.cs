using System.Net;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Documents;

/// <summary>The download endpoints serve a unit's pledge to those who may see the unit, and to no one else.</summary>
public sealed class PledgeDownloadTests : IAsyncLifetime
{
    private readonly EmulationAppFactory _app = new();
    private int _campaignId;
    private int _th;
    private int _kt;

    public async ValueTask InitializeAsync()
    {
        await using var db = await _app.DbAsync();
        _campaignId = await db.Campaigns.Select(c => c.Id).FirstAsync();
        _th = await _app.UnitIdAsync("TH");
        _kt = await _app.UnitIdAsync("KT");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task DepartmentHead_DownloadsOwnUnitsPledge_AsDocx()
    {
        using var client = await _app.SignedInClientAsync("tp.kt");

        var response = await client.GetAsync($"/documents/pledges/{_campaignId}/{_kt}.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentFile.DocxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dang-ky-thi-dua-2026-KT.docx", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task DepartmentHead_DownloadsOwnUnitsPledge_AsPdf()
    {
        using var client = await _app.SignedInClientAsync("tp.kt");

        var response = await client.GetAsync($"/documents/pledges/{_campaignId}/{_kt}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentFile.PdfContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public async Task DepartmentHead_DownloadingAnotherUnitsPledge_IsForbidden(string extension)
    {
        using var client = await _app.SignedInClientAsync("tp.th");

        var response = await client.GetAsync($"/documents/pledges/{_campaignId}/{_kt}.{extension}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UnionOfficer_DownloadsAnyUnitsPledge()
    {
        using var client = await _app.SignedInClientAsync("congdoan");

        var response = await client.GetAsync($"/documents/pledges/{_campaignId}/{_kt}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnitWithoutAPledge_IsNotFound()
    {
        using var client = await _app.SignedInClientAsync("tp.th");

        var response = await client.GetAsync($"/documents/pledges/{_campaignId}/{_th}.docx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToTheLoginPage()
    {
        using var client = _app.CreateCookieClient();

        var response = await client.GetAsync($"/documents/pledges/{_campaignId}/{_kt}.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
