namespace Emulation.Domain.Scoring;

public enum TieBreakKind
{
    /// <summary>Higher points on a named criterion wins.</summary>
    CriterionPoints,

    /// <summary>A collective with at least the rule set's share of women wins (Decree 152/2025 Art. 4(6)).</summary>
    WomenRule,
}
