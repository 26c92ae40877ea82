using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class UnitScoringTests
{
    [Fact]
    public void Total_WithBonuses_CanExceedOneHundred()
    {
        var eval = new InputBuilder()
            .Criterion(Criterion.Bonus("T1", "Cờ thi đua", 10m, 10m, "lần"))
            .Unit(new UnitBuilder(1).Value("T1", 1m))
            .Evaluate();

        Assert.Equal(110m, eval.UnitScores.Single().Total);
        Assert.Equal(100m, eval.UnitScores.Single().ScoredMaximum);
    }

    [Fact]
    public void Total_WithPenalty_IsReduced()
    {
        var eval = new InputBuilder()
            .Criterion(Criterion.Penalty("P1", "Trễ hạn", 2m, 10m, "lần"))
            .Unit(new UnitBuilder(1).Value("P1", 3m))
            .Evaluate();

        Assert.Equal(94m, eval.UnitScores.Single().Total);
    }

    [Fact]
    public void Unit_WhenAValueIsMissing_ReportsTheLineAsMissing()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1).NoValue("KQ1")).Evaluate();

        var score = eval.UnitScores.Single();
        Assert.Equal(LineStatus.Missing, score.LineFor("KQ1")!.Status);
        Assert.Equal(1, score.MissingCount);
        Assert.Equal(40m, score.Total);
    }

    [Fact]
    public void Lines_CarryCodeValueTargetAndMaximum()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1).Value("KQ1", 80m)).Evaluate();

        var line = eval.UnitScores.Single().LineFor("KQ1")!;
        Assert.Equal(("KQ1", 80m, 100m, 48m, 60m), (line.Code, line.Value, line.Target, line.Points, line.MaxPoints));
    }
}
