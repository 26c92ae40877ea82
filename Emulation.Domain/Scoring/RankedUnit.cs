namespace Emulation.Domain.Scoring;

/// <summary>
/// A unit's place within its bloc (units without a bloc are ranked together, BlocId null), and how a tie on its total
/// with the unit above or below was settled (none when it shares its total with neither).
/// </summary>
public sealed record RankedUnit(int UnitId, int? BlocId, int Rank, decimal Total, IReadOnlyList<TieBreak> TieBreaks)
{
    /// <summary>Equal places: the same unit, bloc, rank and total, and the same ties settled the same way.</summary>
    public bool Equals(RankedUnit? other) =>
        other is not null && UnitId == other.UnitId && BlocId == other.BlocId && Rank == other.Rank && Total == other.Total &&
        TieBreaks.SequenceEqual(other.TieBreaks);

    public override int GetHashCode() => HashCode.Combine(UnitId, BlocId, Rank, Total, TieBreaks.Count);
}
