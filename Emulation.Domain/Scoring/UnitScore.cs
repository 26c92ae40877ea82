using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Scoring;

/// <summary>A unit's scored table: one line per criterion, the total (which may exceed 100 with bonuses).</summary>
public sealed class UnitScore
{
    internal UnitScore(UnitInput unit, ScoreLine[] lines)
    {
        Unit = unit;
        Lines = lines;
        decimal total = 0m;
        decimal scoredMax = 0m;
        decimal? minRatio = null;
        int missing = 0;
        foreach (var line in lines)
        {
            total += line.Points;
            if (line.Status == LineStatus.Missing)
            {
                missing++;
            }

            if (line.Kind == CriterionKind.Scored)
            {
                scoredMax += line.MaxPoints;
                if (line.Criterion.NeedsTarget)
                {
                    decimal r = line.AchievementRatio ?? 0m;
                    minRatio = minRatio is null ? r : Math.Min(minRatio.Value, r);
                }
            }
        }

        Total = total;
        ScoredMaximum = scoredMax;
        MissingCount = missing;
        LowestTargetRatio = minRatio;
    }

    public int UnitId => Unit.UnitId;
    public string UnitName => Unit.Name;
    public int? BlocId => Unit.BlocId;
    public decimal Total { get; }

    /// <summary>The sum of the scored criteria's weighted maximums (bonuses and penalties excluded).</summary>
    public decimal ScoredMaximum { get; }

    /// <summary>Total as a percentage of <see cref="ScoredMaximum"/>.</summary>
    public decimal PercentOfMaximum => ScoredMaximum == 0m ? 0m : Math.Round(Total * 100m / ScoredMaximum, 2, MidpointRounding.AwayFromZero);

    public int MissingCount { get; }
    public bool HasMissing => MissingCount > 0;

    /// <summary>The weakest achievement ratio among targeted criteria (missing counts as 0); null without targets.</summary>
    public decimal? LowestTargetRatio { get; }

    public IReadOnlyList<ScoreLine> Lines { get; }

    public ScoreLine? LineFor(string code)
    {
        foreach (var line in Lines)
        {
            if (line.Code == code)
            {
                return line;
            }
        }

        return null;
    }

    internal UnitInput Unit { get; }
}
