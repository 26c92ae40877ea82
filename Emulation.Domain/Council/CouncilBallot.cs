using Emulation.Domain.Awards;

namespace Emulation.Domain.Council;

/// <summary>
/// The content of one secret ballot on one nomination: the choice and a sealed receipt, nothing else. It names no
/// member and carries no time, so that no row links a member to a choice; who voted is a separate
/// <see cref="CouncilParticipation"/>. Cast once and never changed.
/// </summary>
public sealed class CouncilBallot
{
    private CouncilBallot(int nominationId, BallotChoice choice, string receipt)
    {
        NominationId = nominationId;
        Choice = choice;
        Receipt = receipt;
    }

    public int NominationId { get; private set; }
    public BallotChoice Choice { get; private set; }

    /// <summary>
    /// <see cref="BallotReceipt.Seal"/> of the code the voter was given and the nomination: the voter can find their
    /// ballot with the code; without it the seal says nothing (and one voter's seals on two nominations differ).
    /// </summary>
    public string Receipt { get; private set; }

    internal static CouncilBallot Sealed(int nominationId, BallotChoice choice, BallotReceipt receipt) =>
        new(nominationId, choice, receipt.Seal(nominationId));
}

/// <summary>
/// That a member voted on one nomination (in person, or in writing as an absent member recorded by the secretary):
/// for attendance, the "once" rule and the count of written ballots; never how they voted.
/// </summary>
public sealed class CouncilParticipation
{
    private CouncilParticipation(int nominationId, string memberUserName, bool written)
    {
        NominationId = nominationId;
        MemberUserName = memberUserName;
        Written = written;
    }

    public int NominationId { get; private set; }
    public string MemberUserName { get; private set; }

    /// <summary>
    /// A written ballot of a member absent from the meeting, recorded by the secretary (only where the rule set counts
    /// them, <see cref="Rules.CouncilRules.WrittenBallotsOfAbsentMembers"/>).
    /// </summary>
    public bool Written { get; private set; }

    internal static CouncilParticipation Of(int nominationId, string memberUserName, bool written) =>
        new(nominationId, memberUserName, written);
}

/// <summary>
/// The counts of a nomination voted on paper (phiếu giấy), entered by the secretary after the count at the meeting;
/// they replace the electronic ballots on that nomination.
/// </summary>
public sealed record PaperCount(int Yes, int No, int Abstain)
{
    public int Total => Yes + No + Abstain;
}
