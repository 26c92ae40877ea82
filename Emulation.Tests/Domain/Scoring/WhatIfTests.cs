using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class WhatIfTests
{
    [Fact]
    public void WhatIf_AQuota_ReportsWhoLosesTheTitle()
    {
        var input = new InputBuilder()
            .Person(new PersonBuilder(1).Rated(QualityRating.Excellent))
            .Person(new PersonBuilder(2).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots))
            .Build();
        var capped = InputBuilder.Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 50m }],
        };

        var report = CampaignEvaluator.WhatIf(input, InputBuilder.Rules, capped, null).Value;

        var loss = Assert.Single(report.Losses);
        Assert.Equal((1, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota), (loss.PersonId, loss.Title, loss.After));
    }

    [Fact]
    public void WhatIf_ChangedCriteria_ReportsRankChanges()
    {
        var input = new InputBuilder()
            .Unit(new UnitBuilder(1).Value("KQ1", 90m))
            .Unit(new UnitBuilder(2).Value("KQ2", 12m))
            .Build();
        IReadOnlyList<Criterion> heavierLateness =
        [
            Criterion.Scored("KQ1", "Văn bản xử lý", "Nhiệm vụ chuyên môn", 10m, "văn bản"),
            Criterion.Scored("KQ2", "Hồ sơ trễ hạn", "Cải cách hành chính", 80m, "hồ sơ", direction: CriterionDirection.LowerIsBetter),
            Criterion.Scored("CN", "Ứng dụng công nghệ", "Phong trào", 10m, "có/không", ScoringMethod.YesNo),
        ];

        var report = CampaignEvaluator.WhatIf(input, InputBuilder.Rules, null, heavierLateness).Value;

        Assert.Equal(2, report.RankChanges.Count);
        Assert.Equal(1, report.RankChanges.Single(c => c.UnitId == 1).Movement);
        Assert.Equal(99m, report.RankChanges.Single(c => c.UnitId == 1).AfterTotal);
    }

    [Fact]
    public void WhatIf_WithBadChangedCriteria_Fails()
    {
        var result = CampaignEvaluator.WhatIf(new InputBuilder().Build(), InputBuilder.Rules, null, []);

        Assert.Contains(result.Errors, e => e.Code == "evaluation.no_criteria");
    }
}
