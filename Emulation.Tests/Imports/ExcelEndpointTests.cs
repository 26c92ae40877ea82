using System.Net;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Excel;

namespace Emulation.Tests.Imports;

/// <summary>The template download: signed-in callers only, and department heads only for their own unit.</summary>
public sealed class ExcelEndpointTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;

    [Fact]
    public async Task HeadDownloadsOwnUnitsTemplate_ButNotAnotherUnits()
    {
        using var client = _app.CreateCookieClient();
        await client.PostLoginAsync("tp.th", DemoDataSeeder.DemoPassword);
        var own = await _app.UnitIdAsync("TH");
        var other = await _app.UnitIdAsync("KT");

        using var response = await client.GetAsync($"/documents/staff-results/{own}/2026.xlsx");
        using var refused = await client.GetAsync($"/documents/staff-results/{other}/2026.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Emulation.Web.Documents.DocumentFile.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ket-qua-can-bo-2026-TH.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(12, StaffSheet.Read(await response.Content.ReadAsByteArrayAsync()).Count);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(99999)]
    public async Task Template_OfAYearNoCampaignCanHave_IsNotFound(int year)
    {
        using var client = await _app.SignedInClientAsync("tp.th");

        using var response = await client.GetAsync($"/documents/staff-results/{await _app.UnitIdAsync("TH")}/{year}.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnonymousCaller_IsSentToSignIn()
    {
        using var client = _app.CreateCookieClient();

        using var response = await client.GetAsync($"/documents/staff-results/{await _app.UnitIdAsync("TH")}/2026.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
