using Emulation.Domain.Common;
using Emulation.Domain.Rules;

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

    public static DomainError Withdrawn() =>
        new("nomination.withdrawn", "The nomination has been withdrawn.");

    public static DomainError CannotWithdraw(NominationStatus status) =>
        new("nomination.cannot_withdraw", $"A nomination that is {status} can no longer be withdrawn.", status.ToString());

    /// <summary>The item is the deciding level (an <see cref="AwardingLevel"/> name).</summary>
    public static DomainError DecidedAbove(GrantingRule granting) =>
        new("nomination.decided_above",
            $"{granting.Title} is decided by {granting.DecidedBy} ({granting.Article}): send it up in a proposal dossier instead of approving it.",
            granting.DecidedBy.ToString());

    public static DomainError AgencyDecides(GrantingRule granting) =>
        new("nomination.agency_decides",
            $"{granting.Title} is decided by the head of the agency ({granting.Article}): approve it, do not send it up.",
            granting.Title.ToString());

    /// <summary>
    /// The nominee's unit had its results returned for amendment after the nomination was made: the council votes, and
    /// leadership decides, only on submitted results. The item is the unit's name.
    /// </summary>
    public static DomainError ResultsReturned(string unit) =>
        new("nomination.results_returned",
            $"{unit}'s results were returned for amendment: its nominations wait until it submits them again.", unit);

    public static DomainError NotSentUp(NominationStatus status) =>
        new("nomination.not_sent_up", $"Only a nomination sent up can receive the deciding level's outcome; this one is {status}.", status.ToString());
}
