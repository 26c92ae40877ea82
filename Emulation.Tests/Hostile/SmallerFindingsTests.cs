using System.Net;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Emulation.Tests.Hostile;

/// <summary>Issue #16, item 9: the smaller findings, each replayed.</summary>
public sealed class SmallerFindingsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0D%0ASet-Cookie%3A%20x%3D1")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("https%3A%2F%2Fevil.example")]
    [InlineData("%2F%E2%80%AEelpmaxe.live")]
    public async Task CultureSwitch_ToAForeignOrBrokenAddress_RedirectsHome(string redirectUri)
    {
        using var client = App.Anonymous();

        var response = await client.GetAsync($"/culture/set?culture=en&redirectUri={redirectUri}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_ToAPathOfThisSite_GoesThere()
    {
        using var client = App.Anonymous();

        var response = await client.GetAsync("/culture/set?culture=en&redirectUri=%2Fcampaigns%3Fyear%3D2026");

        Assert.Equal("/campaigns?year=2026", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/v1/units")]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/culture/set?culture=en&redirectUri=%2F%5Cevil")]
    public async Task EveryAnswer_CarriesTheSecurityHeaders_EvenA401FromTheApi(string path)
    {
        using var client = App.Anonymous();

        var response = await client.GetAsync(path);

        Assert.True((int)response.StatusCode is 401 or 404 or 302, response.StatusCode.ToString());
        Assert.StartsWith("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Unit_CannotBecomeTheChildOfItsOwnSubUnit()
    {
        using var client = App.Bootstrap();
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsync("/api/v1/units/ANC-A", ApiClients.Json("""{"name":"Cấp trên","kind":"department"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsync("/api/v1/units/ANC-B", ApiClients.Json("""{"name":"Cấp giữa","kind":"department","parentCode":"ANC-A"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsync("/api/v1/units/ANC-C", ApiClients.Json("""{"name":"Cấp dưới","kind":"department","parentCode":"ANC-B"}"""))).StatusCode);

        var cycle = await client.ReplaceAsync("/api/v1/units/ANC-A", """{"name":"Cấp trên","kind":"department","parentCode":"ANC-C"}""");

        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.Contains("organization.own_ancestor", await cycle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reclassify_UnderItsOwnGrandchild_FailsWithANamedError()
    {
        var unit = Unit.Create("A", "Cấp trên", UnitKind.Department);
        typeof(Unit).GetProperty(nameof(Unit.Id))!.SetValue(unit, 1);
        var parentOf = new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 2 };

        Assert.Equal("organization.own_ancestor", Assert.Single(unit.Reclassify(UnitKind.Department, 3, parentOf).Errors).Code);
        Assert.True(unit.Reclassify(UnitKind.Department, null, parentOf).IsSuccess);
    }

    [Fact]
    public async Task Production_WithoutAPublicBaseUrlOrAllowedHosts_RefusesToStart()
    {
        await using var app = new EmulationAppFactory();
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var failure = Assert.ThrowsAny<Exception>(() => production.Services);

        Assert.Contains("Emulation:PublicBaseUrl", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithAllowedHosts_Starts_AndRefusesAnotherHost()
    {
        await using var app = new EmulationAppFactory(("AllowedHosts", "thidua.example"));
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var trusted = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://thidua.example"), AllowAutoRedirect = false });
        using var forged = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example"), AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await trusted.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/account/login")).StatusCode);
    }
}
