namespace Emulation.Domain.Scoring;

/// <summary>One step of the ranking tie-break chain, applied when totals are equal.</summary>
public sealed record TieBreakStep(TieBreakKind Kind, string? CriterionCode = null)
{
    public static TieBreakStep WomenRule { get; } = new(TieBreakKind.WomenRule);

    public static TieBreakStep PointsOn(string criterionCode) => new(TieBreakKind.CriterionPoints, criterionCode);

    public string DescribeVi() => Kind == TieBreakKind.WomenRule
        ? "ưu tiên tập thể có từ 70% nữ trở lên"
        : $"điểm tiêu chí {CriterionCode}";

    public string DescribeEn() => Kind == TieBreakKind.WomenRule
        ? "the women rule (collective with ≥ 70% women)"
        : $"points on criterion {CriterionCode}";
}
