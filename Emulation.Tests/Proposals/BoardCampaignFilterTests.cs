using System.Net;
using Emulation.Domain.Awards;
using Emulation.Domain.Pledges;
using Emulation.Tests.Api;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>
/// A receiving board's accounts read an agency's campaign only as the dossiers sent to the board carry it: the context
/// opened for them holds those dossiers, their campaigns, nominees and sessions, and none of the agency's pledges,
/// results, blocs or other nominations, so a board service that forgot its own check would find nothing. Every route of
/// the API the agency alone works on answers the board 403 or 404 and changes nothing.
/// </summary>
public sealed class BoardCampaignFilterTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static readonly string[] BoardAccounts = [DemoDataSeeder.BoardUserName, DemoDataSeeder.BoardCouncilUserName(1)];

    [Fact]
    public async Task ABoardsContext_HoldsWhatItsDossiersCarry_AndNoneOfTheAgencysInternals()
    {
        var (dossier, nominee, board) = await BoardScenario.SentAsync(App, "81/TTr-VP", Title.ProvincialEmulationFighter);
        // A nominee of the same campaign the agency keeps to itself.
        var kept = Assert.Single(await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1));
        await using (var whole = await App.DbAsync())
        {
            // What there is to hide: the campaigns' pledges and blocs.
            Assert.NotEqual(0, await whole.Pledges.CountAsync(TestContext.Current.CancellationToken));
            Assert.NotEqual(0, await whole.BlocMembers.CountAsync(TestContext.Current.CancellationToken));
        }

        foreach (var name in BoardAccounts)
        {
            var actor = await App.ActorAsync(name);
            await using var db = await App.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync(actor, TestContext.Current.CancellationToken);

            var campaigns = await db.Campaigns.Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Contains(DecisionScenario.CampaignId, campaigns);
            Assert.All(await db.Proposals.Select(p => p.ReceivingUnitId).ToListAsync(TestContext.Current.CancellationToken),
                unit => Assert.Equal(board, unit));
            Assert.Contains(dossier, await db.Proposals.Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken));
            var nominations = await db.Nominations.ToListAsync(TestContext.Current.CancellationToken);
            Assert.Contains(nominations, n => n.Id == nominee);
            Assert.All(nominations, n => Assert.NotNull(n.ProposalId));
            Assert.DoesNotContain(nominations, n => n.Id == kept);
            Assert.Equal(0, await db.Pledges.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.UnitResults.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Blocs.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.BlocMembers.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.FiguresCombinations.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Set<PersonalPledge>().CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Set<PledgedTitle>().CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.SuddenProposals.CountAsync(TestContext.Current.CancellationToken));
            Assert.Empty(await AgencyRecords.Units(db).ToListAsync(TestContext.Current.CancellationToken));
            Assert.All(await db.Decisions.Select(d => d.ProposalId).ToListAsync(TestContext.Current.CancellationToken), id => Assert.NotNull(id));
        }
    }

    /// <summary>The routes a board's accounts work on: their dossiers and their own council.</summary>
    private static bool IsTheBoards(string path) =>
        path.StartsWith("/api/v1/board/", StringComparison.Ordinal) || path.StartsWith("/api/v1/council/", StringComparison.Ordinal);

    [Fact]
    public async Task TheBoardsAccounts_OnEveryAgencyRouteOfTheApi_Get403Or404_AndChangeNothing()
    {
        await BoardScenario.SentAsync(App, "82/TTr-VP", Title.ProvincialEmulationFighter);
        var campaigns = new[] { DecisionScenario.CampaignId, await App.SeededCampaignIdAsync() };
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in BoardAccounts)
        {
            tokens[name] = await App.TokenForAsync(name);
        }

        long lastEntry;
        await using (var db = await App.DbAsync())
        {
            lastEntry = await db.AuditEntries.MaxAsync(e => e.Id, TestContext.Current.CancellationToken);
        }

        var wrong = new List<string>();
        var sent = 0;
        foreach (var name in BoardAccounts)
        {
            using var client = App.Bearer(tokens[name]);
            foreach (var (method, route) in ApiAuthTests.RouteList.Where(r => !IsTheBoards(r.Path)))
            {
                foreach (var campaign in route.Contains("/campaigns/1/", StringComparison.Ordinal) ? campaigns : campaigns[..1])
                {
                    var path = route.Replace("/campaigns/1/", $"/campaigns/{campaign}/", StringComparison.Ordinal);
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method != "GET")
                    {
                        request.Content = ApiClients.Json("{}");
                        request.Headers.TryAddWithoutValidation("If-Match", "*");
                    }

                    using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                    sent++;
                    if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                    {
                        wrong.Add($"{name} {method} {path} → {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.True(sent > 100, $"{sent} requests");
        await using (var db = await App.DbAsync())
        {
            var saved = await db.AuditEntries.Where(e => e.Id > lastEntry && BoardAccounts.Contains(e.UserName) && e.Entity != "Refusal")
                .Select(e => e.UserName + " " + e.Action + " " + e.Entity).ToListAsync(TestContext.Current.CancellationToken);
            Assert.True(saved.Count == 0, string.Join(Environment.NewLine, saved));
        }
    }
}
