namespace Emulation.Domain.Scoring;

/// <summary>Facts about a unit's members in this evaluation, from which collective titles are decided.</summary>
internal sealed class UnitFacts(UnitScore score, RankedUnit rank, int evaluationYear)
{
    public UnitScore Score { get; } = score;
    public RankedUnit Rank { get; } = rank;
    public int EvaluationYear { get; } = evaluationYear;
    public int ListedMembers { get; set; }
    public int AdvancedWorkers { get; set; }
    public int Fighters { get; set; }
    public int BarredByDiscipline { get; set; }
    public int NotCompleted { get; set; }

    /// <summary>The larger of the declared headcount and the people listed, so nobody unlisted is silently dropped.</summary>
    public int Members => Math.Max(Score.Unit.Members, ListedMembers);

    public bool ExcellentCollectiveThisYear { get; set; }

    public bool MetTargets => !Score.HasMissing && Score.LowestTargetRatio is >= 1m;
}
