using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class RankingTests
{
    [Fact]
    public void Rank_IsWithinEachBloc()
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1, blocId: 1).Value("KQ1", 50m))
            .Unit(new UnitBuilder(2, blocId: 1))
            .Unit(new UnitBuilder(3, blocId: 2).Value("KQ1", 10m))
            .Evaluate();

        var ranks = eval.Rankings.ToDictionary(r => r.UnitId, r => (r.BlocId, r.Rank));
        Assert.Equal((1, 2), ranks[1]);
        Assert.Equal((1, 1), ranks[2]);
        Assert.Equal((2, 1), ranks[3]);
    }

    [Fact]
    public void Tie_IsBrokenByTheNamedCriterionFirst()
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1).Value("KQ1", 90m).Value("CN", 1m).Value("KQ2", 20m))
            .Unit(new UnitBuilder(2).Value("KQ1", 65m).Value("KQ2", 10m))
            .TieBreaks(TieBreakStep.PointsOn("KQ1"), TieBreakStep.WomenRule)
            .Evaluate();

        var first = eval.Rankings.Single(r => r.Rank == 1);
        Assert.Equal(eval.UnitScores[0].Total, eval.UnitScores[1].Total);
        Assert.Equal(1, first.UnitId);
        var tie = Assert.Single(first.TieBreaks);
        Assert.Equal((2, first.Total, true), (tie.OtherUnitId, tie.Total, tie.Ahead));
        Assert.Equal(TieBreakStep.PointsOn("KQ1"), tie.DecidedBy);
        Assert.Null(tie.WomenShare);
        var second = Assert.Single(eval.Rankings.Single(r => r.Rank == 2).TieBreaks);
        Assert.Equal((1, false, TieBreakStep.PointsOn("KQ1")), (second.OtherUnitId, second.Ahead, second.DecidedBy));
    }

    [Fact]
    public void Tie_IsBrokenByTheWomenRule()
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1).Members(10, 6))
            .Unit(new UnitBuilder(2).Members(10, 7))
            .Evaluate();

        var first = eval.Rankings.Single(r => r.Rank == 1);
        Assert.Equal(2, first.UnitId);
        var tie = Assert.Single(first.TieBreaks);
        Assert.Equal((1, true, TieBreakStep.WomenRule), (tie.OtherUnitId, tie.Ahead, tie.DecidedBy));
        Assert.Equal(new Fraction(7, 10), tie.WomenShare);
    }

    [Fact]
    public void Tie_WithNothingElseToTell_FallsBackToUnitId()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(9)).Unit(new UnitBuilder(4)).Evaluate();

        var tie = Assert.Single(eval.Rankings.Single(r => r.Rank == 1).TieBreaks);
        Assert.Equal(4, eval.Rankings.Single(r => r.Rank == 1).UnitId);
        Assert.Equal((9, true), (tie.OtherUnitId, tie.Ahead));
        Assert.Null(tie.DecidedBy); // the fixed last rule: the lower unit id first
    }

    [Fact]
    public void Tie_WithBothNeighbours_IsRecordedForEach_AboveFirst_AndNoneWithoutATie()
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2)).Unit(new UnitBuilder(3))
            .Unit(new UnitBuilder(4).Value("KQ1", 50m))
            .Evaluate();

        var middle = eval.Rankings.Single(r => r.UnitId == 2);
        Assert.Equal(2, middle.Rank);
        Assert.Equal([(1, false), (3, true)], middle.TieBreaks.Select(t => (t.OtherUnitId, t.Ahead)));
        Assert.Empty(eval.Rankings.Single(r => r.UnitId == 4).TieBreaks);
    }

    [Fact]
    public void Flag_GoesToTheBlocLeaderThatExceededEveryTarget()
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1).Value("KQ1", 120m).Value("KQ2", 8m))
            .Unit(new UnitBuilder(2).Value("KQ1", 90m))
            .Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, eval.Get(null, 1, Title.ProvincialEmulationFlag).Status);
        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(null, 2, Title.ProvincialEmulationFlag).Status);
    }

    [Fact]
    public void Flag_IsNotRecommended_WhenTheLeaderMissedATarget()
    {
        var eval = new InputBuilder()
            .Criterion(Emulation.Domain.Campaigns.Criterion.Bonus("T", "Thưởng", 20m, 20m, "lần"))
            .Unit(new UnitBuilder(1).Value("KQ1", 99m).Value("T", 1m))
            .Unit(new UnitBuilder(2).Value("T", 0m))
            .Evaluate();

        var leader = eval.Get(null, 1, Title.ProvincialEmulationFlag);
        Assert.Equal(1, eval.Rankings.Single(r => r.UnitId == 1).Rank);
        Assert.Equal(RecommendationStatus.NotEligible, leader.Status);
        Assert.False(leader.Conditions.Single(c => c.Code == "flag.targets").Passed);
        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(null, 2, Title.ProvincialEmulationFlag).Status);
    }

    [Fact]
    public void Flag_IsNotGivenWithoutABloc()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1, blocId: null)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(null, 1, Title.ProvincialEmulationFlag).Status);
    }
}
