using Emulation.Domain.Common;

namespace Emulation.Domain.Proposals;

public static class ProposalErrors
{
    public static DomainError NumberRequired() =>
        new("proposal.number_required", "The submission letter's number and symbol are required.");

    public static DomainError RecipientRequired() =>
        new("proposal.recipient_required", "Name the authority the dossier is sent to.");

    public static DomainError Empty() =>
        new("proposal.empty", "A proposal dossier names at least one nomination.");

    /// <summary>One submission letter goes to one authority: a Bằng khen of the provincial chairman and a Prime Minister's one go in two.</summary>
    public static DomainError MixedLevels() =>
        new("proposal.mixed_levels", "The selected nominations are decided by different authorities; send one dossier to each.");

    public static DomainError NotSent(ProposalStatus status) =>
        new("proposal.not_sent", $"Only a dossier with the receiving level can be returned or decided; this one is {status}.", status.ToString());

    public static DomainError NotReturned(ProposalStatus status) =>
        new("proposal.not_returned", $"Only a returned dossier can be sent again; this one is {status}.", status.ToString());

    /// <summary>The item is the dossier's state.</summary>
    public static DomainError NotReturnedForAmendment(ProposalStatus status) =>
        new("proposal.not_returned_for_amendment",
            $"Nominees can be withdrawn from or added to a dossier only while it is returned for amendment; this one is {status}.",
            status.ToString());

    public static DomainError OtherCampaign() =>
        new("proposal.other_campaign", "Only a nominee of the dossier's own campaign can be added to it.");

    public static DomainError ReasonRequired() =>
        new("proposal.reason_required", "Say why the receiving level returned the dossier.");

    public static DomainError NotInProposal() =>
        new("proposal.not_in_proposal", "One of the selected nominations is not in this dossier.");

    /// <summary>The item is the longest length allowed.</summary>
    public static DomainError TooLong(int maxLength) =>
        new("proposal.too_long", $"At most {maxLength} characters.", maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DomainError ReportTextRequired() =>
        new("proposal.report_text_required", "Both parts of the achievement report need text.");

    /// <summary>The report can change while the nominee waits to be sent or the dossier is back for amendment.</summary>
    public static DomainError ReportLocked() =>
        new("proposal.report_locked", "The dossier is with the receiving level (or decided): its achievement reports can no longer change.");

    public static DomainError ReportNotAbove() =>
        new("proposal.report_not_above", "Only a nomination that goes up to a higher level has an achievement report.");

    /// <summary>The board in the deployment returns and decides its dossiers; the agency does not record them by hand.</summary>
    public static DomainError BoardDecides() =>
        new("proposal.board_decides", "The receiving board in this deployment returns and decides this dossier itself.");

    public static DomainError NotAddressedToBoard() =>
        new("proposal.not_addressed_to_board", "This dossier goes to a level outside the deployment; no board appraises it here.");

    /// <summary>The agency took the nominee out of the dossier while it was back for amendment: no note is written on them.</summary>
    public static DomainError NomineeWithdrawn() =>
        new("proposal.nominee_withdrawn", "The agency withdrew this nominee from the dossier; no appraisal note is written on a withdrawn nominee.");

    public static DomainError NoteRequired() =>
        new("proposal.note_required", "Write the appraisal note.");

    /// <summary>The unit chosen as the receiving level is not a receiving board of this deployment.</summary>
    public static DomainError UnknownBoard() =>
        new("proposal.unknown_board", "The chosen receiving level is not a receiving board of this deployment.");

    /// <summary>The dossier is not addressed to the board of the user acting (404 to them).</summary>
    public static DomainError NotForThisBoard() =>
        new("proposal.not_for_this_board", "No such dossier was sent to your board.");

    /// <summary>
    /// The campaign's results deadline falls after the day the staff ratings must be final for the dossier to reach the
    /// province in time (<see cref="DossierSchedule"/>). The item is the results deadline; the facts are the days, dd/MM/yyyy.
    /// </summary>
    public static DomainError ResultsAfterSchedule(DateOnly resultsDeadline, DossierSchedule schedule) =>
        new("proposal.results_after_schedule",
            $"Results are due on {resultsDeadline:yyyy-MM-dd}, but the ratings must be final by {schedule.RatingsBy:yyyy-MM-dd} for the council to meet and the dossier to leave by {schedule.SendBy:yyyy-MM-dd}.",
            Day(resultsDeadline))
        {
            Facts = DomainError.FactsOf(("ratingsBy", Day(schedule.RatingsBy)), ("sendBy", Day(schedule.SendBy)),
                ("consultationDays", schedule.ConsultationDays ?? 0)),
        };

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
