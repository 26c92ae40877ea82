using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;

namespace Emulation.Web.Services.Decisions;

/// <summary>What leadership fills in to issue a revocation decision.</summary>
public sealed class RevocationInput
{
    public string Number { get; set; } = "";
    public DateTime? Date { get; set; }
    public string SignerName { get; set; } = "";
    public string SignerPosition { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed record DecisionSummary(int Id, DecisionKind Kind, string Number, DateOnly Date, string IssuerName,
    string SignerName, string SignerPosition, int? CampaignId, int AwardCount);

/// <summary>One award a decision grants or revokes, with the recipient's name as it is and the unit's as it was.</summary>
public sealed record DecisionLine(int AwardId, int? PersonId, int UnitId, string RecipientName, string? Position,
    string UnitNameAtDecision, Title Title, AwardKind Kind, decimal? CashVnd, bool Revoked, string? VerificationCode, string AwardIssuerName)
{
    /// <summary>The person's gender, for "ông"/"bà" in the decision's text; null for a collective.</summary>
    public Emulation.Domain.Organization.Gender? Gender { get; init; }

    /// <summary>The person died on or before the decision date: the award is given posthumously (<see cref="Emulation.Domain.Awards.Posthumous"/>).</summary>
    public bool Posthumous { get; init; }

    /// <summary>
    /// A title the decision's campaign may not give (<see cref="Emulation.Domain.Campaigns.Campaign.OffersFor"/>): a
    /// yearly emulation title granted in a thematic campaign before that was refused. It stays until revoked.
    /// </summary>
    public bool NotOffered { get; init; }
}

/// <summary>
/// A standing award of a campaign whose title the campaign may not give (<see cref="DecisionLine.NotOffered"/>), with the
/// decision that granted it, where it is revoked.
/// </summary>
public sealed record NotOfferedAward(int AwardId, string RecipientName, Title Title, int DecisionId, string DecisionNumber);

public sealed record DecisionDetail(DecisionSummary Decision, string? Reason, string? CampaignName, int? CampaignYear,
    IReadOnlyList<DecisionLine> Lines, IReadOnlyList<string> RevokedDecisionNumbers)
{
    public decimal TotalCashVnd => Lines.Sum(l => l.CashVnd ?? 0);

    /// <summary>
    /// For a decision of the level above issued on a proposal dossier: the dossier's submission letter ("số … ngày …") and
    /// the agency that sent it; null for the agency's own decisions.
    /// </summary>
    public (string Letter, string Agency)? AnswersProposal { get; init; }

    /// <summary>
    /// For a decision on proposals outside the yearly campaign (sudden, long service): whether the council reviewed them
    /// before the leadership decided, as the rule set asked when each was proposed; false when none was reviewed.
    /// </summary>
    public bool ReviewedByCouncil { get; init; } = true;

    /// <summary>
    /// The base salary and rounding of the rule set in force on the decision date, which the amounts were computed with
    /// (Decree 98/2023 Art. 53): shown with the total; null when the decision carries no cash or the rule set knows none.
    /// </summary>
    public Emulation.Domain.Rules.CashBasis? CashBasis { get; init; }
}

/// <summary>All the public verification page shows: nothing that is not printed on the certificate.</summary>
/// <remarks><paramref name="IssuedHere"/>: the decision was issued in this deployment (its PDF is produced and signed here),
/// not recorded by hand from another level; <paramref name="IssuedByTheBoard"/>: issued here by the receiving board, for
/// its chairman, and signed with the board's certificate.</remarks>
public sealed record VerificationView(string RecipientName, Title Title, string DecisionNumber, DateOnly DecisionDate,
    bool Revoked, bool IssuedHere = false, bool IssuedByTheBoard = false);

/// <summary>
/// One award on a profile; <paramref name="DecisionId"/> is set when a decision issued here granted it, so that its
/// decision and certificate can be downloaded.
/// </summary>
/// <summary>
/// An award on a profile: granted by a decision issued here (<see cref="IssuedHere"/>, its id in
/// <paramref name="DecisionId"/>) or by a higher authority's decision recorded here; a revoked one names the revoking
/// decision (<paramref name="RevokedByNumber"/>).
/// </summary>
public sealed record ProfileAward(int AwardId, int Year, Title Title, AwardKind Kind, string DecisionNumber,
    DateOnly DecisionDate, string IssuerName, string UnitNameAtDecision, decimal? CashVnd, bool Revoked,
    string? RecipientName, int? DecisionId = null, string? RevokedByNumber = null, string? SignerName = null,
    string? SignerPosition = null)
{
    public bool IssuedHere => DecisionId is not null;

    /// <summary>Who signed, as every list of awards names them (<see cref="SignatureLine"/>).</summary>
    public string Signature => SignatureLine.Of(IssuerName, SignerPosition, SignerName);
}

public sealed record ProfileYear(int Year, Emulation.Domain.Results.QualityRating Rating,
    Emulation.Domain.Results.InitiativeLevel Initiative, Emulation.Domain.Results.DisciplineLevel Discipline);

/// <summary>A document on a profile; a decision issued here carries its id (<paramref name="DecisionId"/>) for download.</summary>
public sealed record ProfileDocument(int Year, string FileName, string Kind, string? Note, int? DecisionId = null);

/// <summary>
/// A person's or unit's achievement record (hồ sơ thành tích) across years; <paramref name="CallerSeesUnit"/>: whether the
/// caller may open the unit's own profile (a member of staff reads their own record, not their unit's).
/// </summary>
public sealed record AchievementProfile(string Name, string? Position, string UnitName, int UnitId,
    IReadOnlyList<ProfileAward> Awards, IReadOnlyList<ProfileYear> Ratings, IReadOnlyList<ProfileDocument> Documents,
    IReadOnlyList<string> FormerNames, bool CallerSeesUnit = true);
