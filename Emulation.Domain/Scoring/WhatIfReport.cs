namespace Emulation.Domain.Scoring;

/// <summary>The difference between evaluating under the baseline and under changed rules and/or criteria.</summary>
public sealed record WhatIfReport(
    CampaignEvaluation Baseline,
    CampaignEvaluation Changed,
    IReadOnlyList<AwardChange> AwardChanges,
    IReadOnlyList<RankChange> RankChanges)
{
    public IEnumerable<AwardChange> Gains => AwardChanges.Where(c => c.Gained);
    public IEnumerable<AwardChange> Losses => AwardChanges.Where(c => c.Lost);
}
