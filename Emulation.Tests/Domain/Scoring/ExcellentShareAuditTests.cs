using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

/// <summary>
/// Ratings accepted over the cap on excellent ratings (entered before the rule, or under another rule set) are named as
/// their unit's problem for the officer; the unit is still ranked and nobody's eligibility changes.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ExcellentShareAuditTests
{
    /// <summary>Unit 1: four of fifteen excellent (over 20%); unit 2: three of fifteen (at it).</summary>
    private static InputBuilder TwoUnits()
    {
        var input = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2));
        for (int i = 0; i < 15; i++)
        {
            input.Person(new PersonBuilder(100 + i, 1).Rated(i < 4 ? QualityRating.Excellent : QualityRating.Good));
            input.Person(new PersonBuilder(200 + i, 2).Rated(i < 3 ? QualityRating.Excellent : QualityRating.Good));
        }

        return input;
    }

    [Fact]
    public void Evaluate_UnitOverTheCap_IsNamedWithTheCounts_AndTheOtherIsNot()
    {
        var evaluation = TwoUnits().Evaluate();

        var problem = Assert.Single(evaluation.ExcellentShareProblems);
        Assert.Equal("unit:1", problem.Item);
        Assert.Equal("staff.excellent_share_exceeded.good_or_above", problem.Code);
        Assert.Equal(new object[] { 4, 3, 20m, 15 }, problem.Facts.Select(f => f.Value));
    }

    [Fact]
    public void Evaluate_UnitOverTheCap_IsStillRanked_AndItsPeoplesVerdictsDoNotChange()
    {
        var capped = TwoUnits().Evaluate();
        var uncapped = TwoUnits().Evaluate(InputBuilder.Rules with
        {
            ExcellentShare = InputBuilder.Rules.ExcellentShare with { CapPercent = 100m, ExceptionalCapPercent = 100m },
        });

        Assert.Empty(uncapped.ExcellentShareProblems);
        Assert.Empty(capped.SetAside);
        Assert.Contains(capped.Rankings, r => r.UnitId == 1);
        Assert.Equal(uncapped.Recommendations.Select(r => (r.PersonId, r.Title, r.Status)),
            capped.Recommendations.Select(r => (r.PersonId, r.Title, r.Status)));
        Assert.Equal(RecommendationStatus.Recommended, capped.Get(100, 1, Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Evaluate_UnitItselfRatedExcellent_IsAllowedTheExceptionalShare()
    {
        var input = new InputBuilder().Unit(new UnitBuilder(1).RatedIn(0, QualityRating.Excellent));
        for (int i = 0; i < 20; i++)
        {
            input.Person(new PersonBuilder(100 + i, 1).Rated(i < 5 ? QualityRating.Excellent : QualityRating.Good));
        }

        Assert.Empty(input.Evaluate().ExcellentShareProblems);
    }

    [Fact]
    public void Evaluate_CountedPerAgency_IsOneProblemWithoutAUnit()
    {
        // Seven of thirty across both units: 20% of 30 allows six.
        var input = TwoUnits();
        var rules = InputBuilder.Rules with { ExcellentShare = InputBuilder.Rules.ExcellentShare with { Scope = QuotaScope.Campaign } };

        var problem = Assert.Single(input.Evaluate(rules).ExcellentShareProblems);

        Assert.Null(problem.Item);
        Assert.Equal(new object[] { 7, 6, 20m, 30 }, problem.Facts.Select(f => f.Value));
    }
}
