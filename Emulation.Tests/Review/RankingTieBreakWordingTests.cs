using System.Globalization;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Web.Resources;
using Emulation.Web.Services.Evaluation;

namespace Emulation.Tests.Review;

/// <summary>
/// The ranking grid words each tie the engine settled in the reader's language, naming the other unit by its name
/// (the engine only knows its id).
/// </summary>
public sealed class RankingTieBreakWordingTests
{
    private static EvaluationSnapshot Tied()
    {
        var input = new InputBuilder()
            .Unit(new UnitBuilder(1).Value("KQ1", 90m).Value("CN", 1m).Value("KQ2", 20m))
            .Unit(new UnitBuilder(2).Value("KQ1", 65m).Value("KQ2", 10m))
            .Unit(new UnitBuilder(3).Value("KQ1", 40m))
            .TieBreaks(TieBreakStep.PointsOn("KQ1"), TieBreakStep.WomenRule)
            .Build();
        var evaluation = CampaignEvaluator.Evaluate(input, InputBuilder.Rules).Value;
        Assert.Equal(evaluation.UnitScores.Single(s => s.UnitId == 1).Total, evaluation.UnitScores.Single(s => s.UnitId == 2).Total);
        return EvaluationSnapshot.Create(Campaign.Draft("Phong trào thi đua", InputBuilder.Year, CampaignKind.Yearly).Value, input,
            InputBuilder.Rules, evaluation, new Dictionary<int, string>(), DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public void Units_WordTheTieInVietnamese_AndInEnglish_WithTheOtherUnitsName()
    {
        var snapshot = Tied();
        var english = CultureInfo.GetCultureInfo("en-US");

        var vi = ReviewDashboardService.Units(snapshot, new UnitQuery(), Wording.VietnameseCulture).Rows.ToDictionary(r => r.UnitId);
        var en = ReviewDashboardService.Units(snapshot, new UnitQuery(), english).Rows.ToDictionary(r => r.UnitId);

        var total = vi[1].Total;
        Assert.Equal((1, 2), (vi[1].Rank, vi[2].Rank));
        Assert.Equal($"Bằng tổng điểm {total.ToString("0.####", Wording.VietnameseCulture)} với đơn vị Phòng 2; xếp trên theo điểm tiêu chí KQ1.",
            vi[1].TieBreakNote);
        Assert.Equal($"Bằng tổng điểm {total.ToString("0.####", Wording.VietnameseCulture)} với đơn vị Phòng 1; xếp dưới theo điểm tiêu chí KQ1.",
            vi[2].TieBreakNote);
        Assert.Equal($"Tied on total {total.ToString("0.####", english)} with unit Phòng 2; ranked above by points on criterion KQ1.",
            en[1].TieBreakNote);
        Assert.Null(vi[3].TieBreakNote);
    }
}
