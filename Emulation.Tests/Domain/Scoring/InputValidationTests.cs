using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class InputValidationTests
{
    private static IReadOnlyList<Emulation.Domain.Common.DomainError> Errors(InputBuilder builder)
    {
        var result = CampaignEvaluator.Evaluate(builder.Build(), InputBuilder.Rules);
        Assert.False(result.IsSuccess);
        return result.Errors;
    }

    [Fact]
    public void Evaluate_WhenTargetMissing_FailsNamingUnitAndCriterion()
    {
        var error = Assert.Single(Errors(new InputBuilder().Unit(new UnitBuilder(7).NoTarget("KQ1"))));

        Assert.Equal(("evaluation.missing_target", "unit:7/criterion:KQ1"), (error.Code, error.Item));
    }

    [Fact]
    public void Evaluate_WhenTargetNegative_Fails()
    {
        var error = Assert.Single(Errors(new InputBuilder().Unit(new UnitBuilder(7).Target("KQ2", -1m))));

        Assert.Equal("evaluation.negative_target", error.Code);
    }

    [Fact]
    public void Evaluate_WhenHigherIsBetterTargetIsZero_Fails()
    {
        var error = Assert.Single(Errors(new InputBuilder().Unit(new UnitBuilder(7).Target("KQ1", 0m))));

        Assert.Equal("evaluation.zero_target", error.Code);
    }

    [Fact]
    public void Evaluate_WhenCriterionCodeUnknown_Fails()
    {
        var error = Assert.Single(Errors(new InputBuilder().Unit(new UnitBuilder(3).Value("XX", 1m))));

        Assert.Equal(("evaluation.unknown_criterion", "unit:3/criterion:XX"), (error.Code, error.Item));
    }

    [Fact]
    public void Evaluate_WhenMaximumNegative_Fails()
    {
        var error = Assert.Single(Errors(new InputBuilder().Criterion(Criterion.Scored("NEG", "N", "G", -5m, "x", ScoringMethod.YesNo))));

        Assert.Equal(("evaluation.max_points_not_positive", "criterion:NEG"), (error.Code, error.Item));
    }

    [Fact]
    public void Evaluate_WhenBandsInconsistent_Fails()
    {
        var bad = Criterion.Scored("BD", "B", "G", 5m, "x", ScoringMethod.Bands, bands: [new ScoreBand(1m, 1.5m)]);

        var errors = Errors(new InputBuilder().Criterion(bad));

        Assert.Contains(errors, e => e is { Code: "evaluation.inconsistent_bands", Item: "criterion:BD" });
    }

    [Fact]
    public void Evaluate_WhenCriterionCodeDuplicated_Fails()
    {
        var errors = Errors(new InputBuilder().Criterion(Criterion.Scored("CN", "Again", "G", 5m, "x", ScoringMethod.YesNo)));

        Assert.Contains(errors, e => e is { Code: "evaluation.duplicate_criterion", Item: "criterion:CN" });
    }

    [Fact]
    public void Evaluate_WhenHistoryYearsOverlap_FailsNamingPersonAndYear()
    {
        var person = new PersonBuilder(5).Earlier(1, QualityRating.Good).Earlier(1, QualityRating.Excellent);

        var error = Assert.Single(Errors(new InputBuilder().Person(person)));

        Assert.Equal(("evaluation.duplicate_year", "person:5/year:2024"), (error.Code, error.Item));
    }

    [Fact]
    public void Evaluate_WhenHistoryHasAFutureYear_Fails()
    {
        var person = new PersonBuilder(5).Earlier(-1, QualityRating.Good);

        Assert.Equal("evaluation.future_year", Assert.Single(Errors(new InputBuilder().Person(person))).Code);
    }

    [Fact]
    public void Evaluate_WhenPersonsUnitUnknown_Fails()
    {
        Assert.Equal("evaluation.unknown_unit", Assert.Single(Errors(new InputBuilder().Person(new PersonBuilder(5, unitId: 99)))).Code);
    }

    [Fact]
    public void Evaluate_WhenMonthsExceedTwelve_Fails()
    {
        Assert.Equal("evaluation.invalid_months", Assert.Single(Errors(new InputBuilder().Person(new PersonBuilder(5).Worked(10, 4)))).Code);
    }

    [Fact]
    public void Evaluate_WhenYesNoValueIsTwo_Fails()
    {
        Assert.Equal("evaluation.not_yes_no", Assert.Single(Errors(new InputBuilder().Unit(new UnitBuilder(1).Value("CN", 2m)))).Code);
    }

    [Fact]
    public void Evaluate_WhenNegativeValue_Fails()
    {
        Assert.Equal("evaluation.negative_value", Assert.Single(Errors(new InputBuilder().Unit(new UnitBuilder(1).Value("KQ1", -3m)))).Code);
    }

    [Fact]
    public void Evaluate_WhenWomenExceedMembers_Fails()
    {
        Assert.Equal("evaluation.invalid_members", Assert.Single(Errors(new InputBuilder().Unit(new UnitBuilder(1).Members(3, 4)))).Code);
    }

    [Fact]
    public void Evaluate_WhenUnitDuplicated_Fails()
    {
        var errors = Errors(new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(1)));

        Assert.Contains(errors, e => e is { Code: "evaluation.duplicate_unit", Item: "unit:1" });
    }

    [Fact]
    public void Evaluate_WhenTieBreakNamesUnknownCriterion_Fails()
    {
        var errors = Errors(new InputBuilder().TieBreaks(TieBreakStep.PointsOn("NOPE")));

        Assert.Contains(errors, e => e.Code == "evaluation.invalid_tie_break");
    }

    [Fact]
    public void Evaluate_WhenRuleSetQuotaOutOfRange_Fails()
    {
        var rules = InputBuilder.Rules with
        {
            Quotas = [new Emulation.Domain.Rules.QuotaRule { Title = Emulation.Domain.Awards.Title.AdvancedWorker, CapPercent = 150m }],
        };

        var result = CampaignEvaluator.Evaluate(new InputBuilder().Build(), rules);

        Assert.Contains(result.Errors, e => e.Code == "rules.invalid_quota");
    }
}
