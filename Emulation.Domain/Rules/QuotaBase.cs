namespace Emulation.Domain.Rules;

/// <summary>The population a quota's percentage is taken of.</summary>
public enum QuotaBase
{
    /// <summary>Everyone eligible for the title this year.</summary>
    EligibleCandidates,

    /// <summary>Those recommended as Advanced Workers this year (the old CSTĐCS ≤ 15% rule).</summary>
    AdvancedWorkers,

    /// <summary>All people (or units, for collective titles) in the evaluation.</summary>
    Headcount,
}
