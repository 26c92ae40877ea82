using BenchmarkDotNet.Attributes;

using Emulation.Domain.Campaigns;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Benchmarks;

/// <summary>
/// The review dashboard of a 1,000-unit, 100,000-person campaign (goal: opens within 1 s of server time). Cold: the
/// engine runs, the kept snapshot is built, and the page reads the chart tallies, the first page of units and the first
/// page of recommended verdicts (the database load is <see cref="EvaluationBenchmarks"/>' and the loader's). Warm: the
/// same reads over the kept snapshot, as every later click does; plus a filter by title and a search by name.
/// </summary>
[MemoryDiagnoser]
public class ReviewPageBenchmarks
{
    private EvaluationInput _input = null!;
    private Campaign _campaign = null!;
    private Dictionary<int, string> _blocs = [];
    private EvaluationSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = SyntheticCampaign.Build(units: 1_000, people: 100_000);
        _campaign = Campaign.Draft("Phong trào thi đua năm 2025", SyntheticCampaign.Year, CampaignKind.Yearly).Value;
        _blocs = Enumerable.Range(1, 50).ToDictionary(b => b, b => $"Khối {b}");
        _snapshot = Snapshot();
    }

    [Benchmark]
    public int ColdOpen() => Open(Snapshot());

    [Benchmark(Baseline = true)]
    public int WarmOpen() => Open(_snapshot);

    [Benchmark]
    public int FilterByTitleAndStatus() => ReviewDashboardService.Recommendations(_snapshot,
        new RecommendationQuery(Title: Emulation.Domain.Awards.Title.GrassrootsEmulationFighter,
            Status: RecommendationStatus.OverQuota, Page: 3)).Total;

    [Benchmark]
    public int SearchByPersonName() => ReviewDashboardService.Recommendations(_snapshot,
        new RecommendationQuery(Search: "người 4711")).Total;

    private EvaluationSnapshot Snapshot() => EvaluationSnapshot.Create(_campaign, _input, RuleSetCatalog.Decree152,
        CampaignEvaluator.Evaluate(_input, RuleSetCatalog.Decree152).Value, _blocs, DateTimeOffset.UtcNow);

    private static int Open(EvaluationSnapshot snapshot)
    {
        var tallies = snapshot.Verdicts.Tallies;
        var units = ReviewDashboardService.Units(snapshot, new UnitQuery(PageSize: 10), Wording.VietnameseCulture);
        var recommended = ReviewDashboardService.Recommendations(snapshot,
            new RecommendationQuery(Status: RecommendationStatus.Recommended));
        return tallies.Count + units.Rows.Count + recommended.Rows.Count;
    }
}
