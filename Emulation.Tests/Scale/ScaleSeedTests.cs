using System.Globalization;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Staff;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed.Scale;
using Emulation.Web.Services.Evaluation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Scale;

/// <summary>The app started with <c>Seed:Scale=true</c> and a small shape on a fresh migrated SQLite file.</summary>
public sealed class ScaleSeedFixture : IAsyncLifetime
{
    public static readonly ScaleShape Shape = new(20, 500, 3);

    public EmulationAppFactory App { get; } = new(
        ("Seed:Scale", "true"),
        ("Seed:ScaleShape:Units", Shape.Units.ToString(CultureInfo.InvariantCulture)),
        ("Seed:ScaleShape:People", Shape.People.ToString(CultureInfo.InvariantCulture)),
        ("Seed:ScaleShape:Years", Shape.Years.ToString(CultureInfo.InvariantCulture)));

    public ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class ScaleSeedTests(ScaleSeedFixture fixture) : IClassFixture<ScaleSeedFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;
    private static ScaleShape Shape => ScaleSeedFixture.Shape;

    [Fact]
    public async Task Seed_FillsTheShape_EveryPersonInAUnitAndEveryUnitInABloc()
    {
        await using var db = await _app.DbAsync();
        var units = await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Agency).ToListAsync();
        var people = await db.People.AsNoTracking().Select(p => p.UnitId).ToListAsync();

        Assert.Equal(Shape.Units, units.Count);
        Assert.Equal(Shape.People, people.Count);
        // Every campaign has its own copy of the blocs, and every unit is in one of them in every campaign.
        var campaigns = await db.Campaigns.CountAsync();
        var members = await db.BlocMembers.AsNoTracking().ToListAsync();
        Assert.All(units, u => Assert.Equal(campaigns, members.Count(m => m.UnitId == u.Id)));
        var blocCampaign = await db.Blocs.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.CampaignId);
        Assert.True(blocCampaign.Count >= 2 * campaigns);
        Assert.All(members, m => Assert.Equal(m.CampaignId, blocCampaign[m.BlocId]));
        var staff = people.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(units, u => Assert.InRange(staff.GetValueOrDefault(u.Id), Shape.SmallestUnit, ScaleShape.MaxStaff));
        Assert.Equal(people.Count, people.Count(id => staff.ContainsKey(id) && units.Any(u => u.Id == id)));
    }

    [Fact]
    public async Task Seed_WritesEveryHistoryYear_WithRatingsTitlesUnitRecordsAndClosedCampaigns()
    {
        await using var db = await _app.DbAsync();
        var history = Enumerable.Range(Shape.FirstHistoryYear, Shape.Years).ToList();

        var ratedYears = await db.StaffYearResults.Select(s => s.Year).Distinct().ToListAsync();
        var awardYears = await db.Awards.Select(a => a.Year).Distinct().ToListAsync();
        var unitYears = await db.Set<UnitYearRecord>().Select(r => r.Year).Distinct().ToListAsync();
        var campaigns = await db.Campaigns.AsNoTracking().ToListAsync();

        Assert.All(history, year => Assert.Contains(year, ratedYears));
        Assert.All(history, year => Assert.Contains(year, awardYears));
        Assert.All(history, year => Assert.Contains(year, unitYears));
        Assert.All(campaigns.Where(c => c.Year < ScaleShape.CampaignYear), c => Assert.Equal(CampaignStatus.Closed, c.Status));
        Assert.Equal(CampaignStatus.Launched, campaigns.Single(c => c.Year == ScaleShape.CampaignYear).Status);
        Assert.Equal(Shape.Years * Shape.Units,
            await db.Pledges.CountAsync(p => p.Status == SubmissionStatus.Accepted && p.CampaignId != CurrentId(campaigns)));
        Assert.True(await db.Decisions.CountAsync() >= Shape.Years);
        Assert.True(await db.Set<RecognisedInitiative>().AnyAsync());
    }

    [Fact]
    public async Task CurrentCampaign_HasPledgesInMixedStates_AndTheEngineEvaluatesIt()
    {
        int campaignId;
        await using (var db = await _app.DbAsync())
        {
            campaignId = CurrentId(await db.Campaigns.AsNoTracking().ToListAsync());
            var states = await db.Pledges.Where(p => p.CampaignId == campaignId).Select(p => p.Status).Distinct().ToListAsync();
            Assert.True(states.Count >= 3, $"pledge states: {string.Join(", ", states)}");
        }

        var dashboard = _app.Service<ReviewDashboardService>();
        var summary = await dashboard.SummaryAsync(TestActors.Officer, campaignId);

        Assert.NotNull(summary);
        Assert.Empty(summary.Errors);
        Assert.NotEmpty(summary.Value.Blocs);
        Assert.True((await dashboard.RecommendationsAsync(TestActors.Officer, campaignId,
            new RecommendationQuery(Status: RecommendationStatus.Recommended))).Total > 0);
    }

    [Fact]
    public async Task Seed_EveryUnitsYear_KeepsWithinTheCapOnExcellentRatings_SoTheReviewListsNoUnitOverIt()
    {
        int campaignId;
        List<string> overCap;
        await using (var db = await _app.DbAsync())
        {
            campaignId = CurrentId(await db.Campaigns.AsNoTracking().ToListAsync());
            overCap = await RatingsOverCap.FindAsync(db, await db.Units.Select(u => u.Id).ToListAsync());
        }

        var summary = await _app.Service<ReviewDashboardService>().SummaryAsync(TestActors.Officer, campaignId);

        Assert.True(overCap.Count == 0, string.Join("; ", overCap));
        Assert.Empty(summary!.Value.OverTheExcellentCap);
    }

    [Fact]
    public async Task Seed_CreatesADemoAccountForEveryRole_AndAHeadForEveryUnit()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        // The scale seed is one agency's; the receiving board and its appraiser are the demo seed's.
        foreach (var role in Roles.Agency)
        {
            Assert.NotEmpty(await users.GetUsersInRoleAsync(role));
        }

        var head = await users.FindByNameAsync("tp.u0001");
        Assert.NotNull(head);
        Assert.Equal(await _app.UnitIdAsync("U0001"), head.UnitId);
        Assert.True(await users.CheckPasswordAsync(head, "Demo@2026"));
        Assert.True(await users.IsInRoleAsync(head, Roles.DepartmentHead));
        Assert.False(string.IsNullOrEmpty(head.SecurityStamp));
        await using var db = await _app.DbAsync();
        var headedUnits = (await users.GetUsersInRoleAsync(Roles.DepartmentHead)).Select(h => h.UnitId).ToHashSet();
        Assert.Equal((await db.Units.Where(u => u.Kind != UnitKind.Agency).Select(u => (int?)u.Id).ToListAsync()).ToHashSet(), headedUnits);
    }

    [Fact]
    public async Task SecondRun_OnADatabaseWithData_RefusesAndChangesNothing()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider);
        await using var before = await _app.DbAsync();
        var people = await before.People.CountAsync();
        var campaigns = await before.Campaigns.CountAsync();

        var accounts = await seeder.SeedAsync(Shape);

        Assert.Null(accounts);
        await using var after = await _app.DbAsync();
        Assert.Equal(people, await after.People.CountAsync());
        Assert.Equal(campaigns, await after.Campaigns.CountAsync());
    }

    private static int CurrentId(IEnumerable<Campaign> campaigns) =>
        campaigns.Single(c => c.Year == ScaleShape.CampaignYear).Id;
}
