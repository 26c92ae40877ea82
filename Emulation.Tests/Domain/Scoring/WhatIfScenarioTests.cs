using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class WhatIfScenarioTests
{
    [Fact]
    public void Run_ARaisedRating_AddsTheTitleWithBothExplanations()
    {
        var input = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Completed)).Build();
        var scenario = new WhatIfScenario([new PersonRatingChange(1, QualityRating.Good)]);

        var outcome = scenario.Run(input, InputBuilder.Rules).Value;

        var added = Assert.Single(outcome.Recommendations, d => d.Title == Title.AdvancedWorker);
        Assert.Equal(RecommendationDiffKind.Added, added.Kind);
        Assert.Equal((RecommendationStatus?)RecommendationStatus.NotEligible, added.Before);
        Assert.Contains("KHÔNG ĐỦ ĐIỀU KIỆN", added.BeforeExplanation.Text("vi"), StringComparison.Ordinal);
        Assert.Contains("ĐỀ NGHỊ", added.AfterExplanation.Text("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ALoweredRating_RemovesTheTitle()
    {
        var input = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Good)).Build();
        var scenario = new WhatIfScenario([new PersonRatingChange(1, QualityRating.Completed)]);

        var outcome = scenario.Run(input, InputBuilder.Rules).Value;

        var removed = Assert.Single(outcome.Recommendations, d => d.Title == Title.AdvancedWorker);
        Assert.Equal(RecommendationDiffKind.Removed, removed.Kind);
        Assert.Equal(0, outcome.Added);
    }

    [Fact]
    public void Run_ATighterShareLimit_MovesTheSecondFighterOverQuota()
    {
        var input = new InputBuilder()
            .Person(new PersonBuilder(1).Rated(QualityRating.Excellent))
            .Person(new PersonBuilder(2).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots))
            .Build();
        var scenario = new WhatIfScenario([new QuotaChange(Title.GrassrootsEmulationFighter, 50m)]);

        var outcome = scenario.Run(input, InputBuilder.Rules).Value;

        var removed = Assert.Single(outcome.Recommendations);
        Assert.Equal((RecommendationDiffKind.Removed, 1, (RecommendationStatus?)RecommendationStatus.OverQuota),
            (removed.Kind, removed.PersonId, removed.After));
        Assert.Contains("quota", removed.AfterExplanation.Text("en"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Run_ChangingNothingThatMatters_ReportsNoDifference()
    {
        var input = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Good)).Build();
        var scenario = new WhatIfScenario([new PersonRatingChange(1, QualityRating.Good)]);

        var outcome = scenario.Run(input, InputBuilder.Rules).Value;

        Assert.Empty(outcome.Recommendations);
        Assert.Empty(outcome.Ranks);
    }

    [Fact]
    public void Run_AUnitValue_MovesItsRank()
    {
        var input = new InputBuilder()
            .Unit(new UnitBuilder(1).Value("KQ1", 50m))
            .Unit(new UnitBuilder(2).Value("KQ1", 90m))
            .Build();
        var scenario = new WhatIfScenario([new UnitValueChange(1, "KQ1", 200m)]);

        var outcome = scenario.Run(input, InputBuilder.Rules).Value;

        Assert.Contains(outcome.Ranks, r => r.UnitId == 1 && r.AfterTotal > r.BeforeTotal);
    }

    [Fact]
    public void Apply_LeavesTheOriginalInputAndRulesUntouched()
    {
        var input = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Good)).Unit(new UnitBuilder(1).Value("KQ1", 5m)).Build();
        var rules = InputBuilder.Rules;

        var applied = new WhatIfScenario(
        [
            new PersonRatingChange(1, QualityRating.Excellent),
            new UnitValueChange(1, "KQ1", 7m),
            new QuotaChange(Title.AdvancedWorker, 10m),
        ]).Apply(input, rules).Value;

        Assert.Equal(QualityRating.Good, input.People[0].Years.Single(y => y.Year == input.Year).Rating);
        Assert.Equal(5m, input.Units[0].Values["KQ1"]);
        Assert.DoesNotContain(rules.Quotas, q => q.Title == Title.AdvancedWorker && q.Source == "what-if");
        Assert.Equal(QualityRating.Excellent, applied.Input.People[0].Years.Single(y => y.Year == input.Year).Rating);
        Assert.Equal(7m, applied.Input.Units[0].Values["KQ1"]);
        Assert.Contains(applied.Rules.Quotas, q => q.Title == Title.AdvancedWorker && q.CapPercent == 10m);
    }

    [Theory]
    [InlineData("whatif.unknown_unit")]
    [InlineData("whatif.unknown_criterion")]
    [InlineData("whatif.unknown_person")]
    [InlineData("whatif.bad_share")]
    [InlineData("whatif.no_changes")]
    public void Apply_WithChangesThatDoNotFit_FailsWithACode(string code)
    {
        var input = new InputBuilder().Person(new PersonBuilder(1)).Unit(new UnitBuilder(1)).Build();
        WhatIfChange[] changes = code switch
        {
            "whatif.unknown_unit" => [new UnitValueChange(99, "KQ1", 1m)],
            "whatif.unknown_criterion" => [new UnitValueChange(1, "NOPE", 1m)],
            "whatif.unknown_person" => [new PersonRatingChange(99, QualityRating.Good)],
            "whatif.bad_share" => [new QuotaChange(Title.AdvancedWorker, 120m)],
            _ => [],
        };

        var result = new WhatIfScenario(changes).Apply(input, InputBuilder.Rules);

        Assert.Contains(result.Errors, e => e.Code == code);
    }

    [Fact]
    public void Diff_VerdictsOnOneSideOnly_AreReported()
    {
        var before = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Good)).Evaluate();
        var after = new InputBuilder().Person(new PersonBuilder(2).Rated(QualityRating.Good)).Evaluate();

        var diffs = RecommendationDiffer.Diff(before, after);

        Assert.Contains(diffs, d => d.PersonId == 1 && d.After is null && d.Kind == RecommendationDiffKind.Removed);
        Assert.Contains(diffs, d => d.PersonId == 2 && d.Before is null && d.Kind == RecommendationDiffKind.Added);
        Assert.Equal(RecommendationDiffKind.Added, diffs[0].Kind);
    }
}
