using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>
/// How a quota was applied to one candidate: cap × base, rounded, and where the candidate stood. The scope unit is the
/// candidate's own unit for a quota per unit.
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
}
