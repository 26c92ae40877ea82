using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;

namespace Emulation.Web.Services.Proposals;

/// <summary>A nomination as the proposals page shows it: who, what, who decides it and under which article.</summary>
public sealed record ProposalNominee(int Id, string SubjectName, string UnitName, Title Title, NominationStatus Status,
    AwardingLevel DecidedBy, string Article, int? ProposalId, string? RejectionReason, string? AwardDecision)
{
    /// <summary>Why the agency took the nominee out of the dossier returned for amendment; null while in it.</summary>
    public string? WithdrawalReason { get; init; }

    /// <summary>
    /// Passed and held because the officer returned its unit's results: not sent up until the unit submits again
    /// (<see cref="Nominations.ReturnedResults"/>).
    /// </summary>
    public bool ResultsReturned { get; init; }

    /// <summary>Still carried by the dossier: not taken out of it while it was back for amendment.</summary>
    public bool InDossier => Status != NominationStatus.Withdrawn;
}

public sealed record ProposalView(int Id, string Number, DateOnly Date, AwardingLevel DecidedBy, string Recipient,
    ProposalStatus Status, string? ReturnReason, int Resent, IReadOnlyList<ProposalNominee> Nominees)
{
    /// <summary>The receiving board in this deployment the dossier is addressed to; null when it goes outside.</summary>
    public string? Board { get; init; }

    /// <summary>The board's appraisal notes, in the order written.</summary>
    public IReadOnlyList<AppraisalNoteView> Notes { get; init; } = [];

    /// <summary>With the board, which has begun its appraisal (a note written).</summary>
    public bool UnderAppraisal => Status == ProposalStatus.Sent && Notes.Count > 0;

    /// <summary>The version read: a change made from this view names it, so that one saved in between is refused.</summary>
    public Guid Version { get; init; }
}

/// <summary>One appraisal note of the receiving board on a nominee: who wrote it (user name and full name), when, what.</summary>
public sealed record AppraisalNoteView(int NominationId, string Text, string By, string ByName, DateTimeOffset At);

/// <summary>A receiving board of this deployment, as the leadership picks where to send a dossier.</summary>
public sealed record ReceivingBoardOption(int Id, string Name);

/// <summary>
/// A campaign's work above the agency: the passed nominations that a higher level decides and that wait to be sent,
/// and the dossiers already sent with each nominee's state.
/// </summary>
public sealed record ProposalBoard(IReadOnlyList<ProposalNominee> Waiting, IReadOnlyList<ProposalView> Proposals);

public sealed class ProposalInput
{
    public string? Number { get; set; }
    public DateTime? Date { get; set; }
    public string? Recipient { get; set; }

    /// <summary>The receiving board in this deployment the dossier goes to; null when the receiving level is outside.</summary>
    public int? ReceivingUnitId { get; set; }
}

/// <summary>What the deciding level decided for some nominees of a dossier: granted under its decision, or not.</summary>
public sealed class ProposalOutcomeInput
{
    public bool Granted { get; set; } = true;
    public string? DecisionNumber { get; set; }
    public DateTime? DecisionDate { get; set; }
    public string? IssuerName { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// One dossier as the agency follows it (<see cref="ProposalService.DossierAsync"/>): the campaign it goes up from, the
/// letter with every nominee it carried (withdrawn ones with why) and the board's notes, each step of its way, and the
/// version a change names to be sure nobody changed it since (the API's <c>ETag</c>).
/// </summary>
public sealed record DossierView(int CampaignId, ProposalView Proposal, IReadOnlyList<DossierStep> History)
{
    /// <summary>The dossier's version (its <see cref="ProposalView.Version"/>), the API's <c>ETag</c>.</summary>
    public Guid Version => Proposal.Version;
}

/// <summary>
/// One step of a dossier's way, oldest first: sent (<see cref="ProposalStatus.Sent"/>, again after a return), returned
/// for amendment with the reasons, or closed once every nominee was decided; who took it (user name and full name),
/// when, and the letter's number it went under.
/// </summary>
public sealed record DossierStep(ProposalStatus Status, DateTimeOffset At, string By, string ByName, string Number,
    string? Reason);
