using System.Diagnostics;
using System.Globalization;

using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Benchmarks;

/// <summary>
/// Issue #18 item 6: what a reload of changed units costs the engine at a province's size (1,000 units, 100,000
/// people), evaluating the whole input again (<see cref="CampaignEvaluator.EvaluateValidUnits"/>, what the reload did)
/// against starting from the last evaluation (<see cref="CampaignEvaluator.Reevaluate"/>), after 1, 10 and 50 units'
/// results changed. The two alternate call by call in one process, so a loaded machine slows both alike: the ratio of
/// their medians is the figure, with the bytes each call allocates on its thread (exact, not sampled).
/// Then what the kept snapshot and the first review view after such a reload cost (<see cref="FirstViews"/>).
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

        FirstViews(input, rules, last, rounds);
        return 0;
    }

    /// <summary>
    /// The snapshot a reload keeps, and the first review view of it: made from scratch (<see cref="EvaluationSnapshot.Create"/>,
    /// every part of the view made over 700,000 verdicts again) against made from the last one whose view was served
    /// (<see cref="EvaluationSnapshot.After"/>, the parts carried), alternating call by call. The progress counts (a
    /// database query) are not in it.
    /// </summary>
    private static void FirstViews(EvaluationInput input, RuleSet rules, CampaignEvaluation last, int rounds)
    {
        var campaign = Campaign.Draft("Phong trào thi đua năm 2025", SyntheticCampaign.Year, CampaignKind.Yearly).Value;
        var blocs = Enumerable.Range(1, 50).ToDictionary(b => b, b => $"Khối {b}");
        var served = EvaluationSnapshot.Create(campaign, input, rules, last, blocs, DateTimeOffset.UnixEpoch);
        View(served);
        Console.WriteLine();
        Console.WriteLine("| Units changed | Scratch: snapshot ms | Scratch: first view ms | Scratch: allocated | Carried: snapshot ms | Carried: first view ms | Carried: allocated | First view ratio (scratch / carried) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int changed in (int[])[1, 10, 50])
        {
            var next = WithResultsChanged(input, changed);
            var again = CampaignEvaluator.Reevaluate(last, next, rules).Value;
            var times = new List<double>[4];
            for (int i = 0; i < times.Length; i++)
            {
                times[i] = [];
            }

            long scratchBytes = 0;
            long carriedBytes = 0;
            for (int round = -3; round < rounds; round++)
            {
                EvaluationSnapshot? snapshot = null;
                var (scratchMade, scratchMadeBytes) = Measure(() => snapshot = EvaluationSnapshot.Create(campaign, next, rules, again, blocs, DateTimeOffset.UnixEpoch));
                var (scratchView, scratchViewBytes) = Measure(() => View(snapshot!));
                var (carriedMade, carriedMadeBytes) = Measure(() => snapshot = EvaluationSnapshot.After(served, next, again, null, DateTimeOffset.UnixEpoch));
                var (carriedView, carriedViewBytes) = Measure(() => View(snapshot!));
                if (round >= 0)
                {
                    times[0].Add(scratchMade);
                    times[1].Add(scratchView);
                    times[2].Add(carriedMade);
                    times[3].Add(carriedView);
                    (scratchBytes, carriedBytes) = (scratchMadeBytes + scratchViewBytes, carriedMadeBytes + carriedViewBytes);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {changed} | {Median(times[0]):0.00} | {Median(times[1]):0.00} | {scratchBytes / 1024.0 / 1024.0:0.00} MB | {Median(times[2]):0.00} | {Median(times[3]):0.00} | {carriedBytes / 1024.0 / 1024.0:0.00} MB | {Median(times[1]) / Median(times[3]):0.0}× |"));
        }
    }

    /// <summary>What the mix's review views read of a snapshot: the head (charts, set-aside), a page of units, pages of verdicts.</summary>
    private static void View(EvaluationSnapshot snapshot)
    {
        _ = snapshot.Titles;
        _ = snapshot.SetAside;
        _ = snapshot.BlocScores();
        _ = ReviewDashboardService.Units(snapshot, new UnitQuery(PageSize: 10), Wording.VietnameseCulture);
        _ = ReviewDashboardService.Recommendations(snapshot, new RecommendationQuery(Page: 2));
        _ = ReviewDashboardService.Recommendations(snapshot, new RecommendationQuery(Status: RecommendationStatus.Recommended, Page: 1));
        _ = ReviewDashboardService.Recommendations(snapshot, new RecommendationQuery(Title: Title.AdvancedWorker, Page: 3));
    }

    private static (double Ms, long Bytes) Measure(Action act)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long started = Stopwatch.GetTimestamp();
        act();
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - before);
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
