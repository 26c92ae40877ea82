using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>
/// How a quota was applied to one candidate: cap × base, rounded, and where the candidate stood. The scope unit is the
/// candidate's own unit for a quota per unit (and per bloc, for a unit in no bloc); the scope bloc is the candidate's unit's
/// bloc for a quota per bloc.
/// </summary>
public sealed record QuotaArithmetic(
    Title Title,
    decimal CapPercent,
    QuotaBase Base,
    int BaseCount,
    RoundingMode Rounding,
    int Allowed,
    int Position,
    QuotaScope Scope,
    int? ScopeUnitId,
    string Source)
{
    public bool Within => Position <= Allowed;

    /// <summary>The bloc the cap was counted over, for a quota per bloc; null otherwise.</summary>
    public int? ScopeBlocId { get; init; }
}
