using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;

namespace Emulation.Web.Services.Awards;

/// <param name="Explanation">Why the engine recommended it, as data (null for one added by hand): words it where shown.</param>
public sealed record NominationView(int Id, int? PersonId, string SubjectName, string UnitName, Title Title,
    NominationStatus Status, BallotTally? Ballot, Explanation? Explanation, string? BallotExplanation, string? RejectionReason,
    NominationTrail? Trail = null)
{
    /// <summary>The campaign the nomination belongs to.</summary>
    public int CampaignId { get; init; }

    /// <summary>The explanation as text, for a nomination made before explanations were kept as data.</summary>
    public string? LegacyExplanation { get; init; }

    /// <summary>Who the explanation is about, by name.</summary>
    public ExplainedSubject Subject => new(SubjectName, UnitName, PersonId is null);
}

/// <summary>Who added or withdrew a nomination by hand, when and why, and its public consultation's last day.</summary>
public sealed record NominationTrail(string? AddedReason, string? AddedBy, DateTimeOffset? AddedAt, string? WithdrawalReason,
    string? WithdrawnBy, DateTimeOffset? WithdrawnAt, DateOnly? ConsultationLastDay);

public sealed class DecisionInput
{
    public string DecisionNumber { get; set; } = "";
    public DateTime? DecisionDate { get; set; }

    /// <summary>Who signs; blank means the signed-in leader's full name.</summary>
    public string SignerName { get; set; } = "";

    /// <summary>The signer's position; blank means the configured default (Chánh Văn phòng).</summary>
    public string SignerPosition { get; set; } = "";
}

public sealed record AwardView(int Id, string RecipientName, string UnitNameAtDecision, int Year, Title Title,
    AwardKind Kind, string DecisionNumber, DateOnly DecisionDate, string IssuerName);
