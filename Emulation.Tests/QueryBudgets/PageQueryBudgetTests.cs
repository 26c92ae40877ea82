using Emulation.Web.Services.Nominations;
using System.Net;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Emulation.Web.Startup;

namespace Emulation.Tests.QueryBudgets;

/// <summary>The seeded app grown by <see cref="GrownData"/> at scale 1 and at scale 10, side by side.</summary>
public sealed class TwoSizesFixture : IAsyncLifetime
{
    public EmulationAppFactory Small { get; } = new((ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));

    public EmulationAppFactory Large { get; } = new((ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));

    public async ValueTask InitializeAsync()
    {
        foreach (var (app, scale) in new[] { (Small, 1), (Large, 10) })
        {
            // Requests run in the test's async flow, so the query counter's scope sees them.
            app.Server.PreserveExecutionContext = true;
            await GrownData.BuildAsync(app, scale);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Small.DisposeAsync();
        await Large.DisposeAsync();
    }
}

/// <summary>
/// The main pages' services and the API's GET endpoints send the same number of SQL queries for ten times the data,
/// and no more than their budget. The evaluation's budget includes three reads issue #15's rules need: unit lineage,
/// each recognised initiative, and the units' yearly ratings (EvaluationInputLoader).
/// </summary>
public sealed class PageQueryBudgetTests(TwoSizesFixture sizes) : IClassFixture<TwoSizesFixture>
{
    private static readonly Emulation.Web.Services.Statistics.StatisticsQuery StatisticsYears =
        new(new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31), null);

    private static readonly Dictionary<string, (int Budget, Func<EmulationAppFactory, Task> Load)> Pages = new()
    {
        ["campaign list"] = (1, app => app.Service<CampaignService>().ListAsync(TestActors.Officer)),
        // The campaign with its criteria, offered titles, transitions and amendments, and the names of who made them.
        ["campaign detail"] = (6, app => app.Service<CampaignService>().GetAsync(TestActors.Officer, 1)),
        // The deadlines, each bloc's counts, then only the rows of the blocs on the page (25 of a province's thousand).
        ["progress"] = (3, app => app.Service<ReviewService>().ProgressAsync(TestActors.Officer, 1, page: 0, pageSize: 25)),
        ["progress awaiting, last page"] = (3, app =>
            app.Service<ReviewService>().ProgressAsync(TestActors.Officer, 1, page: 1000, pageSize: 25, awaitingOnly: true)),
        // What the static review page loads when it opens with nothing kept, as EvaluationPage asks for it: the
        // summary, the first page of the ranking (ten) and of the recommended verdicts (25).
        ["evaluation"] = (15, async app =>
        {
            app.Service<EvaluationSnapshots>().Forget(1);
            var dashboard = app.Service<ReviewDashboardService>();
            await dashboard.SummaryAsync(TestActors.Officer, 1);
            await dashboard.UnitsAsync(TestActors.Officer, 1, new UnitQuery(PageSize: 10));
            await dashboard.RecommendationsAsync(TestActors.Officer, 1,
                new RecommendationQuery(Status: Emulation.Domain.Scoring.RecommendationStatus.Recommended));
        }),
        // A unit's drill-down (?unit=&status=all&page=2): its scorecard and its verdicts, from the evaluation kept.
        ["evaluation unit"] = (15, async app =>
        {
            app.Service<EvaluationSnapshots>().Forget(1);
            var dashboard = app.Service<ReviewDashboardService>();
            var unit = await app.UnitIdAsync(GrownData.ProfileUnitCode);
            await dashboard.SummaryAsync(TestActors.Officer, 1);
            await dashboard.ScorecardAsync(TestActors.Officer, 1, unit);
            await dashboard.UnitsAsync(TestActors.Officer, 1, new UnitQuery(Page: 1, PageSize: 10));
            await dashboard.RecommendationsAsync(TestActors.Officer, 1, new RecommendationQuery(UnitId: unit, Page: 1));
        }),
        ["approval"] = (4, async app => // + the rule set in force: who grants what
        {
            await app.Service<AwardService>().ListForDecisionAsync(TestActors.Leader, 1);
            await app.Service<DecisionService>().RevokedBasisNotesAsync(TestActors.Leader, 1);
            await app.Service<DecisionService>().ListAsync(TestActors.Leader, 1);
        }),
        // The session is read as a split query: one for the session and one per owned collection (members, agenda,
        // participations, ballots), so that the rows do not multiply. The officer, bound to no unit, lists every agency's
        // council by agency: the council accounts once, and the unit tree that tells each one's agency.
        ["council"] = (13, async app =>
        {
            await app.Service<CouncilSessionService>().CouncilAsync(TestActors.Officer);
            await app.Service<CouncilService>().ListAsync(TestActors.Officer, 1);
            await app.Service<CouncilSessionService>().GetAsync(TestActors.Officer, 1);
        }),
        // The list, the decision, its awards, its campaign, and the rule set in force on its date (the cash basis).
        ["decisions"] = (5, async app =>
        {
            var decisions = app.Service<DecisionService>();
            var list = await decisions.ListAsync(TestActors.Leader);
            await decisions.GetAsync(TestActors.Leader, list.Single(d => d.Number == "1/QĐ-KT").Id);
        }),
        // The entities for the filter, the count, the page, and the accounts and roles that name the ids in it.
        ["audit"] = (4, async app =>
        {
            await app.Service<AuditService>().EntitiesAsync(TestActors.Admin);
            await app.Service<AuditService>().SearchAsync(TestActors.Admin, new AuditQuery());
        }),
        // The profiles send three each (issue #22); the test's own look-ups of the person (two) and the unit (one) add to it.
        ["person profile"] = (5, async app =>
            await app.Service<ProfileService>().GetPersonAsync(TestActors.Leader, await PersonAsync(app))),
        ["unit profile"] = (4, async app =>
            await app.Service<ProfileService>().GetUnitAsync(TestActors.Leader, await app.UnitIdAsync(GrownData.ProfileUnitCode))),
        ["lookup search"] = (3, app => app.Service<LookupService>().SearchAsync(TestActors.Officer, "nguyen", 0, 25)),
        ["lookup awards"] = (3, async app =>
        {
            await app.Service<LookupService>().UnitsAsync(TestActors.Officer);
            await app.Service<LookupService>().ListAwardsAsync(TestActors.Officer, new AwardFilter(FromYear: 2020), 0, 25);
        }),
        // The year-end statistics (issue #22): the units, the rule set in force, the awards of the period.
        ["statistics"] = (3, app => app.Service<Emulation.Web.Services.Statistics.StatisticsService>().SheetAsync(TestActors.Officer,
            Emulation.Web.Services.Statistics.StatisticsReport.HomeAffairs, StatisticsYears)),
        ["statistics summary"] = (3, app => app.Service<Emulation.Web.Services.Statistics.StatisticsService>().SheetAsync(TestActors.Leader,
            Emulation.Web.Services.Statistics.StatisticsReport.Summary, StatisticsYears)),
        ["statistics list"] = (3, app => app.Service<Emulation.Web.Services.Statistics.StatisticsService>().ListAsync(TestActors.Officer,
            Emulation.Web.Services.Statistics.StatisticsReport.Summary, StatisticsYears,
            new Emulation.Domain.Statistics.StatCell(Emulation.Domain.Statistics.ProvinceSummary.Total, Emulation.Domain.Statistics.ProvinceSummary.Total))),
        // A count and a page, like the look-up list it shares.
        ["awards"] = (2, app => app.Service<LookupService>().ListAwardsAsync(TestActors.Leader, new AwardFilter(FromYear: 2026, ToYear: 2026), 0, 25)),
        ["home officer"] = (6, app => app.Service<HomeService>().OfficerAsync(TestActors.Officer)),
        // One of the head's three is the test's own look-up of the unit, one the head's agency (whose campaigns they see).
        ["home head"] = (3, async app => await app.Service<HomeService>().HeadAsync(TestActors.HeadOf(await app.UnitIdAsync("TH")))),
        // A council account is bound to its agency: the unit tree the agency is told from, then the open sessions.
        ["home council"] = (2, app => app.Service<HomeService>().CouncilAsync(TestActors.Council)),
        // The rule set in force (who decides which title), then the campaigns with what waits in each.
        ["home leadership"] = (2, app => app.Service<HomeService>().LeadershipAsync(TestActors.Leader)),
        ["home sudden"] = (1, app => app.Service<HomeService>().SuddenAwaitingAsync(TestActors.Leader)),
        // One of each board home's queries is the test's own look-up of the board, one the unit tree the agency above the
        // account's unit is told from (none for a board: ActorDbContexts reads it for every bound account); what was sent
        // to the board is asked inside each query by the context's filters, never read as the context opens. The
        // appraiser's home reads the dossiers, then their sessions whole, as a split query (the session and its four owned
        // collections): which nominees passed is the session's own rule (CouncilSession.PassedOnDossier).
        ["home board"] = (8, async app =>
            await app.Service<HomeService>().BoardAsync(TestActors.AppraiserOf(await app.UnitIdAsync(DemoDataSeeder.BoardCode)))),
        ["home board council"] = (3, async app =>
            await app.Service<HomeService>().BoardCouncilAsync(BoardCouncilTests.BoardMember(await app.UnitIdAsync(DemoDataSeeder.BoardCode), 1))),
        // The units are read once: the caller's agency is told from what the context already holds (AgencyRecords).
        ["api units"] = (5, app => app.Service<RecordsService>().ListUnitsAsync(TestActors.Admin)),
        // Whether the campaign exists (an unknown id is answered 404 before anything is evaluated), the evaluation the
        // review page keeps (with its bloc names), then the codes the API names things by.
        ["api scores"] = (16, app =>
        {
            app.Service<EvaluationSnapshots>().Forget(1);
            return app.Service<ScoreboardService>().EvaluateAsync(TestActors.Officer, 1);
        }),
    };

    private static readonly Dictionary<string, (int Budget, string Path)> Endpoints = new()
    {
        // The units with their names, then each unit's bloc in the latest campaign (blocs belong to campaigns); the caller's
        // agency is told from what the context already holds (AgencyRecords), with no read of its own.
        ["units"] = (5, "/api/v1/units"),
        ["person"] = (6, "/api/v1/people/TH-001"),
        // Each measured cold, as "api scores": the kept evaluation read again, then the codes the API names things by.
        ["scores"] = (16, "/api/v1/campaigns/1/scores"),
        ["recommendations"] = (16, "/api/v1/campaigns/1/recommendations"),
    };

    private static readonly Dictionary<string, (string User, string Path)> RenderedPages = new()
    {
        ["campaign list"] = ("congdoan", "/campaigns"),
        ["progress"] = ("congdoan", "/campaigns/1/progress"),
        ["evaluation"] = ("congdoan", "/evaluation/1"),
        ["evaluation filtered"] = ("lanhdao", "/evaluation/1?status=all&title=AdvancedWorker&page=2&rankpage=2&whatif=open"),
        ["council"] = ("congdoan", "/council/1"),
        ["approval"] = ("lanhdao", "/approval/1"),
        ["decisions"] = ("lanhdao", "/decisions"),
        ["audit"] = ("quantri", "/admin/audit"),
        ["home officer"] = ("congdoan", "/"),
        ["home head"] = ("tp.th", "/"),
        ["home leadership"] = ("lanhdao", "/"),
        ["home board"] = ("bantdkt", "/"),
        ["home board council"] = ("bantdkt.hd1", "/"),
        ["statistics"] = ("congdoan", "/statistics?from=2000-01-01&to=2030-12-31"),
        ["statistics summary"] = ("lanhdao", "/statistics/summary?from=2000-01-01&to=2030-12-31"),
        ["statistics list"] = ("congdoan", "/statistics/list?report=Summary&row=total&col=total&from=2000-01-01&to=2030-12-31"),
    };

    public static TheoryData<string> PageNames => [.. Pages.Keys];

    public static TheoryData<string> EndpointNames => [.. Endpoints.Keys];

    public static TheoryData<string> RenderedPageNames => [.. RenderedPages.Keys];

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task PageService_SendsTheSameQueries_ForTenTimesTheData(string page)
    {
        var (budget, load) = Pages[page];

        var small = await CountAsync(sizes.Small, () => load(sizes.Small));
        var large = await CountAsync(sizes.Large, () => load(sizes.Large));

        AssertBounded(budget, small, large);
    }

    [Theory]
    [MemberData(nameof(EndpointNames))]
    public async Task ApiListEndpoint_SendsTheSameQueries_ForTenTimesTheData(string endpoint)
    {
        var (budget, path) = Endpoints[endpoint];
        // Whichever endpoint ran before must not have kept the evaluation for this one: the count would hang on the order.
        sizes.Small.Service<EvaluationSnapshots>().Forget(1);
        sizes.Large.Service<EvaluationSnapshots>().Forget(1);

        var small = await CountAsync(sizes.Small, () => GetOkAsync(sizes.Small.Bootstrap(), path));
        var large = await CountAsync(sizes.Large, () => GetOkAsync(sizes.Large.Bootstrap(), path));

        AssertBounded(budget, small, large);
    }

    /// <summary>The whole prerendered page, sign-in checks included: the count must not grow, whatever it is.</summary>
    [Theory]
    [MemberData(nameof(RenderedPageNames))]
    public async Task RenderedPage_SendsTheSameQueries_ForTenTimesTheData(string page)
    {
        var (user, path) = RenderedPages[page];
        var smallClient = await sizes.Small.SignedInClientAsync(user);
        var largeClient = await sizes.Large.SignedInClientAsync(user);

        var small = await CountAsync(sizes.Small, () => GetOkAsync(smallClient, path));
        var large = await CountAsync(sizes.Large, () => GetOkAsync(largeClient, path));

        Assert.True(small.Count == large.Count, Describe(small, large));
    }

    /// <summary>
    /// A list that shows a campaign's or a unit's name reads the names, not the records: a campaign read whole brings
    /// its criteria and offered titles (auto-included), a unit its former names, for every campaign or unit there is.
    /// </summary>
    [Fact]
    public async Task NameLookups_ReadTheNames_NotTheWholeRecords()
    {
        var app = sizes.Large;
        var person = await PersonAsync(app);
        var scope = await CountAsync(app, async () =>
        {
            await app.Service<CouncilSessionService>().ListAsync(TestActors.Officer);
            await app.Service<CouncilSessionService>().GetAsync(TestActors.Officer, 1);
            await app.Service<PeopleService>().GetAsync(TestActors.Officer, person);
        });

        var whole = scope.Commands.Where(c => c.Contains("\"Criteria\"", StringComparison.Ordinal)
            || c.Contains("\"CampaignOfferedTitles\"", StringComparison.Ordinal) || c.Contains("\"UnitNames\"", StringComparison.Ordinal)).ToList();
        Assert.True(whole.Count == 0, string.Join("\n---\n", whole));
    }

    private static async Task<int> PersonAsync(EmulationAppFactory app) => await GrownData.ProfilePersonIdAsync(app);

    private static async Task<QueryCounter.Scope> CountAsync(EmulationAppFactory app, Func<Task> load)
    {
        // Both sizes read the unit tree, whichever ran before and kept it.
        app.Service<UnitTreeCache>().Forget();
        var scope = app.Queries.Begin();
        await load();
        return scope;
    }

    private static async Task GetOkAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _ = await response.Content.ReadAsStringAsync();
    }

    private static void AssertBounded(int budget, QueryCounter.Scope small, QueryCounter.Scope large)
    {
        Assert.True(small.Count == large.Count, Describe(small, large));
        Assert.True(large.Count <= budget, $"{large.Count} queries over a budget of {budget}:\n{string.Join("\n---\n", large.Commands)}");
    }

    private static string Describe(QueryCounter.Scope small, QueryCounter.Scope large) =>
        $"{small.Count} queries at scale 1, {large.Count} at scale 10:\n{string.Join("\n---\n", large.Commands)}";
}
