using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Web.Services.Submissions;

namespace Emulation.Web.Services.Home;

/// <summary>What the union officer must act on: each running campaign, and the councils still to convene.</summary>
public sealed record OfficerHome(IReadOnlyList<OfficerCampaign> Campaigns, IReadOnlyList<SessionToOpen> SessionsToOpen);

/// <summary>
/// A campaign not yet closed: its stage and next deadline, how many submissions wait for the officer's review, and the
/// units that are late or were returned something.
/// </summary>
public sealed record OfficerCampaign(int Id, string Name, CampaignStatus Status, DateOnly? NextDeadline,
    int AwaitingReview, IReadOnlyList<UnitFlag> Units);

public enum UnitFlagKind
{
    /// <summary>The deadline passed and the unit has not submitted.</summary>
    Late,

    /// <summary>The officer returned it and the unit has not submitted it again.</summary>
    Returned,
}

public sealed record UnitFlag(int UnitId, string UnitName, SubmissionKind Kind, UnitFlagKind Flag);

/// <summary>A campaign in review with nominations the council has not voted on, and no session open.</summary>
public sealed record SessionToOpen(int CampaignId, string CampaignName, int Proposed);

/// <summary>
/// A campaign the head's unit takes part in, while it takes pledges or results; while it takes pledges, how many of the
/// unit's staff in post registered their personal pledge, for the head to check.
/// </summary>
public sealed record HeadCampaign(int CampaignId, string CampaignName, CampaignStatus Status, int UnitId,
    SubmissionStatus Pledge, DateOnly? PledgeDeadline, SubmissionStatus Results, DateOnly? ResultsDeadline,
    string? ReturnReason, int StaffCount = 0, int StaffPledged = 0)
{
    /// <summary>Staff pledge for themselves while the campaign takes pledges; the head checks them then.</summary>
    public bool TakesStaffPledges => Status == CampaignStatus.Launched;

    /// <summary>What the head must do next on this campaign: the pledge while pledges are open, else the results.</summary>
    public SubmissionKind Due => Status == CampaignStatus.Launched ? SubmissionKind.Pledge : SubmissionKind.Results;

    public SubmissionStatus DueStatus => Due == SubmissionKind.Pledge ? Pledge : Results;

    public DateOnly? DueDeadline => Due == SubmissionKind.Pledge ? PledgeDeadline : ResultsDeadline;

    /// <summary>
    /// Which submission <see cref="ReturnReason"/> belongs to (the results before the pledge, as the reason is chosen):
    /// not always the one due, as the officer can return the results report while pledges are still open.
    /// </summary>
    public SubmissionKind? ReturnedKind => ReturnReason is null ? null
        : Results == SubmissionStatus.Returned ? SubmissionKind.Results : SubmissionKind.Pledge;
}

/// <summary>An open council session the member sits on, with how many of its nominations they have voted on.</summary>
public sealed record OpenBallot(int SessionId, int CampaignId, string CampaignName, DateOnly HeldOn, int Nominations,
    int Voted);

/// <summary>
/// A campaign with nominations the council passed and nobody decided yet: <paramref name="Passed"/> for the agency's own
/// decision, <paramref name="ToSendUp"/> for a higher level, to be sent up in a dossier.
/// </summary>
public sealed record AwaitingApproval(int CampaignId, string CampaignName, int Passed, int ToSendUp);

/// <summary>What the receiving board does next on a dossier it holds.</summary>
public enum BoardStep
{
    /// <summary>Received, nothing written yet: appraise, return it, or put it to the board's council.</summary>
    Appraise,

    /// <summary>Appraisal notes written; still to return it or put it to the council.</summary>
    UnderAppraisal,

    /// <summary>The board's council is voting on it: the appraiser closes the session once the members have voted.</summary>
    CloseSession,

    /// <summary>The council passed nominees who wait for the chairman's decision.</summary>
    IssueDecision,
}

/// <summary>
/// A dossier with the receiving board (sent, not returned nor decided): its letter, how many nominees it still holds,
/// and the board's next step on it; <paramref name="SessionId"/> is the council's open session, <paramref name="Passed"/>
/// how many nominees the council passed that wait for the decision.
/// </summary>
public sealed record BoardDossierStep(int ProposalId, string Number, DateOnly Date, string CampaignName, int Nominees,
    BoardStep Step, int? SessionId, int Passed);

/// <summary>An open session of the board's council the member sits on, with how many of its nominees they voted on.</summary>
public sealed record BoardBallot(int SessionId, string ProposalNumber, DateOnly HeldOn, int Nominations, int Voted);
