using Emulation.Domain.Awards;
using Emulation.Domain.Sudden;
using Emulation.Web.Services.EvidenceFiles;

namespace Emulation.Web.Services.Sudden;

/// <summary>What a proposer fills in: a person (or none, for the collective), the unit, the form and the achievement.</summary>
public sealed class SuddenProposalInput
{
    public int? PersonId { get; set; }
    public int UnitId { get; set; }
    public Title? Title { get; set; }
    public string Achievement { get; set; } = "";
}

/// <summary>A form the caller may propose on the spot, with the article and whether the council reviews it.</summary>
public sealed record SuddenForm(Title Title, bool Collective, bool CouncilReview, string Article);

public sealed record SuddenUnitOption(int Id, string Name);

public sealed record SuddenPersonOption(int Id, string FullName, string? Code, int UnitId)
{
    /// <summary>The person died: the award is given posthumously (truy tặng).</summary>
    public bool Deceased { get; init; }
}

/// <summary>What the proposal form offers the caller, read once.</summary>
public sealed record SuddenProposalOptions(IReadOnlyList<SuddenForm> Forms, IReadOnlyList<SuddenUnitOption> Units,
    IReadOnlyList<SuddenPersonOption> People);

/// <param name="ProposedBy">The proposer's full name, as people know them (the user name of an account no longer there).</param>
public sealed record SuddenProposalRow(int Id, string RecipientName, string UnitName, Title Title,
    SuddenProposalStatus Status, bool CouncilReview, string ProposedBy, DateTimeOffset ProposedAt, int? DecisionId,
    AwardKind Kind = AwardKind.Sudden);

/// <summary>
/// One proposal as its page shows it, with what the caller may do now: add evidence (the proposer's side), record the
/// council's opinion (the officer), decide or turn it down (the leadership).
/// </summary>
public sealed record SuddenProposalDetail(SuddenProposalRow Row, int? PersonId, int UnitId, string Achievement,
    string Article, string? RejectionReason, string? ReviewedBy, string? DecisionNumber, int? AwardId,
    IReadOnlyList<EvidenceItem> Evidence, long MaxEvidenceBytes, bool CanAddEvidence, bool CanReview, bool CanDecide);
