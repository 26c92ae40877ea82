namespace Emulation.Domain.Scoring;

/// <summary>A unit's place within its bloc (units without a bloc are ranked together, BlocId null).</summary>
public sealed record RankedUnit(int UnitId, int? BlocId, int Rank, decimal Total, string? TieBreakNoteVi, string? TieBreakNoteEn)
{
    /// <summary>How a tie on the total was settled, or null when there was no tie.</summary>
    public string? TieBreakNote => TieBreakNoteEn;

    public string? TieBreakNoteIn(string culture) =>
        culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? TieBreakNoteVi : TieBreakNoteEn;
}
