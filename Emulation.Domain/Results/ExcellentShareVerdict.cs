using Emulation.Domain.Rules;

namespace Emulation.Domain.Results;

/// <summary>
/// The facts of the cap on excellent ratings for one unit (or agency) and year: how many were rated excellent, the base
/// they are a share of, the cap that applied and how many it allows.
/// </summary>
public sealed record ExcellentShareVerdict(int Excellent, int BaseCount, ExcellentShareBase Base, decimal CapPercent,
    bool Exceptional, int Allowed)
{
    public bool IsWithinCap => Excellent <= Allowed;
}
