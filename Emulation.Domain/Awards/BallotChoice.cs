namespace Emulation.Domain.Awards;

public enum BallotChoice
{
    Yes,
    No,
    Abstain,
}
