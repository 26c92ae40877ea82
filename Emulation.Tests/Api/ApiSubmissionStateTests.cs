using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>
/// A pledge or results the campaign's state refuses (not open for them) is a 409 with the code, as every state refusal of
/// the API, not a 400 that tells the caller to change what they sent; nothing is written.
/// </summary>
public sealed class ApiSubmissionStateTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task Results_BeforeTheCampaignOpensThem_Are409WithTheCode_AndNothingIsSaved()
    {
        var id = await App.LaunchedCampaignAsync("STATE-1");
        using var head = await App.AsUserAsync("tp.th");

        var response = await head.PutAsync($"/api/v1/campaigns/{id}/results/TH", ApiClients.Json("""{"values":{"C1":5}}"""));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("campaign.not_open:", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.UnitResults.AnyAsync(r => r.CampaignId == id, TestContext.Current.CancellationToken));
    }
}
