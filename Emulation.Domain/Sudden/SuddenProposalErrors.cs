using Emulation.Domain.Awards;
using Emulation.Domain.Common;

namespace Emulation.Domain.Sudden;

public static class SuddenProposalErrors
{
    /// <summary>The item is the title's name.</summary>
    public static DomainError NotOnTheSpot(Title title) =>
        new("sudden.not_on_the_spot", $"{title} may not be given on the spot under the rule set in force.", title.ToString());

    /// <summary>The item is the title's name.</summary>
    public static DomainError NotYourProposal(Title title) =>
        new("sudden.proposer_not_allowed", $"The rule set in force does not let you propose {title} on the spot.", title.ToString());

    /// <summary>The item is the title's name.</summary>
    public static DomainError DecidedAbove(Title title) =>
        new("sudden.decided_above", $"{title} is decided by a higher level, not by the agency's own decision.", title.ToString());

    /// <summary>The person is not (or no longer) listed for the long-service form under the rule set in force.</summary>
    public static DomainError NotEligibleForLongService() =>
        new("sudden.not_eligible_long_service", "The person does not meet the long-service conditions of the rule set in force.");

    /// <summary>An individual form with nobody chosen.</summary>
    public static DomainError PersonRequired() =>
        new("sudden.person_required", "Choose the person proposed: the form is given to an individual.");

    public static DomainError CollectiveMismatch() =>
        new("sudden.collective_mismatch", "A collective form goes to a unit and an individual form to a person.");

    public static DomainError AchievementRequired() =>
        new("sudden.achievement_required", "Describe the achievement.");

    public static DomainError AchievementTooLong(int max) =>
        new("sudden.achievement_too_long", $"The achievement has at most {max} characters.", max.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DomainError NoCouncilReview() =>
        new("sudden.no_council_review", "The rule set does not send this form to the council.");

    /// <summary>The item is the current status.</summary>
    public static DomainError WrongStatus(SuddenProposalStatus status) =>
        new("sudden.wrong_status", $"The proposal is {status}; this step does not apply.", status.ToString());

    public static DomainError AwaitsCouncil() =>
        new("sudden.awaits_council", "The council reviews this proposal before the leadership decides.");

    public static DomainError ReasonRequired() =>
        new("sudden.reason_required", "Give the reason.");

    public static DomainError FormRequired() => new("sudden.form_required", "Choose the form of commendation.");

    public static DomainError UnknownRecipient() =>
        new("sudden.unknown_recipient", "Choose a unit in operation and, for an individual form, a person on its staff.");

    public static DomainError NotFound() => new("sudden.not_found", "There is no such proposal.");

    public static DomainError EvidenceClosed() =>
        new("sudden.evidence_closed", "Evidence can be added or removed only while the proposal waits.");
}
