using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;

namespace Emulation.Web.Services.Proposals;

/// <summary>A nomination as the proposals page shows it: who, what, who decides it and under which article.</summary>
public sealed record ProposalNominee(int Id, string SubjectName, string UnitName, Title Title, NominationStatus Status,
    AwardingLevel DecidedBy, string Article, int? ProposalId, string? RejectionReason, string? AwardDecision);

public sealed record ProposalView(int Id, string Number, DateOnly Date, AwardingLevel DecidedBy, string Recipient,
    ProposalStatus Status, string? ReturnReason, int Resent, IReadOnlyList<ProposalNominee> Nominees);

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
