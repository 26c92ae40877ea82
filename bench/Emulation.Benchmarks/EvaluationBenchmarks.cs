using BenchmarkDotNet.Attributes;

using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;

namespace Emulation.Benchmarks;

[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private EvaluationInput _input = null!;

    [GlobalSetup]
    public void Setup() => _input = SyntheticCampaign.Build();

    [Benchmark(Baseline = true)]
    public int StraightLoopBaseline() => StraightLoop.Run(_input);

    /// <summary>Evaluates and reads what the evaluation page reads first: every unit's total, every rank, every status.</summary>
    [Benchmark]
    public int Engine() => Consume(CampaignEvaluator.Evaluate(_input, RuleSetCatalog.Decree152).Value);

    private static int Consume(CampaignEvaluation evaluation)
    {
        decimal totals = 0m;
        foreach (var score in evaluation.UnitScores)
        {
            totals += score.Total;
        }

        int ranks = 0;
        foreach (var ranked in evaluation.Rankings)
        {
            ranks += ranked.Rank;
        }

        int recommended = 0;
        foreach (var recommendation in evaluation.Recommendations)
        {
            recommended += recommendation.Status == RecommendationStatus.Recommended ? 1 : 0;
        }

        return recommended + ranks + (int)totals;
    }
}
