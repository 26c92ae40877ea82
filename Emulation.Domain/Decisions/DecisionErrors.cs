using Emulation.Domain.Common;

namespace Emulation.Domain.Decisions;

public static class DecisionErrors
{
    public static DomainError NumberRequired() =>
        new("decision.number_required", "A decision number is required (e.g. 125/QĐ-VP).");

    public static DomainError NumberFormat(string number) =>
        new("decision.number_format", $"'{number}' is not a number and symbol such as 125/QĐ-VP.", number);

    public static DomainError NumberTaken(string number, int year) =>
        new("decision.number_taken", $"Decision number {number} has already been used by this issuer in {year}.", number);

    /// <summary>The deciding level's decision on a dossier follows the vote of the receiving board's own council.</summary>
    public static DomainError BoardCouncilRequired() =>
        new("decision.board_council_required", "The board's council has not voted on this dossier yet: open its session, let it vote and close it.");

    /// <summary>The item names the nominee the board's council did not pass.</summary>
    public static DomainError NotPassedByBoardCouncil(string nominee) =>
        new("decision.not_passed_by_board_council", $"The board's council did not pass {nominee}; no decision grants it.", nominee);

    public static DomainError SignerRequired() =>
        new("decision.signer_required", "The signer's name and position are required.");

    public static DomainError ReasonRequired() =>
        new("decision.reason_required", "A revocation needs a reason.");

    public static DomainError NothingListed() =>
        new("decision.nothing_listed", "A decision must list at least one award.");

    public static DomainError AwardAlreadyRevoked(string recipient) =>
        new("award.already_revoked", $"The award to {recipient} has already been revoked.", recipient);

    /// <summary>A revocation dated <paramref name="revokedOn"/>, before the award's own decision of <paramref name="grantedOn"/>.</summary>
    public static DomainError RevokedBeforeGranted(string recipient, DateOnly grantedOn, DateOnly revokedOn) =>
        new("award.revoked_before_granted",
            $"The award to {recipient} was granted on {grantedOn:yyyy-MM-dd}; it cannot be revoked by a decision of {revokedOn:yyyy-MM-dd}.", recipient)
        {
            Facts = DomainError.FactsOf(("grantedOn", grantedOn), ("revokedOn", revokedOn)),
        };

    public static DomainError AwardRevoked(string recipient) =>
        new("award.revoked", $"The award to {recipient} was revoked; a revoked award cannot be approved again.", recipient);

    public static DomainError BasisRevoked(string recipient) =>
        new("nomination.basis_revoked", $"The recommendation for {recipient} relied on an award that has since been revoked; evaluate again.", recipient);

    /// <summary>The agency's decision may grant only what its head decides (Law 06/2022 Art. 80(1)); the item names the nominee.</summary>
    public static DomainError DecidedAbove(string recipient) =>
        new("decision.decided_above", $"The title proposed for {recipient} is decided by a higher level: send it up in a proposal dossier.", recipient);
}
