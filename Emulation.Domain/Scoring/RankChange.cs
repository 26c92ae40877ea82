namespace Emulation.Domain.Scoring;

/// <summary>A unit whose rank or total differs between the baseline and the changed evaluation.</summary>
public sealed record RankChange(int UnitId, int? BlocId, int BeforeRank, int AfterRank, decimal BeforeTotal, decimal AfterTotal)
{
    /// <summary>Positive when the unit moved up.</summary>
    public int Movement => BeforeRank - AfterRank;
}
