using System.Text.RegularExpressions;
using Emulation.Domain.Common;

namespace Emulation.Domain.Decisions;

/// <summary>
/// A commendation decision (quyết định khen thưởng) or a revocation (quyết định thu hồi): number and symbol, date,
/// signer, and the issuing agency's name as it was. Issued once and never changed afterwards; undoing one takes a new
/// revocation decision. The awards it grants or revokes point back to it.
/// </summary>
public sealed partial class Decision
{
    public const int NumberMaxLength = 50;
    public const int IssuerMaxLength = 200;
    public const int SignerMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    private Decision(DecisionKind kind, string number, DateOnly date, string issuerName, string signerName,
        string signerPosition, int? campaignId, string issuedBy, DateTimeOffset issuedAt, string? reason)
    {
        Kind = kind;
        Number = number;
        Date = date;
        Year = date.Year;
        IssuerName = issuerName;
        SignerName = signerName;
        SignerPosition = signerPosition;
        CampaignId = campaignId;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
        Reason = reason;
    }

    public int Id { get; private set; }
    public DecisionKind Kind { get; private set; }

    /// <summary>Number and symbol, e.g. "321/QĐ-VP"; unique per issuer and year.</summary>
    public string Number { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The year of <see cref="Date"/>: numbers restart every year.</summary>
    public int Year { get; private set; }

    public string IssuerName { get; private set; }
    public string SignerName { get; private set; }
    public string SignerPosition { get; private set; }
    public int? CampaignId { get; private set; }

    /// <summary>
    /// The proposal dossier this decision answers when the level above the agency issued it in this deployment (the
    /// provincial chairman's decision, issued by the receiving board); null for the agency's own decisions.
    /// </summary>
    public int? ProposalId { get; private set; }

    public string IssuedBy { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>Why the awards are revoked; null for an award decision.</summary>
    public string? Reason { get; private set; }

    public static Result<Decision> IssueAward(string number, DateOnly date, string issuerName, string signerName,
        string signerPosition, int campaignId, string issuedBy, DateTimeOffset issuedAt) =>
        Issue(DecisionKind.Award, number, date, issuerName, signerName, signerPosition, campaignId, issuedBy, issuedAt, null);

    /// <summary>
    /// The deciding level's award decision on nominees of the proposal dossier <paramref name="proposalId"/> (e.g. the
    /// provincial chairman's, issued by the receiving board of this deployment).
    /// </summary>
    public static Result<Decision> IssueAwardOnProposal(string number, DateOnly date, string issuerName, string signerName,
        string signerPosition, int campaignId, int proposalId, string issuedBy, DateTimeOffset issuedAt)
    {
        var issued = IssueAward(number, date, issuerName, signerName, signerPosition, campaignId, issuedBy, issuedAt);
        if (issued.IsSuccess)
        {
            issued.Value.ProposalId = proposalId;
        }

        return issued;
    }

    /// <summary>A decision outside any campaign: a sudden award (khen thưởng đột xuất) decided on a proposal.</summary>
    public static Result<Decision> IssueSuddenAward(string number, DateOnly date, string issuerName, string signerName,
        string signerPosition, string issuedBy, DateTimeOffset issuedAt) =>
        Issue(DecisionKind.Award, number, date, issuerName, signerName, signerPosition, null, issuedBy, issuedAt, null);

    public static Result<Decision> IssueRevocation(string number, DateOnly date, string issuerName, string signerName,
        string signerPosition, string reason, string issuedBy, DateTimeOffset issuedAt)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<Decision>.Failure(DecisionErrors.ReasonRequired());
        }

        return Issue(DecisionKind.Revocation, number, date, issuerName, signerName, signerPosition, null, issuedBy,
            issuedAt, reason.Trim());
    }

    /// <summary>Checks a number and symbol: digits, a slash, then a symbol of letters, digits and hyphens.</summary>
    public static Result<string> NormalizeNumber(string? number)
    {
        var trimmed = (number ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return Result<string>.Failure(DecisionErrors.NumberRequired());
        }

        return trimmed.Length <= NumberMaxLength && NumberPattern().IsMatch(trimmed)
            ? Result<string>.Success(trimmed)
            : Result<string>.Failure(DecisionErrors.NumberFormat(trimmed));
    }

    private static Result<Decision> Issue(DecisionKind kind, string number, DateOnly date, string issuerName,
        string signerName, string signerPosition, int? campaignId, string issuedBy, DateTimeOffset issuedAt, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuerName);
        var normalized = NormalizeNumber(number);
        var errors = new List<DomainError>(normalized.Errors);
        if (string.IsNullOrWhiteSpace(signerName) || string.IsNullOrWhiteSpace(signerPosition))
        {
            errors.Add(DecisionErrors.SignerRequired());
        }

        if (errors.Count > 0)
        {
            return Result<Decision>.Failure(errors);
        }

        return Result<Decision>.Success(new Decision(kind, normalized.Value, date, issuerName.Trim(), signerName.Trim(),
            signerPosition.Trim(), campaignId, issuedBy, issuedAt, reason));
    }

    [GeneratedRegex(@"^[0-9]{1,9}/[\p{L}0-9]+(-[\p{L}0-9]+)*$")]
    private static partial Regex NumberPattern();
}
