namespace Emulation.Domain.Campaigns;

/// <summary>Why a value does not fit its criterion (<see cref="Criterion.ProblemWith"/>).</summary>
public enum CriterionValueProblem
{
    /// <summary>Below zero.</summary>
    Negative,

    /// <summary>A yes/no criterion's value other than 0 or 1.</summary>
    NotYesNo,

    /// <summary>Council points above the criterion's maximum.</summary>
    AboveMaxPoints,

    /// <summary>A share (unit of measure "%") above 100: a target or a result alike.</summary>
    ShareAboveHundred,
}
