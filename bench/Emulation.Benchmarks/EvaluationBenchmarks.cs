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

    [Benchmark]
    public int Engine() => CampaignEvaluator.Evaluate(_input, RuleSetCatalog.Decree152).Value.Recommendations.Count;
}
