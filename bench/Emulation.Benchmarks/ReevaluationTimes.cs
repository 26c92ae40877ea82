using System.Diagnostics;
using System.Globalization;

using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;

namespace Emulation.Benchmarks;

/// <summary>
/// Issue #18 item 6: what a reload of changed units costs the engine at a province's size (1,000 units, 100,000
/// people), evaluating the whole input again (<see cref="CampaignEvaluator.EvaluateValidUnits"/>, what the reload did)
/// against starting from the last evaluation (<see cref="CampaignEvaluator.Reevaluate"/>), after 1, 10 and 50 units'
/// results changed. The two alternate call by call in one process, so a loaded machine slows both alike: the ratio of
/// their medians is the figure, with the bytes each call allocates on its thread (exact, not sampled).
/// Run: <c>dotnet run -c Release --project bench/Emulation.Benchmarks -- reevaluation [rounds]</c>.
/// </summary>
public static class ReevaluationTimes
{
    public static int Run(int rounds)
    {
        var input = SyntheticCampaign.Build(units: 1_000, people: 100_000);
        var rules = RuleSetCatalog.Decree152;
        var last = CampaignEvaluator.EvaluateValidUnits(input, rules).Value;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{input.Units.Count:N0} units, {input.People.Count:N0} people, {input.Criteria.Count} criteria, {last.SetAside.Count} set aside; {rounds} rounds after 3 warm-ups"));
        Console.WriteLine("| Units changed | Whole: median ms | Whole: allocated | Reevaluate: median ms | Reevaluate: allocated | Time ratio (whole / reevaluate) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (int changed in (int[])[1, 10, 50])
        {
            var next = WithResultsChanged(input, changed);
            var whole = new List<double>();
            var again = new List<double>();
            long wholeBytes = 0;
            long againBytes = 0;
            for (int round = -3; round < rounds; round++)
            {
                var (wholeMs, wholeAllocated) = Measure(() => CampaignEvaluator.EvaluateValidUnits(next, rules));
                var (againMs, againAllocated) = Measure(() => CampaignEvaluator.Reevaluate(last, next, rules));
                if (round >= 0)
                {
                    whole.Add(wholeMs);
                    again.Add(againMs);
                    (wholeBytes, againBytes) = (wholeAllocated, againAllocated);
                }
            }

            double wholeMedian = Median(whole);
            double againMedian = Median(again);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {changed} | {wholeMedian:0.0} | {wholeBytes / 1024.0 / 1024.0:0.00} MB | {againMedian:0.00} | {againBytes / 1024.0 / 1024.0:0.00} MB | {wholeMedian / againMedian:0.0}× |"));
        }

        return 0;
    }

    /// <summary>Every <c>units / changed</c>-th unit with each result raised by one (but yes or no), as a head's saves would.</summary>
    private static EvaluationInput WithResultsChanged(EvaluationInput input, int changed)
    {
        var yesOrNo = input.Criteria.Where(c => c.Method == ScoringMethod.YesNo).Select(c => c.Code).ToHashSet();
        var units = input.Units.ToArray();
        int step = units.Length / changed;
        for (int i = 0; i < changed; i++)
        {
            var unit = units[i * step];
            units[i * step] = unit with { Values = unit.Values.ToDictionary(v => v.Key, v => yesOrNo.Contains(v.Key) ? v.Value : v.Value + 1m) };
        }

        return input with { Units = units };
    }

    private static (double Ms, long Bytes) Measure(Func<Result<CampaignEvaluation>> evaluate)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long started = Stopwatch.GetTimestamp();
        var answer = evaluate();
        double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return answer.IsSuccess ? (ms, bytes) : throw new InvalidOperationException(string.Join("; ", answer.Errors));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
