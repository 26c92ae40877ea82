using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

public enum RecommendationDiffKind
{
    /// <summary>Recommended in the sandbox, not in the baseline.</summary>
    Added,

    /// <summary>Recommended in the baseline, not in the sandbox.</summary>
    Removed,

    /// <summary>Another change of verdict (for example not eligible → over quota).</summary>
    Changed,
}

/// <summary>
/// One verdict that differs between the baseline and the sandbox, with both explanations so the reader sees which
/// condition or quota made the difference. A status and an explanation are null on the side where the subject was not evaluated.
/// </summary>
public sealed record RecommendationDiff(
    RecommendationDiffKind Kind,
    int? PersonId,
    int UnitId,
    string SubjectName,
    Title Title,
    RecommendationStatus? Before,
    RecommendationStatus? After,
    Explanation? BeforeExplanation,
    Explanation? AfterExplanation);

/// <summary>The what-if sandbox's answer: changed verdicts (added first) and units whose rank or total moved.</summary>
public sealed record WhatIfOutcome(IReadOnlyList<RecommendationDiff> Recommendations, IReadOnlyList<RankChange> Ranks)
{
    public int Added => Recommendations.Count(r => r.Kind == RecommendationDiffKind.Added);
    public int Removed => Recommendations.Count(r => r.Kind == RecommendationDiffKind.Removed);
    public int Changed => Recommendations.Count(r => r.Kind == RecommendationDiffKind.Changed);
}
