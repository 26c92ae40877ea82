using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class CriterionScorerTests
{
    private static readonly Criterion Proportional = Criterion.Scored("A", "A", "G", 20m, "x");
    private static readonly Criterion Lower = Criterion.Scored("L", "L", "G", 20m, "x", direction: CriterionDirection.LowerIsBetter);

    [Theory]
    [InlineData(50, 100, 10)]
    [InlineData(100, 100, 20)]
    [InlineData(0, 100, 0)]
    public void Proportional_ScoresMaxTimesAchievedOverTarget(decimal value, decimal target, decimal expected)
    {
        Assert.Equal(expected, CriterionScorer.Score(Proportional, value, target).Points);
    }

    [Fact]
    public void Proportional_WhenTargetExceeded_IsCappedAtMax()
    {
        var line = CriterionScorer.Score(Proportional, 150m, 100m);

        Assert.Equal(20m, line.Points);
        Assert.Equal(LineStatus.Capped, line.Status);
        Assert.Equal(1.5m, line.AchievementRatio);
        Assert.True(line.TargetMet);
    }

    [Fact]
    public void ATinyDivisor_CapsTheRatio_InsteadOfOverflowing()
    {
        var tiny = 0.000000000000000000000000001m;

        var lower = CriterionScorer.Score(Lower, tiny, 100m);
        var higher = CriterionScorer.Score(Proportional, 1000m, tiny);

        Assert.Equal((CriterionScorer.BestRatio, 20m), (lower.AchievementRatio, lower.Points));
        Assert.Equal((CriterionScorer.MaxRatio, 20m), (higher.AchievementRatio, higher.Points));
        Assert.Equal(2m, CriterionScorer.Ratio(CriterionDirection.LowerIsBetter, 50m, 100m));
        Assert.Equal(0.5m, CriterionScorer.Ratio(CriterionDirection.HigherIsBetter, 50m, 100m));
    }

    [Theory]
    [InlineData(5, 10, 20)]
    [InlineData(10, 10, 20)]
    [InlineData(20, 10, 10)]
    [InlineData(0, 0, 20)]
    [InlineData(4, 0, 0)]
    public void LowerIsBetter_InvertsTheRatio(decimal value, decimal target, decimal expected)
    {
        Assert.Equal(expected, CriterionScorer.Score(Lower, value, target).Points);
    }

    [Fact]
    public void Score_WhenValueMissing_ReportsMissing()
    {
        var line = CriterionScorer.Score(Proportional, null, 100m);

        Assert.Equal(LineStatus.Missing, line.Status);
        Assert.Null(line.Value);
        Assert.Equal(0m, line.Points);
    }

    [Theory]
    [InlineData(0.79, 0)]
    [InlineData(0.8, 10)]
    [InlineData(0.99, 10)]
    [InlineData(1.0, 20)]
    [InlineData(3.0, 20)]
    public void Bands_ScoreByTheHighestBandReached(decimal ratio, decimal expected)
    {
        var criterion = Criterion.Scored("B", "B", "G", 20m, "x", ScoringMethod.Bands,
            bands: [new ScoreBand(0.8m, 0.5m), new ScoreBand(1.0m, 1m)]);

        Assert.Equal(expected, CriterionScorer.Score(criterion, ratio * 100m, 100m).Points);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(0, 0)]
    public void YesNo_GivesFullOrNoPoints(decimal value, decimal expected)
    {
        var criterion = Criterion.Scored("Y", "Y", "G", 10m, "x", ScoringMethod.YesNo);

        Assert.Equal(expected, CriterionScorer.Score(criterion, value, null).Points);
    }

    [Fact]
    public void CouncilPoints_AreTakenAsGiven()
    {
        var criterion = Criterion.Scored("H", "H", "G", 10m, "x", ScoringMethod.CouncilPoints);

        Assert.Equal(7.5m, CriterionScorer.Score(criterion, 7.5m, null).Points);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 10)]
    public void Bonus_IsPerOccurrenceUpToItsCap(decimal occurrences, decimal expected)
    {
        var bonus = Criterion.Bonus("T1", "Cờ thi đua", 5m, 10m, "lần");

        Assert.Equal(expected, CriterionScorer.Score(bonus, occurrences, null).Points);
    }

    [Theory]
    [InlineData(1, -2)]
    [InlineData(10, -5)]
    public void Penalty_IsDeductedUpToItsCap(decimal occurrences, decimal expected)
    {
        var penalty = Criterion.Penalty("P1", "Báo cáo trễ", 2m, 5m, "lần");

        var line = CriterionScorer.Score(penalty, occurrences, null);

        Assert.Equal(expected, line.Points);
        Assert.Equal(-5m, line.MaxPoints);
    }

    [Fact]
    public void Weight_MultipliesPointsAndMaximum()
    {
        var weighted = Criterion.Scored("W", "W", "G", 10m, "x", weight: 1.5m);

        var line = CriterionScorer.Score(weighted, 50m, 100m);

        Assert.Equal(7.5m, line.Points);
        Assert.Equal(15m, line.MaxPoints);
    }
}
