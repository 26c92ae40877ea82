using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// Where an evaluation's verdicts are, by title and status and by unit: each list of positions is made once, on its
/// first use, so that the dashboard reads a filtered page by position instead of testing every verdict (700,000 at a
/// province's size) on every request. Positions are in the evaluation's order, so pages keep that order. The counts
/// every dashboard shows (by title and status, recommended by unit) are made together in one pass.
/// </summary>
public sealed class VerdictIndex
{
    private readonly RecommendationList _verdicts;
    private readonly ConcurrentDictionary<(Title? Title, RecommendationStatus? Status), Lazy<int[]>> _byTitleAndStatus = new();
    private readonly Lazy<IReadOnlyDictionary<int, int[]>> _byUnit;
    private readonly Lazy<Counts> _counts;

    public VerdictIndex(RecommendationList verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        _verdicts = verdicts;
        _byUnit = new Lazy<IReadOnlyDictionary<int, int[]>>(PositionsByUnit);
        _counts = new Lazy<Counts>(Count);
    }

    /// <summary>
    /// The index of <paramref name="verdicts"/> made from <paramref name="last"/>'s parts already made, reading only the
    /// verdicts that may differ (<see cref="RecommendationList.PositionsChangedSince"/>); nothing of
    /// <paramref name="last"/> is kept referenced. Positions by unit depend only on the list's layout and are taken as
    /// they are. A part <paramref name="last"/> has not made yet, or any part when most verdicts may differ or the
    /// layout differs, is made on first use, as <see cref="VerdictIndex(RecommendationList)"/> makes it.
    /// </summary>
    private VerdictIndex(RecommendationList verdicts, VerdictIndex last, int[] changed)
        : this(verdicts)
    {
        if (last._byUnit.IsValueCreated)
        {
            _byUnit = new Lazy<IReadOnlyDictionary<int, int[]>>(last._byUnit.Value);
        }

        if (changed.Length > verdicts.Count / 4)
        {
            return;
        }

        if (last._counts.IsValueCreated)
        {
            _counts = new Lazy<Counts>(Recounted(last, changed));
        }

        foreach (var (key, found) in last._byTitleAndStatus)
        {
            if (found.IsValueCreated)
            {
                _byTitleAndStatus[key] = new Lazy<int[]>(Found(found.Value, key.Title, key.Status, changed));
            }
        }
    }

    /// <summary>
    /// The index of <paramref name="verdicts"/>, an evaluation made again from the one <paramref name="last"/> indexes
    /// (<see cref="Emulation.Domain.Scoring.CampaignEvaluator.Reevaluate"/>): what <paramref name="last"/> already made is
    /// carried over, adjusted for the verdicts decided again, instead of being made again over every verdict.
    /// </summary>
    public static VerdictIndex After(VerdictIndex last, RecommendationList verdicts)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(verdicts);
        return verdicts.PositionsChangedSince(last._verdicts) is { } changed
            ? new VerdictIndex(verdicts, last, changed)
            : new VerdictIndex(verdicts);
    }

    /// <summary>Positions of the verdicts of this title and in this status (null: any), ascending.</summary>
    public IReadOnlyList<int> Matching(Title? title, RecommendationStatus? status) =>
        title is null && status is null
            ? new EveryPosition(_verdicts.Count)
            : _byTitleAndStatus.GetOrAdd((title, status), key => new Lazy<int[]>(() => Find(key.Title, key.Status))).Value;

    /// <summary>Positions of the verdicts on a unit or on its people, ascending.</summary>
    public IReadOnlyList<int> OfUnit(int unitId) => _byUnit.Value.GetValueOrDefault(unitId, []);

    /// <summary>How many verdicts of each title ended in each status.</summary>
    public IReadOnlyList<TitleTally> Tallies => _counts.Value.Tallies;

    /// <summary>How many verdicts on each unit or its people are recommendations; units with none are left out.</summary>
    public IReadOnlyDictionary<int, int> RecommendedByUnit => _counts.Value.RecommendedByUnit;

    /// <summary>
    /// <paramref name="last"/> (the last index's positions for this title and status) with the <paramref name="changed"/>
    /// positions tested again: one merge of two ascending lists.
    /// </summary>
    private int[] Found(int[] last, Title? title, RecommendationStatus? status, int[] changed)
    {
        var found = new List<int>(last.Length + changed.Length);
        var next = 0;
        foreach (var position in last)
        {
            for (; next < changed.Length && changed[next] < position; next++)
            {
                AddIfMatching(found, changed[next], title, status);
            }

            if (next < changed.Length && changed[next] == position)
            {
                AddIfMatching(found, changed[next++], title, status);
            }
            else
            {
                found.Add(position);
            }
        }

        for (; next < changed.Length; next++)
        {
            AddIfMatching(found, changed[next], title, status);
        }

        return [.. found];
    }

    private void AddIfMatching(List<int> found, int position, Title? title, RecommendationStatus? status)
    {
        if (Matches(_verdicts[position], title, status))
        {
            found.Add(position);
        }
    }

    /// <summary>Whether <paramref name="r"/> is of this title and in this status (null: any).</summary>
    private static bool Matches(Recommendation r, Title? title, RecommendationStatus? status) =>
        (title is null || r.Title == title) && (status is null || r.Status == status);

    private int[] Find(Title? title, RecommendationStatus? status)
    {
        var found = new List<int>();
        var position = 0;
        foreach (var r in _verdicts)
        {
            if (Matches(r, title, status))
            {
                found.Add(position);
            }

            position++;
        }

        return [.. found];
    }

    private IReadOnlyDictionary<int, int[]> PositionsByUnit()
    {
        var byUnit = new Dictionary<int, List<int>>();
        var position = 0;
        foreach (var r in _verdicts)
        {
            if (!byUnit.TryGetValue(r.UnitId, out var positions))
            {
                byUnit[r.UnitId] = positions = [];
            }

            positions.Add(position++);
        }

        return byUnit.ToDictionary(u => u.Key, u => u.Value.ToArray());
    }

    private Counts Count()
    {
        var byTitle = new Dictionary<Title, int[]>();
        var recommended = new Dictionary<int, int>();
        foreach (var r in _verdicts)
        {
            Tally(byTitle, recommended, r, 1);
        }

        return new Counts(byTitle, recommended);
    }

    /// <summary><paramref name="last"/>'s counts with the <paramref name="changed"/> positions' verdicts counted again.</summary>
    private Counts Recounted(VerdictIndex last, int[] changed)
    {
        var counted = last._counts.Value;
        var byTitle = counted.ByTitle.ToDictionary(t => t.Key, t => (int[])t.Value.Clone());
        var recommended = new Dictionary<int, int>(counted.RecommendedByUnit);
        foreach (var position in changed)
        {
            Tally(byTitle, recommended, last._verdicts[position], -1);
            Tally(byTitle, recommended, _verdicts[position], 1);
        }

        return new Counts(byTitle, recommended);
    }

    /// <summary>Counts <paramref name="r"/> in (1) or out (−1); a unit left with no recommendation is left out.</summary>
    private static void Tally(Dictionary<Title, int[]> byTitle, Dictionary<int, int> recommended, Recommendation r, int sign)
    {
        ref var byStatus = ref CollectionsMarshal.GetValueRefOrAddDefault(byTitle, r.Title, out _);
        byStatus ??= new int[Enum.GetValues<RecommendationStatus>().Length];
        byStatus[(int)r.Status] += sign;
        if (r.Status == RecommendationStatus.Recommended)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(recommended, r.UnitId, out _);
            count += sign;
            if (count == 0)
            {
                recommended.Remove(r.UnitId);
            }
        }
    }

    /// <summary>Verdicts by title and status (indexed by the status), and recommendations by unit.</summary>
    private sealed record Counts(IReadOnlyDictionary<Title, int[]> ByTitle, IReadOnlyDictionary<int, int> RecommendedByUnit)
    {
        public IReadOnlyList<TitleTally> Tallies { get; } = [.. ByTitle.OrderBy(t => t.Key).Select(t => new TitleTally(t.Key,
            t.Value[(int)RecommendationStatus.Recommended], t.Value[(int)RecommendationStatus.NotEligible],
            t.Value[(int)RecommendationStatus.OverQuota], t.Value[(int)RecommendationStatus.Deferred]))];
    }

    /// <summary>0, 1, …, count − 1 without an array: the positions when nothing is filtered.</summary>
    private sealed class EveryPosition(int count) : IReadOnlyList<int>
    {
        public int Count => count;

        public int this[int index] => (uint)index < (uint)count
            ? index
            : throw new ArgumentOutOfRangeException(nameof(index), index, "No verdict at this position.");

        public IEnumerator<int> GetEnumerator() => Enumerable.Range(0, count).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
