using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Council;

namespace Emulation.Web.Services.Council;

public sealed class OpenSessionInput
{
    public DateTime? HeldOn { get; set; }
    public string ChairUserName { get; set; } = "";
}

/// <summary>
/// A council member: their unit, and the agency (or receiving board) whose council they sit on, by which an account
/// keeping the whole deployment tells whom each agency's sessions seat; null in a deployment with no agency.
/// </summary>
public sealed record CouncilSeatView(string UserName, string FullName, string? UnitName, string? CouncilOf);

public sealed record SessionMemberView(string UserName, string FullName, string? UnitName, bool Present, bool IsChair);

/// <summary>
/// One nomination on the agenda, its count, and whether the signed-in member has voted on it (how, the application
/// does not know: the ballot is secret). While the session is open the count says how many voted, not how
/// (<see cref="SessionCount.WithoutChoices"/>); counts entered from paper are the secretary's and shown as entered.
/// </summary>
public sealed record AgendaItemView(int NominationId, string SubjectName, string UnitName, Title Title,
    NominationStatus Status, SessionCount Count, bool IVoted, bool IRecuse, string? Outcome)
{
    /// <summary>The "yes" votes the nomination needs, counted against all members (Decree 98/2023 Art. 30(7)).</summary>
    public ThresholdView? Threshold { get; init; }

    /// <summary>The council's decision as counted when the session closed; null while it is open.</summary>
    public bool? Passed { get; init; }

    /// <summary>
    /// The nominee's unit had its results returned since the item was put on the agenda: it is not voted on in this
    /// session, and closing leaves it undecided for a later one.
    /// </summary>
    public bool ResultsReturned { get; init; }
}

/// <summary>
/// A nomination's threshold: <see cref="Needed"/> "yes" votes out of <see cref="OutOf"/> members, the share being
/// <see cref="ShareNumerator"/>/<see cref="ShareDenominator"/> (more than it when <see cref="Strict"/>, else at least).
/// </summary>
public sealed record ThresholdView(int Needed, int OutOf, int ShareNumerator, int ShareDenominator, bool Strict)
{
    /// <summary>The share as a percent, e.g. 80 for 4/5 or 66.67 for 2/3.</summary>
    public decimal Percent => Math.Round(100m * ShareNumerator / ShareDenominator, 2);
}

public sealed record CouncilSessionView(
    int Id,
    int CampaignId,
    string CampaignName,
    DateOnly HeldOn,
    CouncilSessionStatus Status,
    string ChairName,
    string SecretaryName,
    int Members,
    int Present,
    int Quorum,
    IReadOnlyList<SessionMemberView> Seats,
    IReadOnlyList<AgendaItemView> Agenda,
    bool IAmMember,
    bool IAmPresent)
{
    /// <summary>The session's concurrency version when read by id (the API's ETag); empty otherwise.</summary>
    public Guid Version { get; init; }

    /// <summary>The dossier a receiving board's council meets on; null for the agency's council.</summary>
    public int? ProposalId { get; init; }

    /// <summary>Whether the rule set in force counts written ballots of absent members, which the secretary records.</summary>
    public bool WrittenBallotsCounted { get; init; }

    /// <summary>
    /// Only in the answer to a member's own ballot sheet: the receipt code to keep, with which they can later confirm
    /// their ballots were counted. It is stored nowhere.
    /// </summary>
    public string? Receipt { get; init; }
}

public sealed record CouncilSessionSummary(int Id, int CampaignId, string CampaignName, DateOnly HeldOn,
    CouncilSessionStatus Status, int Members, int Present, int AgendaItems);

/// <summary>A session of a receiving board's council, on the dossier <paramref name="ProposalNumber"/>.</summary>
public sealed record BoardSessionSummary(int Id, int ProposalId, string ProposalNumber, DateOnly HeldOn,
    CouncilSessionStatus Status, int AgendaItems);

/// <summary>
/// A receiving board's council on one dossier: its sessions, newest first; the nominees it passed that wait for the
/// deciding level's decision (<paramref name="Passed"/>); those still undecided (<paramref name="Undecided"/>).
/// </summary>
public sealed record DossierCouncilView(IReadOnlyList<CouncilSessionView> Sessions, IReadOnlyList<int> Passed,
    IReadOnlyList<int> Undecided)
{
    /// <summary>The session still open on the dossier, if any.</summary>
    public CouncilSessionView? Open => Sessions.FirstOrDefault(s => s.Status == CouncilSessionStatus.Open);

    /// <summary>
    /// Why a session on the undecided nominees cannot open today (a consultation not published since the dossier was
    /// last sent, or still running), as opening it would be refused; empty when it may open, or nothing waits for one.
    /// </summary>
    public IReadOnlyList<DomainError> OpenRefusal { get; init; } = [];
}
