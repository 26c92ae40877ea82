namespace Emulation.Domain.Campaigns;

public enum ScoringMethod
{
    /// <summary>Points = max × achieved/target, capped at the maximum.</summary>
    ProportionalToTarget,

    /// <summary>Points by the band the achievement ratio falls in.</summary>
    Bands,

    /// <summary>Full points when the value is 1 (yes), none when 0.</summary>
    YesNo,

    /// <summary>The council gives the points directly (0..max).</summary>
    CouncilPoints,

    /// <summary>Bonus and penalty items: value × points per unit, capped at the maximum.</summary>
    PerOccurrence,
}
