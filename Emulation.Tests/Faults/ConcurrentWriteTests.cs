using System.Net;
using System.Net.Http.Json;
using Emulation.Domain.Pledges;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Emulation.Web.Startup;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Faults;

/// <summary>
/// Fifty writers at once on one SQLite file: every accepted write is stored, every refused one is told plainly that
/// someone else saved first, and none of them ever sees a server error such as "database is locked".
/// </summary>
public sealed class ConcurrentWriteTests() : FreshAppTests((ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken))
{
    private const int Writers = 50;
    private const string Code = "C01";

    [Fact]
    public async Task FiftyEditorsOfOneUnitsResults_FromTheSameVersion_OneIsSavedAndTheOthersAreToldSomeoneElseSaved()
    {
        var campaignId = await LaunchedCampaignAsync();
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        var unitId = await App.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        var head = TestActors.HeadOf(unitId);
        var submissions = App.Service<SubmissionService>();
        Assert.True((await submissions.SaveResultsAsync(head, campaignId, unitId, Values(0), null, submit: false)).IsSuccess);
        var versionRead = (await submissions.GetWorkspaceAsync(head, campaignId, unitId))!.ResultVersion;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i => Task.Run(async () =>
            (Value: i, Saved: await submissions.SaveResultsAsync(head, campaignId, unitId, Values(i), versionRead, submit: false)))));

        var accepted = Assert.Single(outcomes, o => o.Saved.IsSuccess);
        Assert.All(outcomes.Where(o => !o.Saved.IsSuccess),
            o => Assert.Equal("concurrency.changed", Assert.Single(o.Saved.Errors).Code));
        var stored = await submissions.GetWorkspaceAsync(head, campaignId, unitId);
        Assert.Equal(accepted.Value, stored!.Lines.Single(l => l.Code == Code).Value);
    }

    [Fact]
    public async Task FiftyApiClientsCreatingPledgesOfTenUnits_EachAnsweredWithSavedOrARefusal_AndTheStoredTargetWasAccepted()
    {
        var campaignId = await LaunchedCampaignAsync();
        var units = DemoUnits();
        var clients = await HeadClientsAsync(units);

        // No pledge exists yet: one creation per unit wins; a racing creation is a conflict, and a write arriving after
        // the pledge exists without the ETag it replaces is refused as "If-Match required".
        var responses = await PutConcurrentlyAsync(campaignId, units, clients, _ => null);

        Assert.All(responses, r => Assert.True(
            r.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Conflict or HttpStatusCode.PreconditionRequired,
            $"{r.Unit} {r.Target}: {(int)r.StatusCode} {r.Body}"));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict),
            r => Assert.Contains("concurrency.changed", r.Body, StringComparison.Ordinal));
        await AssertEachUnitKeptAnAcceptedTargetAsync(campaignId, units, responses);
    }

    [Fact]
    public async Task FiftyApiClientsReplacingPledgesFromTheSameETag_OneWinsPerUnit_AndTheOthersAreToldItChanged()
    {
        var campaignId = await LaunchedCampaignAsync();
        var units = DemoUnits();
        var clients = await HeadClientsAsync(units);
        var etags = new Dictionary<string, string>();
        foreach (var unit in units)
        {
            var created = await clients[unit].PutAsJsonAsync($"/api/v1/campaigns/{campaignId}/pledges/{unit}",
                new { targets = new Dictionary<string, decimal> { [Code] = 1m } });
            Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
            var read = await clients[unit].GetAsync($"/api/v1/campaigns/{campaignId}/pledges/{unit}");
            etags[unit] = read.Headers.ETag!.Tag;
        }

        var responses = await PutConcurrentlyAsync(campaignId, units, clients, unit => etags[unit]);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.Conflict, $"{r.Unit} {r.Target}: {(int)r.StatusCode} {r.Body}"));
        Assert.All(units, unit => Assert.Single(responses, r => r.Unit == unit && r.StatusCode == HttpStatusCode.NoContent));
        await AssertEachUnitKeptAnAcceptedTargetAsync(campaignId, units, responses);
    }

    private async Task<Dictionary<string, HttpClient>> HeadClientsAsync(IReadOnlyList<string> units)
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var unit in units)
        {
            clients[unit] = await App.AsUserAsync("tp." + unit.ToLowerInvariant());
        }

        return clients;
    }

    private static async Task<(string Unit, decimal Target, HttpStatusCode StatusCode, string Body)[]> PutConcurrentlyAsync(
        int campaignId, IReadOnlyList<string> units, Dictionary<string, HttpClient> clients, Func<string, string?> ifMatch)
    {
        var requests = Enumerable.Range(0, Writers).Select(i => (Unit: units[i % units.Count], Target: 100m + i)).ToList();
        return await Task.WhenAll(requests.Select(r => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/campaigns/{campaignId}/pledges/{r.Unit}")
            {
                Content = JsonContent.Create(new { targets = new Dictionary<string, decimal> { [Code] = r.Target } }),
            };
            if (ifMatch(r.Unit) is { } etag)
            {
                request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
            }

            var response = await clients[r.Unit].SendAsync(request);
            return (r.Unit, r.Target, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })));
    }

    private async Task AssertEachUnitKeptAnAcceptedTargetAsync(int campaignId, IReadOnlyList<string> units,
        IEnumerable<(string Unit, decimal Target, HttpStatusCode StatusCode, string Body)> responses)
    {
        await using var db = await App.DbAsync();
        var stored = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { u.Code, Pledge = p }).ToListAsync();
        Assert.Equal(units.Order(), stored.Select(s => s.Code).Order());
        foreach (var unit in stored)
        {
            var accepted = responses.Where(r => r.Unit == unit.Code && r.StatusCode == HttpStatusCode.NoContent)
                .Select(r => r.Target).ToList();
            Assert.NotEmpty(accepted);
            Assert.Contains(unit.Pledge.Targets.Single(t => t.CriterionCode == Code).Target, accepted);
            Assert.Equal(SubmissionStatus.Draft, unit.Pledge.Status);
        }
    }

    private static Dictionary<string, decimal?> Values(int value) => new() { [Code] = value };

    private static List<string> DemoUnits() => ["TH", "KT", "KGVX", "NC", "HCTC", "QTTV", "KSTT", "BTCD", "HCC", "TTCB"];

    private async Task<int> LaunchedCampaignAsync()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Thi đua đồng thời", Year = 2026 })).Value;
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = Code, Name = "Hồ sơ giải quyết", MaxPoints = 100m, UnitOfMeasure = "hồ sơ" })).IsSuccess);
        await campaigns.ReadyToLaunchAsync(id);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        return id;
    }
}
