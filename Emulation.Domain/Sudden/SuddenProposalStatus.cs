namespace Emulation.Domain.Sudden;

/// <summary>Where a sudden-award proposal stands on its short path.</summary>
public enum SuddenProposalStatus
{
    /// <summary>Proposed; waits for the council when the rule set asks for it, else for the leadership.</summary>
    Proposed,

    /// <summary>The council agreed; waits for the leadership.</summary>
    Reviewed,

    /// <summary>The leadership issued the decision; the award is recorded.</summary>
    Decided,

    /// <summary>The council or the leadership turned it down, with a reason.</summary>
    Rejected,
}
