using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>A cap on how many may receive a title: <see cref="CapPercent"/> of <see cref="Base"/>, rounded.</summary>
public sealed record QuotaRule
{
    public Title Title { get; init; }
    public decimal CapPercent { get; init; }
    public QuotaBase Base { get; init; } = QuotaBase.EligibleCandidates;
    public RoundingMode Rounding { get; init; } = RoundingMode.Down;
    public QuotaScope Scope { get; init; } = QuotaScope.Campaign;

    /// <summary>Where the cap comes from (a provincial decision, a sector rule).</summary>
    public string Source { get; init; } = "";

    /// <summary>How many awards the cap allows for a base of <paramref name="baseCount"/>.</summary>
    public int Allowed(int baseCount) => Rounding.ShareOf(baseCount, CapPercent);
}
