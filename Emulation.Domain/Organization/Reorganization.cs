using Emulation.Domain.Common;

namespace Emulation.Domain.Organization;

/// <summary>
/// Mergers and splits: the units that end are closed and linked to the units that carry on, so a unit's history
/// (its awards, its people's records) can be followed across the change.
/// </summary>
public static class Reorganization
{
    /// <summary>Closes <paramref name="sources"/> the day before <paramref name="on"/> and links each to the merged unit.</summary>
    public static Result<IReadOnlyList<UnitLineage>> Merge(IReadOnlyList<Unit> sources, Unit merged, DateOnly on)
    {
        if (sources.Count < 2)
        {
            return Result<IReadOnlyList<UnitLineage>>.Failure(OrganizationErrors.MergeNeedsTwo());
        }

        var closed = sources.Where(s => !s.IsActive).Select(s => OrganizationErrors.UnitClosed(s.Code)).ToList();
        if (closed.Count > 0)
        {
            return Result<IReadOnlyList<UnitLineage>>.Failure(closed);
        }

        foreach (var source in sources)
        {
            source.Close(on);
        }

        return Result<IReadOnlyList<UnitLineage>>.Success(
            [.. sources.Select(s => UnitLineage.Link(s.Id, merged.Id, UnitChangeKind.Merged, on))]);
    }

    /// <summary>Closes <paramref name="source"/> the day before <paramref name="on"/> and links it to each new unit.</summary>
    public static Result<IReadOnlyList<UnitLineage>> Split(Unit source, IReadOnlyList<Unit> parts, DateOnly on)
    {
        if (parts.Count < 2)
        {
            return Result<IReadOnlyList<UnitLineage>>.Failure(OrganizationErrors.SplitNeedsTwo());
        }

        var closed = source.Close(on);
        return closed.IsSuccess
            ? Result<IReadOnlyList<UnitLineage>>.Success(
                [.. parts.Select(p => UnitLineage.Link(source.Id, p.Id, UnitChangeKind.Split, on))])
            : Result<IReadOnlyList<UnitLineage>>.Failure(closed.Errors);
    }

    /// <summary>Every unit whose history <paramref name="unitId"/> inherits, itself included, following links back.</summary>
    public static IReadOnlySet<int> LineageOf(int unitId, IEnumerable<UnitLineage> links)
    {
        var byChild = links.ToLookup(l => l.SuccessorId, l => l.PredecessorId);
        var found = new HashSet<int> { unitId };
        var pending = new Stack<int>([unitId]);
        while (pending.TryPop(out var current))
        {
            foreach (var predecessor in byChild[current].Where(found.Add))
            {
                pending.Push(predecessor);
            }
        }

        return found;
    }

    /// <summary>
    /// The predecessors whose history <paramref name="unitId"/> inherits, each with the last of its years that counts: the
    /// years that ended before the change (a merger on 1 July 2025 passes on 2024 and earlier). Through a chain of changes
    /// the earliest change bounds. The unit itself is not included.
    /// </summary>
    public static IReadOnlyDictionary<int, int> InheritedYears(int unitId, IEnumerable<UnitLineage> links)
    {
        var byChild = links.ToLookup(l => l.SuccessorId);
        var lastYear = new Dictionary<int, int>();
        var pending = new Stack<(int Unit, int Last)>([(unitId, int.MaxValue)]);
        while (pending.TryPop(out var current))
        {
            foreach (var link in byChild[current.Unit])
            {
                int last = Math.Min(current.Last, link.EffectiveOn.Year - 1);
                if (link.PredecessorId != unitId && (!lastYear.TryGetValue(link.PredecessorId, out int known) || last > known))
                {
                    lastYear[link.PredecessorId] = last;
                    pending.Push((link.PredecessorId, last));
                }
            }
        }

        return lastYear;
    }
}
