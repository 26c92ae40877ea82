namespace Emulation.Domain.Awards;

public enum NominationStatus
{
    /// <summary>Put to the council; no ballot yet.</summary>
    Proposed,

    /// <summary>The council's ballot reached the rule set's threshold.</summary>
    Passed,

    /// <summary>The council's ballot fell short, or quorum was not met.</summary>
    Failed,

    Approved,
    Rejected,

    /// <summary>Taken off the list by the union officer, with a recorded reason.</summary>
    Withdrawn,

    /// <summary>Passed, and sent in a proposal dossier to the level that decides it; waits for that level's outcome.</summary>
    SentUp,
}
