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

    private int[] Find(Title? title, RecommendationStatus? status)
    {
        var found = new List<int>();
        var position = 0;
        foreach (var r in _verdicts)
        {
            if ((title is null || r.Title == title) && (status is null || r.Status == status))
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
        var counts = new Dictionary<Title, int[]>();
        var recommended = new Dictionary<int, int>();
        foreach (var r in _verdicts)
        {
            if (!counts.TryGetValue(r.Title, out var byStatus))
            {
                counts[r.Title] = byStatus = new int[Enum.GetValues<RecommendationStatus>().Length];
            }

            byStatus[(int)r.Status]++;
            if (r.Status == RecommendationStatus.Recommended)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(recommended, r.UnitId, out _)++;
            }
        }

        IReadOnlyList<TitleTally> tallies = [.. counts.OrderBy(t => t.Key).Select(t => new TitleTally(t.Key,
            t.Value[(int)RecommendationStatus.Recommended], t.Value[(int)RecommendationStatus.NotEligible],
            t.Value[(int)RecommendationStatus.OverQuota], t.Value[(int)RecommendationStatus.Deferred]))];
        return new Counts(tallies, recommended);
    }

    private sealed record Counts(IReadOnlyList<TitleTally> Tallies, IReadOnlyDictionary<int, int> RecommendedByUnit);

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
