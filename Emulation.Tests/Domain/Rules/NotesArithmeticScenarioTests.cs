using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Rules;

/// <summary>
/// The arithmetic of the domain notes (DOMAIN.md), written from them alone, each row named by its source: a 15 % quota
/// rounded each way on small units, the rule set in force on each side of a change, who decides each title, the cash of
/// each title by base salary and decision date, and the Vietnamese wording of a few verdicts.
/// </summary>
[Trait("Category", "Fast")]
public sealed class NotesArithmeticScenarioTests
{
    // Quotas: "Cap, base and rounding (up/down/nearest) are rule-set settings"; the old CSTĐCS cap was 15 % of Advanced Workers.

    [Theory]
    [InlineData("Quota15_SixAdvancedWorkers_0_9_RoundedDown_GivesNone", 6, RoundingMode.Down, 0)]
    [InlineData("Quota15_SixAdvancedWorkers_0_9_RoundedUp_GivesOne", 6, RoundingMode.Up, 1)]
    [InlineData("Quota15_SixAdvancedWorkers_0_9_ToNearest_GivesOne", 6, RoundingMode.Nearest, 1)]
    [InlineData("Quota15_SevenAdvancedWorkers_1_05_RoundedUp_GivesTwo", 7, RoundingMode.Up, 2)]
    [InlineData("Quota15_SevenAdvancedWorkers_1_05_ToNearest_GivesOne", 7, RoundingMode.Nearest, 1)]
    [InlineData("Quota15_TenAdvancedWorkers_1_5_RoundedDown_GivesOne", 10, RoundingMode.Down, 1)]
    [InlineData("Quota15_TenAdvancedWorkers_1_5_ToNearest_HalfGoesUp_GivesTwo", 10, RoundingMode.Nearest, 2)]
    [InlineData("Quota15_TwentyAdvancedWorkers_3_0_Exactly_GivesThreeEachWay", 20, RoundingMode.Down, 3)]
    [InlineData("Quota15_TwentyAdvancedWorkers_3_0_Exactly_RoundedUp_GivesThree", 20, RoundingMode.Up, 3)]
    public void Quota_FifteenPercentOfAdvancedWorkers_RoundsTheWayTheRuleSetSays(string name, int staff, RoundingMode rounding, int allowed)
    {
        var rules = RuleSetCatalog.Decree152 with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Base = QuotaBase.AdvancedWorkers, Rounding = rounding, Source = name }],
        };
        var input = new InputBuilder();
        for (int id = 1; id <= staff; id++)
        {
            input.Person(new PersonBuilder(id).Rated(QualityRating.Excellent));
        }

        var evaluation = input.Evaluate(rules);

        var fighters = evaluation.Recommendations.Where(r => r.Title == Title.GrassrootsEmulationFighter).ToList();
        Assert.Equal(allowed, fighters.Count(r => r.Status == RecommendationStatus.Recommended));
        Assert.Equal(staff - allowed, fighters.Count(r => r.Status == RecommendationStatus.OverQuota));
        Assert.All(fighters, r => Assert.Equal((staff, allowed), (r.Quota!.BaseCount, r.Quota.Allowed)));
    }

    [Theory]
    [InlineData("Law06_2022_NoNationalQuotaSince2024_Decree98", "VN-ND98-2023")]
    [InlineData("Law06_2022_NoNationalQuotaSince2024_Decree152", "VN-ND152-2025")]
    public void Quota_NoNationalCap_EveryEligibleFighterIsRecommended(string name, string ruleSetId)
    {
        var rules = RuleSetCatalog.All.Single(r => r.Id == ruleSetId);
        var input = new InputBuilder();
        for (int id = 1; id <= 10; id++)
        {
            input.Person(new PersonBuilder(id).Rated(QualityRating.Excellent));
        }

        Assert.Equal(10, input.Evaluate(rules).Recommended(Title.GrassrootsEmulationFighter).Count());
        Assert.Empty(rules.Quotas);
        Assert.False(string.IsNullOrEmpty(name));
    }

    // The rule set in force: Law 06/2022 with Decree 98/2023 from 2024-01-01 to 2025-06-30, then Decree 152/2025.

    [Theory]
    [InlineData("Law06_2022_InForceFrom2024_01_01_Decree98", "2024-01-01", "VN-ND98-2023")]
    [InlineData("Decree98_LastDay_2025_06_30", "2025-06-30", "VN-ND98-2023")]
    [InlineData("Decree152_FirstDay_2025_07_01", "2025-07-01", "VN-ND152-2025")]
    [InlineData("Decree152_ACampaignOf2025_IsReadOn31December", "2025-12-31", "VN-ND152-2025")]
    [InlineData("Decree98_ACampaignOf2024_IsReadOn31December", "2024-12-31", "VN-ND98-2023")]
    public void RuleSets_TheSetInForceOnADate(string name, string date, string expected)
    {
        var rules = RuleSetCatalog.InForce(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(rules.IsSuccess, name);
        Assert.Equal((expected, 1), (rules.Value.Id, rules.Value.Version));
    }

    [Fact]
    public void Decree91_2017_ACampaignOf2023_FindsNoRuleSetRatherThanTheLawOf2022()
    {
        var rules = RuleSetCatalog.InForce(new DateOnly(2023, 12, 31));

        Assert.False(rules.IsSuccess);
        Assert.Equal("rules.none_in_force", Assert.Single(rules.Errors).Code);
    }

    // Who decides (DOMAIN.md, "Who decides, and what goes up"; Law 06/2022 Art. 78–80).

    [Theory]
    [InlineData("Art80_1_AdvancedWorker_ByTheHeadOfAgency", Title.AdvancedWorker, AwardingLevel.HeadOfAgency)]
    [InlineData("Art80_1_GrassrootsFighter_ByTheHeadOfAgency", Title.GrassrootsEmulationFighter, AwardingLevel.HeadOfAgency)]
    [InlineData("Art80_1_AdvancedLabourCollective_ByTheHeadOfAgency", Title.AdvancedLabourCollective, AwardingLevel.HeadOfAgency)]
    [InlineData("Art80_1_GiayKhen_ByTheHeadOfAgency", Title.CertificateOfCommendation, AwardingLevel.HeadOfAgency)]
    [InlineData("Art80_1_CollectiveGiayKhen_ByTheHeadOfAgency", Title.CollectiveCertificateOfCommendation, AwardingLevel.HeadOfAgency)]
    [InlineData("Art79_ProvincialFighter_ByTheChairman", Title.ProvincialEmulationFighter, AwardingLevel.ProvincialChairman)]
    [InlineData("Art79_ProvincialBangKhen_ByTheChairman", Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman)]
    [InlineData("Art79_CollectiveBangKhen_ByTheChairman", Title.CollectiveProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman)]
    [InlineData("Art79_ExcellentLabourCollective_ByTheChairman", Title.ExcellentLabourCollective, AwardingLevel.ProvincialChairman)]
    [InlineData("Art79_ProvincialFlag_ByTheChairman", Title.ProvincialEmulationFlag, AwardingLevel.ProvincialChairman)]
    [InlineData("Art78_PrimeMinistersBangKhen_ByThePrimeMinister", Title.PrimeMinisterCertificateOfMerit, AwardingLevel.PrimeMinister)]
    [InlineData("Art78_LabourOrder_ByTheStatePresident", Title.LabourOrderThirdClass, AwardingLevel.StatePresident)]
    public void Granting_WhoDecidesEachTitle_UnderEitherDecree(string name, Title title, AwardingLevel decidedBy)
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            var rule = rules.Granting.For(title);
            Assert.Equal(decidedBy, rule.DecidedBy);
            Assert.Equal(decidedBy == AwardingLevel.HeadOfAgency, rules.Granting.AgencyDecides(title));
            string article = name.StartsWith("Art80_1", StringComparison.Ordinal) ? GrantingRules.HeadOfAgencyArticle
                : name.StartsWith("Art79", StringComparison.Ordinal) ? GrantingRules.ProvincialArticle
                : GrantingRules.NationalArticle;
            Assert.Equal(article, rule.Article);
        }
    }

    // Cash: multiples of the base salary on the decision date, rounded up to tens of thousands of đồng.

    [Theory]
    [InlineData("Decree98Art54_AdvancedWorker_0_3_Of1800000_March2024", Title.AdvancedWorker, "2024-03-15", 540_000)]
    [InlineData("Decree98Art54_AdvancedWorker_0_3_Of2340000_July2024_702000RoundedUp", Title.AdvancedWorker, "2024-07-01", 710_000)]
    [InlineData("Decree98Art54_GrassrootsFighter_1_0_Of2340000", Title.GrassrootsEmulationFighter, "2025-01-10", 2_340_000)]
    [InlineData("Decree98Art54_ProvincialFighter_3_0_Of2340000", Title.ProvincialEmulationFighter, "2025-01-10", 7_020_000)]
    [InlineData("Decree98Art54_AdvancedCollective_0_8_Of2340000_1872000RoundedUp", Title.AdvancedLabourCollective, "2025-01-10", 1_880_000)]
    [InlineData("Decree98Art54_ExcellentCollective_1_5_Of2340000", Title.ExcellentLabourCollective, "2025-01-10", 3_510_000)]
    [InlineData("Decree98Art54_ProvincialFlag_8_0_Of2340000", Title.ProvincialEmulationFlag, "2025-01-10", 18_720_000)]
    [InlineData("Decree98_CollectiveGiayKhen_0_6_Of2340000_1404000RoundedUp", Title.CollectiveCertificateOfCommendation, "2025-01-10", 1_410_000)]
    [InlineData("Decree98_CollectiveBangKhen_2_0_DecidedOn30June2025", Title.CollectiveProvincialCertificateOfMerit, "2025-06-30", 4_680_000)]
    [InlineData("Decree152Art54_CollectiveBangKhen_3_0_DecidedOn1July2025", Title.CollectiveProvincialCertificateOfMerit, "2025-07-01", 7_020_000)]
    [InlineData("Decree152Art54_1_GiayKhen_0_3_Of2340000", Title.CertificateOfCommendation, "2025-12-20", 710_000)]
    [InlineData("Decree152Art54_1_ProvincialBangKhen_1_5_Of2340000", Title.ProvincialCertificateOfMerit, "2025-12-20", 3_510_000)]
    public void Cash_TheAmountOfATitle_OnItsDecisionDate(string name, Title title, string decided, int amount)
    {
        var date = DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture);
        var rules = RuleSetCatalog.InForce(date).Value;

        var breakdown = rules.Cash.Explain(title, date);

        Assert.NotNull(breakdown);
        Assert.Equal(amount, breakdown.AmountVnd);
        Assert.StartsWith(name.StartsWith("Decree152", StringComparison.Ordinal) ? "Nghị định 152/2025" : "Nghị định 98/2023",
            breakdown.MultiplierArticle, StringComparison.Ordinal);
    }

    // The Vietnamese explanation of a verdict: the title, the condition and its fact, the rule set and version, the article.

    [Theory]
    [InlineData("Art24_Decree90Art2_3_ThreeMonthsLeave", "Lao động tiên tiến", "Điều 24", "Nghị định 90/2020")]
    [InlineData("Art28_SixOfTen", "Tập thể lao động tiên tiến", "Điều 28", "6/10")]
    [InlineData("Art22_TwoConsecutiveTitles", "Chiến sĩ thi đua cấp tỉnh", "Điều 22", "Chiến sĩ thi đua cơ sở")]
    [InlineData("Art74_Decree152Art33_7_BangKhenLastYear", "Bằng khen", "Điều 74", "Điều 33 khoản 7")]
    [InlineData("Art74_Decree98_BangKhenLastYear_CountedAgain", "Bằng khen", "Điều 74", "Điều 5")]
    [InlineData("Art28_AProvinceReadingMoreThanHalf_FiveOfTen", "Tập thể lao động tiên tiến", "Điều 28", "cần tỷ lệ trên 1/2")]
    public void Wording_TheVietnameseExplanation_NamesTitleConditionFactRuleSetAndArticle(string name, string title, string article,
        string fact)
    {
        var verdict = VerdictFor(name);

        string text = verdict.Explain("vi");

        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(article, text, StringComparison.Ordinal);
        Assert.Contains(fact, text, StringComparison.Ordinal);
        Assert.Contains($"{verdict.RuleSetId}, phiên bản 1", text, StringComparison.Ordinal);
        Assert.Equal(name.Contains("Decree98", StringComparison.Ordinal) ? "VN-ND98-2023" : "VN-ND152-2025", verdict.RuleSetId);
        foreach (string english in new[] { "Advanced", "Fighter", "Collective", "required", "streak", "true", "false", "None", "Title." })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    private static Recommendation VerdictFor(string name) => name switch
    {
        "Art24_Decree90Art2_3_ThreeMonthsLeave" =>
            new InputBuilder().Person(new PersonBuilder(1).Leave(9, 3)).Evaluate().Get(1, 1, Title.AdvancedWorker),
        "Art28_SixOfTen" => SixOfTen().Evaluate().Get(null, 1, Title.AdvancedLabourCollective),
        "Art22_TwoConsecutiveTitles" => new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Excellent)
            .Initiative(InitiativeLevel.Provincial).FighterFor(1)).Evaluate().Get(1, 1, Title.ProvincialEmulationFighter),
        "Art74_Decree152Art33_7_BangKhenLastYear" => new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Excellent)
            .Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).FighterFor(1)
            .Award(1, Title.ProvincialCertificateOfMerit, decision: "45/QĐ-UBND")).Evaluate().Get(1, 1, Title.ProvincialCertificateOfMerit),
        "Art74_Decree98_BangKhenLastYear_CountedAgain" => new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Excellent)
            .Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).FighterFor(1)
            .Award(1, Title.ProvincialCertificateOfMerit, decision: "45/QĐ-UBND")).Evaluate(RuleSetCatalog.Decree98)
            .Get(1, 1, Title.ProvincialCertificateOfMerit),
        "Art28_AProvinceReadingMoreThanHalf_FiveOfTen" => FiveOfTen().Evaluate(RuleSetCatalog.Decree152 with
        {
            Collectives = new CollectiveRules { AdvancedWorkerShare = Fraction.Half, AdvancedWorkerShareStrictlyAbove = true },
        }).Get(null, 1, Title.AdvancedLabourCollective),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such scenario."),
    };

    private static InputBuilder SixOfTen() => OfTen(6);

    private static InputBuilder FiveOfTen() => OfTen(5);

    private static InputBuilder OfTen(int advanced)
    {
        var input = new InputBuilder().Unit(new UnitBuilder(1).Members(10, 0));
        for (int id = 1; id <= 10; id++)
        {
            input.Person(new PersonBuilder(id).Rated(id <= advanced ? QualityRating.Good : QualityRating.Completed));
        }

        return input;
    }

    [Fact]
    public void Art28_MoreThanAHundredPercent_IsRefusedByTheValidator()
    {
        var rules = RuleSetCatalog.Decree152 with
        {
            Collectives = new CollectiveRules { AdvancedWorkerShare = new Fraction(1, 1), AdvancedWorkerShareStrictlyAbove = true },
        };

        Assert.Contains(RuleSetValidator.Validate(rules), e => e.Message.Contains("AdvancedWorkerShareStrictlyAbove", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Art22_Decree98_ProvincialFighterForLastYear", Title.ProvincialEmulationFighter)]
    [InlineData("Art74_Decree98_BangKhenForLastYear", Title.ProvincialCertificateOfMerit)]
    public void Decree98_WithoutArt33_7_TheExplanationNamesTheAwardWhoseYearsCountAgain(string name, Title title)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(3)
            .Award(1, title, decision: "12/QĐ-UBND");

        var verdict = new InputBuilder().Person(person).Evaluate(RuleSetCatalog.Decree98).Get(1, 1, title);

        var counted = Assert.Single(verdict.Conditions, c => c.Code == "award.period_counted_again");
        Assert.Equal(LegalArticles.AwardPeriodNotRestarted, counted.Article);
        Assert.Contains(counted.Facts, f => f.Name == "decision" && f.Value == "12/QĐ-UBND");
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "award.period_after_previous");
        Assert.False(string.IsNullOrEmpty(name));
    }
}
