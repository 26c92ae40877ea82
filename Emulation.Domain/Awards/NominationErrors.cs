using Emulation.Domain.Common;

namespace Emulation.Domain.Awards;

public static class NominationErrors
{
    public static DomainError InvalidTally() =>
        new("ballot.invalid_tally", "Yes + no + abstain cannot exceed those present, and those present cannot exceed the council's members.");

    public static DomainError AlreadyDecided(NominationStatus status) =>
        new("nomination.already_decided", $"The nomination is already {status}.");

    public static DomainError NotPassed(NominationStatus status) =>
        new("nomination.not_passed", $"Only a nomination the council passed can be approved; this one is {status}.");

    public static DomainError ReasonRequired() =>
        new("nomination.reason_required", "A reason is required.");
}
