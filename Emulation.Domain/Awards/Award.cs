using Emulation.Domain.Common;
using Emulation.Domain.Decisions;

namespace Emulation.Domain.Awards;

/// <summary>A title or commendation a person or unit received: the history streak rules read.</summary>
public sealed class Award
{
    /// <summary>Titles or awards recorded for one person or unit in one year; a handful in practice.</summary>
    public const int MaxPerYear = 100;

    public const int DecisionNumberMaxLength = 50;
    public const int IssuerMaxLength = 200;
    public const int UnitNameMaxLength = 200;
    public const int VerificationCodeMaxLength = 64;

    /// <summary>The shortest public verification code accepted: long enough not to be guessed.</summary>
    public const int VerificationCodeMinLength = 16;

    private Award(int? personId, int unitId, string unitNameAtDecision, int year, Title title, AwardKind kind,
        string decisionNumber, DateOnly decisionDate, string issuerName)
    {
        PersonId = personId;
        UnitId = unitId;
        UnitNameAtDecision = unitNameAtDecision;
        Year = year;
        Title = title;
        Kind = kind;
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        IssuerName = issuerName;
    }

    public int Id { get; private set; }

    /// <summary>The person awarded; null for an award to the unit itself.</summary>
    public int? PersonId { get; private set; }

    public int UnitId { get; private set; }
    public string UnitNameAtDecision { get; private set; }
    public int Year { get; private set; }
    public Title Title { get; private set; }
    public AwardKind Kind { get; private set; }
    public string DecisionNumber { get; private set; }
    public DateOnly DecisionDate { get; private set; }
    public string IssuerName { get; private set; }
    public int? NominationId { get; private set; }

    /// <summary>The decision that granted it; null for history recorded before decisions were issued here.</summary>
    public int? DecisionId { get; private set; }

    /// <summary>Random, unguessable code printed as a QR code on the certificate for the public verification page.</summary>
    public string? VerificationCode { get; private set; }

    /// <summary>Multiplier × base salary in force on the decision date; null when the rule set has no multiplier.</summary>
    public decimal? CashVnd { get; private set; }

    /// <summary>The revocation decision that withdrew it; a revoked award counts for nothing.</summary>
    public int? RevokedByDecisionId { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public bool IsRevoked => RevokedByDecisionId is not null;

    public static Award Grant(int? personId, int unitId, string unitNameAtDecision, int year, Title title,
        AwardKind kind, string decisionNumber, DateOnly decisionDate, string issuerName, int? nominationId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuerName);
        return new Award(personId, unitId, unitNameAtDecision, year, title, kind, decisionNumber.Trim(), decisionDate,
            issuerName.Trim()) { NominationId = nominationId };
    }

    /// <summary>Ties a new award to the decision that grants it, with its verification code and cash amount.</summary>
    public void IssueUnder(int decisionId, string verificationCode, decimal? cashVnd)
    {
        if (DecisionId is not null)
        {
            throw new BusinessRuleViolationException("AwardIsIssuedUnderOneDecision", "The award already belongs to a decision.");
        }

        if (verificationCode.Length is < VerificationCodeMinLength or > VerificationCodeMaxLength)
        {
            throw new ArgumentException("The verification code must be 16 to 64 characters.", nameof(verificationCode));
        }

        DecisionId = decisionId;
        VerificationCode = verificationCode;
        CashVnd = cashVnd;
    }

    /// <summary>
    /// Why a revocation dated <paramref name="revokedOn"/> cannot withdraw the award: it was revoked already, or the
    /// revocation would come before the decision that granted it; null when it can.
    /// </summary>
    public DomainError? RevocationRefusal(DateOnly revokedOn, string recipientName) =>
        IsRevoked ? DecisionErrors.AwardAlreadyRevoked(recipientName)
        : revokedOn < DecisionDate ? DecisionErrors.RevokedBeforeGranted(recipientName, DecisionDate, revokedOn)
        : null;

    /// <summary>Withdraws the award under a revocation decision; an award is revoked once, and not before it was granted.</summary>
    public Result Revoke(Decision revocation, string recipientName)
    {
        if (revocation.Kind != DecisionKind.Revocation)
        {
            throw new BusinessRuleViolationException("OnlyARevocationRevokes", "Only a revocation decision revokes awards.");
        }

        if (RevocationRefusal(revocation.Date, recipientName) is { } refused)
        {
            return Result.Failure(refused);
        }

        RevokedByDecisionId = revocation.Id;
        RevokedOn = revocation.Date;
        return Result.Success();
    }
}
