using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;

namespace Emulation.Benchmarks;

/// <summary>
/// The engine against a plain loop over the same data under both garbage collectors: workstation (a console's
/// default) and server with one heap (what the web app runs with: the Web SDK turns it on), whose larger young
/// generation matters because every result the engine returns survives until it is read.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreBothCollectors))]
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

    private sealed class OneCoreBothCollectors : ManualConfig
    {
        public OneCoreBothCollectors()
        {
            // The engine runs on one thread; the server collector is held to one heap so it too uses one core.
            // (Pinning the process to one core instead starves the JIT's background tiering and slows the plain loop
            // more than the engine, which would flatter the ratio.)
            AddJob(Job.ShortRun.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(Job.ShortRun.WithGcServer(true).WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCHeapCount", "1"))
                .WithId("ServerGC-1heap"));

            // Each job builds its own copy of the app; on a busy 2-core machine that takes longer than the default.
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }
}
