namespace Emulation.Domain.Scoring;

/// <summary>Compares two evaluations verdict by verdict, keyed by (person, unit, title). Pure.</summary>
public static class RecommendationDiffer
{
    /// <summary>
    /// Every verdict whose status differs or that exists on one side only: added (now recommended), removed (no longer
    /// recommended), changed (any other move). Ordered added, removed, changed, then by unit, person and title.
    /// Only the differing verdicts are explained, so a large campaign costs one pass and a dictionary.
    /// </summary>
    public static IReadOnlyList<RecommendationDiff> Diff(CampaignEvaluation before, CampaignEvaluation after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var afterByKey = new Dictionary<(int?, int, Awards.Title), Recommendation>(after.Recommendations.Count);
        foreach (var a in after.Recommendations)
        {
            afterByKey[(a.PersonId, a.UnitId, a.Title)] = a;
        }

        var diffs = new List<RecommendationDiff>();
        foreach (var b in before.Recommendations)
        {
            var key = (b.PersonId, b.UnitId, b.Title);
            if (afterByKey.Remove(key, out var a))
            {
                if (a.Status != b.Status)
                {
                    diffs.Add(Make(b, b.Status, a.Status, b.Explanation, a.Explanation));
                }
            }
            else
            {
                diffs.Add(Make(b, b.Status, null, b.Explanation, null));
            }
        }

        foreach (var a in afterByKey.Values)
        {
            diffs.Add(Make(a, null, a.Status, null, a.Explanation));
        }

        return [.. diffs.OrderBy(d => d.Kind).ThenBy(d => d.UnitId).ThenBy(d => d.PersonId ?? 0).ThenBy(d => d.Title)];
    }

    private static RecommendationDiff Make(Recommendation subject, RecommendationStatus? before, RecommendationStatus? after,
        Explanation? beforeText, Explanation? afterText)
    {
        var kind = after == RecommendationStatus.Recommended ? RecommendationDiffKind.Added
            : before == RecommendationStatus.Recommended ? RecommendationDiffKind.Removed
            : RecommendationDiffKind.Changed;
        return new RecommendationDiff(kind, subject.PersonId, subject.UnitId, subject.SubjectName, subject.Title,
            before, after, beforeText, afterText);
    }
}
