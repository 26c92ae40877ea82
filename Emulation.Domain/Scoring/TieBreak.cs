using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>
/// How a tie on the total with a neighbour in the ranking was settled: the other unit, the total both reached, whether
/// this unit ranked ahead of it, and the step of the tie-break chain that decided; <see cref="DecidedBy"/> is null when
/// no step told them apart and the fixed last rule (the lower unit id first) did. The web layer words it.
/// </summary>
public sealed record TieBreak(int OtherUnitId, decimal Total, bool Ahead, TieBreakStep? DecidedBy)
{
    /// <summary>The share of women that made a collective "women" under the rule set, when the women rule decided.</summary>
    public Fraction? WomenShare { get; init; }
}
