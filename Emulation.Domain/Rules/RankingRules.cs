namespace Emulation.Domain.Rules;

/// <summary>The women rule of tie-breaks (Decree 152/2025 Art. 4(6)).</summary>
public sealed record RankingRules
{
    public bool WomenRuleEnabled { get; init; } = true;

    /// <summary>A collective counts as "women" when at least this share of its members are women.</summary>
    public Fraction WomenCollectiveShare { get; init; } = new(7, 10);

    public string WomenRuleArticle { get; init; } = "Nghị định 152/2025/NĐ-CP Điều 4 khoản 6";
}
