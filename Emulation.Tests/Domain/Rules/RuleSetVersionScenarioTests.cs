using System.Globalization;

using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Rules;

/// <summary>
/// A legal examiner's scenarios on which rule set applies when the rules change (DOMAIN: "a campaign is evaluated under the
/// rule set in force for its year and province, and every recommendation names the rule and version that produced it"):
/// the national change of 1 July 2025, a province's regulation amended or replaced mid-year, and a correction dated back.
/// </summary>
[Trait("Category", "Fast")]
public sealed class RuleSetVersionScenarioTests
{
    private const string Province = "HP";

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A Hải Phòng rule set on Decree 152/2025, capping CSTĐCS at <paramref name="capPercent"/> % of the Advanced Workers.</summary>
    private static RuleSet Provincial(string id, int version, string from, decimal capPercent, string decision) =>
        RuleSetCatalog.Decree152.DeriveFor(Province, id, version, $"Hải Phòng: {decision}", decision, Day(from)) with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = capPercent, Base = QuotaBase.AdvancedWorkers, Source = decision }],
        };

    private static RuleSet InForce(string date, params RuleSet[] provincial) =>
        RuleSetCatalog.InForce([.. RuleSetCatalog.All, .. provincial], Day(date), Province).Value;

    /// <summary>Ten Advanced Workers, four rated excellent: the provincial cap decides how many become CSTĐCS.</summary>
    private static CampaignEvaluation Evaluate(RuleSet rules)
    {
        var builder = new InputBuilder();
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i).Rated(i <= 4 ? QualityRating.Excellent : QualityRating.Good));
        }

        return builder.Evaluate(rules);
    }

    /// <summary>
    /// Hải Phòng's regulation of 2025 (edited into its third version) is replaced by a new regulation from 1 March 2026,
    /// neither carrying an end date. Before that day the old one applies; from it, the new one, though its version number
    /// is lower: versions number the editions of one regulation, they do not rank two regulations. The evaluation names
    /// the rule set and version that decided, and the quota its source.
    /// </summary>
    [Fact]
    public void RuleSets_AProvincesNewRegulation_ReplacesTheOldOneFromItsDate_WhateverTheOldOnesVersion()
    {
        var old = Provincial("HP-QD212-2025", 3, "2025-07-01", 20m, "QĐ 212/2025/QĐ-UBND");
        var replacement = Provincial("HP-QD45-2026", 1, "2026-03-01", 10m, "QĐ 45/2026/QĐ-UBND");

        Assert.Equal(("HP-QD212-2025", 3), (InForce("2026-02-28", old, replacement).Id, InForce("2026-02-28", old, replacement).Version));
        var rules = InForce("2026-12-31", old, replacement);
        Assert.Equal(("HP-QD45-2026", 1), (rules.Id, rules.Version));

        var eval = Evaluate(rules);
        var cut = eval.Get(4, 1, Title.GrassrootsEmulationFighter);
        Assert.Equal(RecommendationStatus.OverQuota, cut.Status);
        Assert.Equal(("HP-QD45-2026 v1", "QĐ 45/2026/QĐ-UBND", 1), (cut.Explanation.RuleSet, cut.Quota!.Source, cut.Quota.Allowed));
        Assert.Equal(("HP-QD45-2026", 1), (eval.RuleSetId, eval.RuleSetVersion));
    }

    /// <summary>
    /// The same regulation amended (version 2) with effect from 1 January 2026: the 2025 campaign, read on 31 December 2025,
    /// stays under version 1; the 2026 campaign is under version 2. Each explanation names its own version.
    /// </summary>
    [Fact]
    public void RuleSets_AnAmendmentOfTheSameRegulation_AppliesOnlyFromItsOwnDate()
    {
        var first = Provincial("HP-QD212-2025", 1, "2025-07-01", 20m, "QĐ 212/2025/QĐ-UBND");
        var amended = Provincial("HP-QD212-2025", 2, "2026-01-01", 10m, "QĐ 212/2025/QĐ-UBND, sửa đổi bởi QĐ 3/2026/QĐ-UBND");

        var for2025 = InForce("2025-12-31", first, amended);
        var for2026 = InForce("2026-12-31", first, amended);

        Assert.Equal((1, 2), (for2025.Version, for2026.Version));
        var fighter2025 = Evaluate(for2025).Get(2, 1, Title.GrassrootsEmulationFighter);
        var fighter2026 = Evaluate(for2026).Get(2, 1, Title.GrassrootsEmulationFighter);
        Assert.Equal((RecommendationStatus.Recommended, "HP-QD212-2025 v1", 2), (fighter2025.Status, fighter2025.Explanation.RuleSet, fighter2025.Quota!.Allowed));
        Assert.Equal((RecommendationStatus.OverQuota, "HP-QD212-2025 v2", 1), (fighter2026.Status, fighter2026.Explanation.RuleSet, fighter2026.Quota!.Allowed));
    }

    /// <summary>A version that corrects its regulation from an earlier date than the version it corrects still supersedes it.</summary>
    [Fact]
    public void RuleSets_ACorrectionDatedBack_SupersedesTheVersionItCorrects()
    {
        var first = Provincial("HP-QD212-2025", 1, "2025-09-01", 20m, "QĐ 212/2025/QĐ-UBND");
        var corrected = Provincial("HP-QD212-2025", 2, "2025-07-01", 10m, "QĐ 212/2025/QĐ-UBND (đính chính)");

        Assert.Equal(2, InForce("2025-12-31", first, corrected).Version);
        Assert.Equal(2, InForce("2025-08-01", first, corrected).Version);
    }

    /// <summary>
    /// CSTĐCS 2022–2025 with a province-wide initiative, and Chiến sĩ thi đua cấp tỉnh already given in 2024: a decision
    /// taken on 30 June 2025 is under Decree 98/2023, which does not restart the period, so the title is recommended; one taken
    /// on 1 July 2025 is under Decree 152/2025, whose Art. 33(7) leaves only 2025 to count. The explanation says which.
    /// </summary>
    [Theory]
    [InlineData("2025-06-30", "VN-ND98-2023 v1", RecommendationStatus.Recommended, "4")]
    [InlineData("2025-07-01", "VN-ND152-2025 v1", RecommendationStatus.NotEligible, "1")]
    public void RuleSets_TheNationalChangeOf1July2025_DecidesWhetherThePreviousTitlesYearsServeAgain(string date, string ruleSet,
        RecommendationStatus expected, string streak)
    {
        var rules = RuleSetCatalog.InForce(Day(date)).Value;
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(3)
            .Award(1, Title.ProvincialEmulationFighter, decision: "88/QĐ-UBND");

        var verdict = new InputBuilder().Person(person).Evaluate(rules).Get(1, 1, Title.ProvincialEmulationFighter);

        Assert.Equal((expected, ruleSet, "Luật TĐKT 06/2022/QH15 Điều 22"), (verdict.Status, verdict.Explanation.RuleSet, verdict.Article));
        Assert.Equal(streak, verdict.Conditions.Single(c => c.Code == "cstdct.fighter_streak").Facts.Single(f => f.Name == "streak").Value);
        Assert.Equal(expected == RecommendationStatus.NotEligible,
            verdict.Conditions.Any(c => c.Code == "award.period_after_previous" && c.Article == LegalArticles.AwardPeriod));
    }
}
