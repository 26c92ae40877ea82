using System.Net;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Integration;

/// <summary>A head's link to "my unit" in a campaign opens their unit's workspace, on the tab the link asked for.</summary>
public sealed class MyUnitLinkTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("", "")]
    [InlineData("?tab=staff", "?tab=staff")]
    [InlineData("?tab=results", "?tab=results")]
    public async Task MyUnit_SendsTheHeadToTheirUnitsWorkspace_KeepingTheTab(string asked, string kept)
    {
        var th = await fixture.App.UnitIdAsync("TH");
        var client = await fixture.SignedInAsync("tp.th");

        using var response = await client.GetAsync("/campaigns/1/my-unit" + asked, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/campaigns/1/units/{th}{kept}", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }
}
