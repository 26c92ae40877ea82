using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

/// <summary>A criterion checks its own values: entering results and evaluating stored ones ask the same rule.</summary>
[Trait("Category", "Fast")]
public sealed class CriterionValueTests
{
    private static readonly Criterion YesNo = Criterion.Scored("PT", "Phong trào", "III", 20, "có/không", ScoringMethod.YesNo);

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, CriterionValueProblem.NotYesNo)]
    [InlineData(-1, CriterionValueProblem.Negative)]
    public void YesNoCriterion_AcceptsOnlyZeroOrOne(int value, CriterionValueProblem? problem) =>
        Assert.Equal(problem, YesNo.ProblemWith(value));

    [Fact]
    public void CouncilPointsCriterion_RefusesPointsAboveItsMaximum() =>
        Assert.Equal(CriterionValueProblem.AboveMaxPoints,
            Criterion.Scored("HD", "Hội đồng chấm", "III", 10m, "điểm", ScoringMethod.CouncilPoints).ProblemWith(11m));

    /// <summary>
    /// "Tỷ lệ hồ sơ xử lý đúng hạn (%)": a head pledged 104 and sent it. A share is at most 100, as a target and as a
    /// result, by the one rule the criterion holds.
    /// </summary>
    [Theory]
    [InlineData(100, true)]
    [InlineData(100.1, false)]
    [InlineData(104, false)]
    public void ShareCriterion_TakesAtMostHundred_AsATargetAndAsAResult(double value, bool accepted)
    {
        var share = Criterion.Scored("DUNG_HAN", "Tỷ lệ hồ sơ, văn bản xử lý đúng hạn", "II", 20, "%");
        var figure = new Dictionary<string, decimal?> { ["DUNG_HAN"] = (decimal)value };

        var pledged = Pledge.Start(1, 1).SetTargets([share], figure);
        var reported = UnitResult.Start(1, 1).Record([share], figure);

        Assert.Equal(accepted ? null : CriterionValueProblem.ShareAboveHundred, share.ProblemWith((decimal)value));
        Assert.Equal(accepted ? [] : ["pledge.share_above_hundred"], pledged.Errors.Select(e => e.Code));
        Assert.Equal(accepted ? [] : ["result.percent_out_of_range"], reported.Errors.Select(e => e.Code));
    }

    [Fact]
    public void YesNoValueTwo_IsRefusedOnEntry_AndSetAsideByTheEngine_ByTheSameRule()
    {
        var entered = UnitResult.Start(1, 1).Record([YesNo], new Dictionary<string, decimal?> { ["PT"] = 2m });

        var input = new InputBuilder().Criterion(YesNo)
            .Unit(new UnitBuilder(1).Value("PT", 2m))
            .Unit(new UnitBuilder(2).Value("PT", 1m))
            .Build();
        var evaluated = CampaignEvaluator.EvaluateValidUnits(input, InputBuilder.Rules);

        Assert.Equal(("result.not_yes_no", "PT"), (Assert.Single(entered.Errors).Code, Assert.Single(entered.Errors).Item));
        Assert.True(evaluated.IsSuccess, string.Join("; ", evaluated.Errors));
        var setAside = Assert.Single(evaluated.Value.SetAside);
        Assert.Equal(("evaluation.not_yes_no", "unit:1/criterion:PT"), (Assert.Single(setAside.Errors).Code, Assert.Single(setAside.Errors).Item));
    }
}
