namespace Emulation.Domain.Scoring;

/// <summary>
/// A unit's place within its bloc (units without a bloc are ranked together, BlocId null), and how a tie on its total
/// with the unit above or below was settled (none when it shares its total with neither).
/// </summary>
public sealed record RankedUnit(int UnitId, int? BlocId, int Rank, decimal Total, IReadOnlyList<TieBreak> TieBreaks);
