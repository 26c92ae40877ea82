namespace Emulation.Domain.Scoring;

public enum RecommendationStatus
{
    /// <summary>Every condition passed and the quota (if any) allows it.</summary>
    Recommended,

    /// <summary>At least one condition failed.</summary>
    NotEligible,

    /// <summary>Eligible, but cut by the quota.</summary>
    OverQuota,

    /// <summary>Otherwise eligible; discipline, inspection or a complaint is pending (Decree 152/2025 Art. 4(4)).</summary>
    Deferred,
}
