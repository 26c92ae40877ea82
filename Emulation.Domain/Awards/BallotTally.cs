namespace Emulation.Domain.Awards;

/// <summary>The counted ballots of one council vote on one nomination.</summary>
public sealed record BallotTally(int CouncilMembers, int Present, int Yes, int No, int Abstain);
