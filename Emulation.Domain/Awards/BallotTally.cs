namespace Emulation.Domain.Awards;

/// <summary>The counted ballots of one council vote on one nomination.</summary>
public sealed record BallotTally(int CouncilMembers, int Present, int Yes, int No, int Abstain)
{
    /// <summary>
    /// Ballots among <see cref="Yes"/>, <see cref="No"/> and <see cref="Abstain"/> cast in writing by absent members
    /// (<see cref="Rules.CouncilRules.WrittenBallotsOfAbsentMembers"/>); they count as votes, not as presence.
    /// </summary>
    public int Written { get; init; }
}
