using Emulation.Domain.Awards;

namespace Emulation.Domain.Council;

/// <summary>One member's vote on one nomination; cast once and never changed.</summary>
public sealed class CouncilBallot
{
    private CouncilBallot(int nominationId, string memberUserName, BallotChoice choice, DateTimeOffset castAt)
    {
        NominationId = nominationId;
        MemberUserName = memberUserName;
        Choice = choice;
        CastAt = castAt;
    }

    public int NominationId { get; private set; }
    public string MemberUserName { get; private set; }
    public BallotChoice Choice { get; private set; }
    public DateTimeOffset CastAt { get; private set; }

    /// <summary>
    /// A written ballot of a member absent from the meeting, recorded by the secretary (only where the rule set counts
    /// them, <see cref="Rules.CouncilRules.WrittenBallotsOfAbsentMembers"/>).
    /// </summary>
    public bool Written { get; private set; }

    internal static CouncilBallot Cast(int nominationId, string memberUserName, BallotChoice choice, DateTimeOffset at) =>
        new(nominationId, memberUserName, choice, at);

    internal static CouncilBallot InWriting(int nominationId, string memberUserName, BallotChoice choice, DateTimeOffset at) =>
        new(nominationId, memberUserName, choice, at) { Written = true };
}
