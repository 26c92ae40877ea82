namespace Emulation.Domain.Scoring;

/// <summary>One step of the ranking tie-break chain, applied when totals are equal.</summary>
public sealed record TieBreakStep(TieBreakKind Kind, string? CriterionCode = null)
{
    public static TieBreakStep WomenRule { get; } = new(TieBreakKind.WomenRule);

    public static TieBreakStep PointsOn(string criterionCode) => new(TieBreakKind.CriterionPoints, criterionCode);
}
