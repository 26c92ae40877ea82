namespace Emulation.Domain.Campaigns;

public enum CriterionKind
{
    /// <summary>Scored against the pledged target, up to its maximum points.</summary>
    Scored,

    /// <summary>Điểm thưởng: points per occurrence added on top, capped.</summary>
    Bonus,

    /// <summary>Điểm trừ: points per occurrence deducted, capped.</summary>
    Penalty,
}
