using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Pledges;

/// <summary>How the figures (pledged targets and results) of merged units become the successor's in a running campaign.</summary>
public enum FiguresChoice
{
    /// <summary>The successor takes one predecessor's figures as they are; the others' are set aside.</summary>
    TakeOne,

    /// <summary>Quantities (counted against a target, or occurrences) are added up; see <see cref="MergedFigures.Combine"/>.</summary>
    Sum,

    /// <summary>Every figure is the predecessors' average; see <see cref="MergedFigures.Combine"/>.</summary>
    Average,
}

/// <summary>The choice made when merging; <see cref="FromUnitId"/> names the predecessor for <see cref="FiguresChoice.TakeOne"/>.</summary>
public sealed record MergeFigures(FiguresChoice How, int? FromUnitId = null)
{
    public static MergeFigures Summed { get; } = new(FiguresChoice.Sum);
}

/// <summary>
/// Combines the predecessors' figures per criterion. Adding up makes sense only for quantities (a count against a
/// target, scored in proportion or by bands, and bonus or penalty occurrences), never for a percentage (a unit of
/// measure of "%", averaged instead); points the council gives are averaged
/// whatever the choice, and a yes/no criterion is met only when every predecessor met it. A predecessor without a figure
/// for a criterion is left out of that criterion; none at all leaves it empty.
/// </summary>
public static class MergedFigures
{
    /// <summary>Whether the criterion's figures may be added up: counted quantities, not shares.</summary>
    public static bool CanSum(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return criterion.Method is ScoringMethod.ProportionalToTarget or ScoringMethod.Bands or ScoringMethod.PerOccurrence &&
            !criterion.IsShare;
    }

    /// <summary>The successor's figures from each predecessor's (by unit id), as <paramref name="choice"/> says.</summary>
    public static Dictionary<string, decimal?> Combine(IReadOnlyList<Criterion> table,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> bySource, MergeFigures choice)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(bySource);
        ArgumentNullException.ThrowIfNull(choice);
        var combined = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var criterion in table)
        {
            if (choice.How == FiguresChoice.TakeOne)
            {
                combined[criterion.Code] = choice.FromUnitId is { } from && bySource.TryGetValue(from, out var own) &&
                    own.TryGetValue(criterion.Code, out var value) ? value : null;
                continue;
            }

            var values = bySource.Values.Where(v => v.ContainsKey(criterion.Code)).Select(v => v[criterion.Code]).ToList();
            combined[criterion.Code] = values.Count == 0 ? null
                : criterion.Method == ScoringMethod.YesNo ? values.Min()
                : choice.How == FiguresChoice.Sum && CanSum(criterion) ? values.Sum()
                : Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero);
        }

        return combined;
    }

    /// <summary>
    /// Where the combined report stands: accepted when every report it comes from was accepted, submitted when every
    /// one was at least submitted, otherwise a draft the successor's head completes and submits.
    /// </summary>
    public static SubmissionStatus CombinedStatus(IReadOnlyCollection<SubmissionStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return statuses.Count == 0 ? SubmissionStatus.Draft
            : statuses.All(s => s == SubmissionStatus.Accepted) ? SubmissionStatus.Accepted
            : statuses.All(s => s is SubmissionStatus.Submitted or SubmissionStatus.Accepted) ? SubmissionStatus.Submitted
            : SubmissionStatus.Draft;
    }
}
