using Emulation.Domain.Awards;

namespace Emulation.Web.Services.Decisions;

/// <summary>A published decision in the public index: number, date, issuer and how many awards it publishes.</summary>
public sealed record PublicDecisionSummary(int Id, string Number, DateOnly Date, string IssuerName, int Published);

/// <summary>The public index: the years that have published decisions, the year shown, and its decisions.</summary>
public sealed record PublicDecisionIndex(IReadOnlyList<int> Years, int? Year, IReadOnlyList<PublicDecisionSummary> Decisions);

/// <summary>
/// A line of a published decision: only what the public may read (name, unit, title or form, kind); a revoked award
/// names the revoking decision.
/// </summary>
public sealed record PublicAwardLine(string RecipientName, bool Collective, string UnitName, Title Title, AwardKind Kind,
    string? RevokedByNumber);

public sealed record PublicDecision(int Id, string Number, DateOnly Date, string IssuerName, string SignerName,
    string SignerPosition, IReadOnlyList<PublicAwardLine> Lines);
