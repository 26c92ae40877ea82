using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

/// <summary>One unit's bad value is that unit's problem: the others are still scored and ranked (issue 20, item 6).</summary>
[Trait("Category", "Fast")]
public sealed class SetAsideTests
{
    private static readonly Criterion Council = Criterion.Scored("HD", "Hội đồng chấm", "Phong trào", 10m, "điểm", ScoringMethod.CouncilPoints);

    [Fact]
    public void EvaluateValidUnits_WhenOneUnitsCouncilPointsExceedTheMaximum_RanksTheOthersAndListsThatUnitWithItsError()
    {
        var input = new InputBuilder().Criterion(Council)
            .Unit(new UnitBuilder(1).Value("HD", 8m))
            .Unit(new UnitBuilder(2).Value("HD", 11m))
            .Unit(new UnitBuilder(3).Value("HD", 9m))
            .Person(new PersonBuilder(10, unitId: 1))
            .Person(new PersonBuilder(20, unitId: 2))
            .Build();

        var result = CampaignEvaluator.EvaluateValidUnits(input, InputBuilder.Rules);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal([1, 3], result.Value.Rankings.Select(r => r.UnitId).Order());
        var setAside = Assert.Single(result.Value.SetAside);
        Assert.Equal((2, (int?)null), (setAside.UnitId!.Value, setAside.PersonId));
        var error = Assert.Single(setAside.Errors);
        Assert.Equal(("evaluation.council_points_above_max", "unit:2/criterion:HD"), (error.Code, error.Item));
        Assert.Equal("HD", SetAsideSubject.CriterionOf(error));
        Assert.DoesNotContain(result.Value.Recommendations, r => r.UnitId == 2);
        Assert.Contains(result.Value.Recommendations, r => r.PersonId == 10);
    }

    [Fact]
    public void EvaluateValidUnits_WhenOnePersonIsInvalid_SetsAsideOnlyThatPerson()
    {
        var input = new InputBuilder()
            .Unit(new UnitBuilder(1))
            .Person(new PersonBuilder(10).Worked(13))
            .Person(new PersonBuilder(11))
            .Build();

        var result = CampaignEvaluator.EvaluateValidUnits(input, InputBuilder.Rules);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var setAside = Assert.Single(result.Value.SetAside);
        Assert.Equal((1, 10), (setAside.UnitId!.Value, setAside.PersonId!.Value));
        Assert.Equal("evaluation.invalid_months", Assert.Single(setAside.Errors).Code);
        Assert.Contains(result.Value.Recommendations, r => r.PersonId == 11);
        Assert.DoesNotContain(result.Value.Recommendations, r => r.PersonId == 10);
    }

    [Fact]
    public void EvaluateValidUnits_WhenTheScoringTableIsInvalid_StillRefusesTheWholeCampaign()
    {
        var input = new InputBuilder().Criterion(Criterion.Scored("NEG", "N", "G", -5m, "x", ScoringMethod.YesNo))
            .Unit(new UnitBuilder(1)).Build();

        var result = CampaignEvaluator.EvaluateValidUnits(input, InputBuilder.Rules);

        Assert.Equal("evaluation.max_points_not_positive", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void EvaluateValidUnits_WhenAllDataIsValid_EqualsEvaluateWithNothingSetAside()
    {
        var input = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2)).Build();

        var valid = CampaignEvaluator.EvaluateValidUnits(input, InputBuilder.Rules).Value;
        var all = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;

        Assert.Empty(valid.SetAside);
        Assert.Equal(all.Rankings, valid.Rankings);
    }

    [Fact]
    public void WhatIf_WhenOneUnitIsInvalid_StillRunsOverTheOthers()
    {
        var input = new InputBuilder().Criterion(Council)
            .Unit(new UnitBuilder(1).Value("HD", 8m))
            .Unit(new UnitBuilder(2).Value("HD", 11m))
            .Person(new PersonBuilder(10, unitId: 1))
            .Build();

        var ran = new WhatIfScenario([new QuotaChange(Emulation.Domain.Awards.Title.AdvancedWorker, 0m)]).Run(input, InputBuilder.Rules);

        Assert.True(ran.IsSuccess, string.Join("; ", ran.Errors));
    }

    [Fact]
    public void Record_WhenCouncilPointsExceedTheCriterionsMaximum_IsRefusedAtEntry()
    {
        var result = UnitResult.Start(1, 1);

        var refused = result.Record([Council], new Dictionary<string, decimal?> { ["HD"] = 10.5m });
        var accepted = result.Record([Council], new Dictionary<string, decimal?> { ["HD"] = 10m });

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("result.above_max_points", "HD"), (error.Code, error.Item));
        Assert.True(accepted.IsSuccess);
        Assert.Equal(10m, result.ValueFor("HD"));
    }
}
