using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Scoring;

/// <summary>A campaign's offered-title quota drives the evaluation, and a what-if with the same share agrees with it.</summary>
[Trait("Category", "Fast")]
public sealed class CampaignQuotaTests
{
    /// <summary>Ten Advanced Workers, two of them (1 and 2) rated excellent and so eligible for Chiến sĩ thi đua cơ sở.</summary>
    private static EvaluationInput TenAdvancedWorkersTwoFighters()
    {
        var builder = new InputBuilder();
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i).Rated(i <= 2 ? QualityRating.Excellent : QualityRating.Good)
                .Initiative(i == 2 ? InitiativeLevel.Grassroots : InitiativeLevel.None));
        }

        return builder.Build();
    }

    private static Campaign OfferingFighterAt(decimal percent)
    {
        var campaign = Campaign.Draft("Thi đua năm", 2026, CampaignKind.Yearly).Value;
        campaign.OfferTitle(Title.AdvancedWorker);
        campaign.OfferTitle(Title.GrassrootsEmulationFighter, percent);
        return campaign;
    }

    [Fact]
    public void CampaignQuota_OfFifteenPercent_AllowsOneFighterOfTenAdvancedWorkers_AndExplainsTheArithmetic()
    {
        var rules = CampaignQuotas.Apply(InputBuilder.Rules, OfferingFighterAt(15m).OfferedTitles, "Thi đua năm");

        var eval = CampaignEvaluator.Evaluate(TenAdvancedWorkersTwoFighters(), rules).Value;

        var kept = Assert.Single(eval.Recommended(Title.GrassrootsEmulationFighter));
        Assert.Equal(2, kept.PersonId);
        var cut = eval.Get(1, 1, Title.GrassrootsEmulationFighter);
        Assert.Equal(RecommendationStatus.OverQuota, cut.Status);
        Assert.Contains("15 % × 10 Lao động tiên tiến = 1,5 → 1 (làm tròn xuống); xếp thứ 2: vượt hạn mức", cut.Explain("vi"),
            StringComparison.Ordinal);
        Assert.Contains("15 % × 10 Lao động tiên tiến = 1,5 → 1 (làm tròn xuống); xếp thứ 1: trong hạn mức", kept.Explain("vi"),
            StringComparison.Ordinal);
        Assert.Contains("15% × 10 Advanced Workers = 1.5 → 1 (rounded down)", cut.Explain("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_WithTheCampaignsShare_AgreesWithTheRealEvaluation()
    {
        var input = TenAdvancedWorkersTwoFighters();
        var real = CampaignEvaluator.Evaluate(input, CampaignQuotas.Apply(InputBuilder.Rules, OfferingFighterAt(15m).OfferedTitles, "KH")).Value;

        // The same 15 % tried on the rule set alone...
        var tried = new WhatIfScenario([new QuotaChange(Title.GrassrootsEmulationFighter, 15m)]).Apply(input, InputBuilder.Rules).Value;
        var sandbox = CampaignEvaluator.Evaluate(tried.Input, tried.Rules).Value;
        foreach (var person in input.People)
        {
            var expected = real.Get(person.PersonId, person.UnitId, Title.GrassrootsEmulationFighter);
            var actual = sandbox.Get(person.PersonId, person.UnitId, Title.GrassrootsEmulationFighter);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.Quota?.Allowed, actual.Quota?.Allowed);
        }

        // ...and on the campaign's own evaluation changes nothing.
        var outcome = new WhatIfScenario([new QuotaChange(Title.GrassrootsEmulationFighter, 15m)])
            .Run(real, input, CampaignQuotas.Apply(InputBuilder.Rules, OfferingFighterAt(15m).OfferedTitles, "KH")).Value;
        Assert.Empty(outcome.Recommendations);
    }

    [Fact]
    public void CampaignQuota_LooserThanTheRuleSets_KeepsTheRuleSetsCapBaseAndRounding()
    {
        var province = InputBuilder.Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 10m, Base = QuotaBase.Headcount, Rounding = RoundingMode.Up }],
        };

        var looser = CampaignQuotas.Apply(province, OfferingFighterAt(50m).OfferedTitles, "KH");
        var stricter = CampaignQuotas.Apply(province, OfferingFighterAt(5m).OfferedTitles, "KH");

        Assert.Same(province, looser);
        var rule = Assert.Single(stricter.Quotas);
        Assert.Equal((5m, QuotaBase.Headcount, RoundingMode.Up, "KH"), (rule.CapPercent, rule.Base, rule.Rounding, rule.Source));
    }

    [Fact]
    public void CampaignWithoutQuotas_LeavesTheRuleSetAsItIs()
    {
        var campaign = Campaign.Draft("Thi đua năm", 2026, CampaignKind.Yearly).Value;
        campaign.OfferTitle(Title.GrassrootsEmulationFighter);

        Assert.Same(InputBuilder.Rules, CampaignQuotas.Apply(InputBuilder.Rules, campaign.OfferedTitles, "KH"));
    }
}
