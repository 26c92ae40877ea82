using Emulation.Domain.Awards;

namespace Emulation.Web.Services.Records;

/// <summary>A person or unit found by the look-up; <paramref name="UnitName"/> is the person's unit now.</summary>
public sealed record LookupHit(int Id, string Name, string? Code, string UnitName, bool Active);

/// <summary>The units (a handful at most) and one page of the people a look-up found.</summary>
public sealed record LookupResult(IReadOnlyList<LookupHit> Units, IReadOnlyList<LookupHit> People, int PeopleTotal);

/// <summary>
/// Which awards to list across years: a title or form, a kind, a range of years (inclusive), the unit the award was
/// earned in, and words of the recipient's name or code. Every part is optional.
/// </summary>
public sealed record AwardFilter(Title? Title = null, AwardKind? Kind = null, int? FromYear = null, int? ToYear = null,
    int? UnitId = null, string? Search = null);

/// <summary>
/// An award in a look-up list: issued here (<paramref name="IssuedHere"/>: a decision issued in this app) or recorded
/// from a decision document issued outside it (a higher authority's, or one from before the app); a revoked one names
/// the revoking decision. <paramref name="SignerName"/> and <paramref name="SignerPosition"/> name who signed its decision
/// when it was issued here; awards recorded from elsewhere know only the authority (<see cref="Signature"/> reads both).
/// </summary>
public sealed record AwardListRow(int AwardId, int Year, Title Title, AwardKind Kind, string RecipientName, int? PersonId,
    int UnitId, string UnitNameAtDecision, string DecisionNumber, DateOnly DecisionDate, string IssuerName,
    bool IssuedHere, string? RevokedByNumber, string? SignerName = null, string? SignerPosition = null)
{
    public string Signature => Decisions.SignatureLine.Of(IssuerName, SignerPosition, SignerName);
}

public sealed record AwardListPage(IReadOnlyList<AwardListRow> Rows, int Total);
