using Emulation.Domain.Awards;
using Emulation.Domain.LongService;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Rows a provincial emulation board's appraiser writes against the settings a province keeps in its rule set (the
/// editor's streaks, the CSTĐCS cap counted per bloc or over the agency, the Giấy khen's years of Lao động tiên tiến, the
/// long-service terms for women), one fact a row, named after it. Each runs the way the app evaluates a campaign: the rule
/// set in force on 31 December for the province (<see cref="AppraiserScenarioTests.RulesForCampaignOf"/>), then
/// <see cref="CampaignEvaluator.EvaluateValidUnits"/>; every verdict names the province's set and version.
/// </summary>
[Trait("Category", "Fast")]
public sealed class BoardSettingsScenarioTests
{
    /// <summary>One row: the campaign's people and units, who and what is asked, the verdict, the deciding condition, the province's settings.</summary>
    public sealed record Case(Func<InputBuilder> Input, int PersonId, int UnitId, Title Title, RecommendationStatus Expected,
        Func<RuleSet, RuleSet> ProvinceSays, string? Deciding = null);

    private static PersonBuilder Excellent(int id, int unit) => new PersonBuilder(id, unit).Rated(QualityRating.Excellent);

    /// <summary>Units given as (unit, bloc, people), each person rated excellent (an Advanced Worker and a CSTĐCS), ids counted from 1.</summary>
    private static InputBuilder Blocs(params (int Unit, int? Bloc, int People)[] units)
    {
        var input = new InputBuilder();
        int id = 0;
        foreach (var (unit, bloc, people) in units)
        {
            input.Unit(new UnitBuilder(unit, bloc).Members(people, 0));
            for (int i = 0; i < people; i++)
            {
                input.Person(Excellent(++id, unit));
            }
        }

        return input;
    }

    private static Func<RuleSet, RuleSet> FighterCap(QuotaScope scope, RoundingMode rounding = RoundingMode.Down, decimal percent = 15m) =>
        rules => rules with
        {
            Quotas = [new QuotaRule
            {
                Title = Title.GrassrootsEmulationFighter, CapPercent = percent, Base = QuotaBase.AdvancedWorkers, Rounding = rounding,
                Scope = scope, Source = "Quyết định 01/2025/QĐ-UBND",
            }],
        };

    private static Func<RuleSet, RuleSet> Individuals(Func<IndividualRules, IndividualRules> change) =>
        rules => rules with { Individuals = change(rules.Individuals) };

    private static Func<RuleSet, RuleSet> GiayKhenYears(int years) =>
        Individuals(i => i with { CommendationAdvancedWorkerYears = years, CommendationAdvancedWorkerArticle = "Quyết định 01/2025/QĐ-UBND Điều 9" });

    /// <summary>Rated good with a grassroots initiative this year (Art. 75's achievement), and what is given of the years before.</summary>
    private static InputBuilder GiayKhenCandidate(Func<PersonBuilder, PersonBuilder> before) =>
        new InputBuilder().Unit(new UnitBuilder(1)).Person(before(new PersonBuilder(1).Rated(QualityRating.Good).Initiative(InitiativeLevel.Grassroots)));

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // The CSTĐCS cap (≤ 15 % of Advanced Workers, the old national rule a province may keep): counted bloc by bloc.
        ["Quota15_PerBloc_SevenAdvancedWorkersInABloc_1_05RoundsDownToOne_TheFirstKeepsIt"] = new(
            () => Blocs((1, 1, 7), (2, 2, 6)), 1, 1, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, FighterCap(QuotaScope.PerBloc)),
        ["Quota15_PerBloc_SevenAdvancedWorkersInABloc_TheSecondIsOverTheBlocsQuota"] = new(
            () => Blocs((1, 1, 7), (2, 2, 6)), 2, 1, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota, FighterCap(QuotaScope.PerBloc)),
        ["Quota15_PerBloc_SixAdvancedWorkersInTheOtherBloc_0_9RoundsDownToNone"] = new(
            () => Blocs((1, 1, 7), (2, 2, 6)), 8, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota, FighterCap(QuotaScope.PerBloc)),
        ["Quota15_PerBloc_RoundedUp_SixAdvancedWorkers_0_9GivesOne"] = new(
            () => Blocs((1, 1, 7), (2, 2, 6)), 8, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, FighterCap(QuotaScope.PerBloc, RoundingMode.Up)),
        ["Quota15_PerBloc_RoundedNearest_SixAdvancedWorkers_0_9GivesOne"] = new(
            () => Blocs((1, 1, 7), (2, 2, 6)), 8, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, FighterCap(QuotaScope.PerBloc, RoundingMode.Nearest)),
        ["Quota15_OverTheAgency_ThirteenAdvancedWorkers_1_95RoundsDownToOne_TheOtherBlocsBestIsOver"] = new(
            () => Blocs((1, 1, 7), (2, 2, 6)), 8, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota, FighterCap(QuotaScope.Campaign)),
        ["Quota15_PerBloc_TwoUnitsOfOneBlocPoolTwenty_ExactlyThree_TheThirdKeepsIt"] = new(
            () => Blocs((1, 1, 10), (2, 1, 10)), 3, 1, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, FighterCap(QuotaScope.PerBloc)),
        ["Quota15_PerBloc_TwoUnitsOfOneBlocPoolTwenty_ExactlyThree_TheFourthIsOver"] = new(
            () => Blocs((1, 1, 10), (2, 1, 10)), 4, 1, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota, FighterCap(QuotaScope.PerBloc)),
        ["Quota15_PerUnit_TheSameTwoUnitsOfTen_1_5RoundsDownToOneEach_TheSecondUnitsFirstKeepsIt"] = new(
            () => Blocs((1, 1, 10), (2, 1, 10)), 11, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, FighterCap(QuotaScope.PerUnit)),
        ["Quota15_PerBloc_PoolOfTwenty_TheSecondUnitsFirstIsOver_ItsBlocFilledFirst"] = new(
            () => Blocs((1, 1, 10), (2, 1, 10)), 11, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota, FighterCap(QuotaScope.PerBloc)),
        ["Quota15_PerBloc_AUnitInNoBloc_IsCountedAlone_SevenGiveOne"] = new(
            () => Blocs((1, 1, 7), (2, null, 7)), 8, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, FighterCap(QuotaScope.PerBloc)),
        ["Quota15_PerBloc_AUnitInNoBloc_ItsSecondIsOver"] = new(
            () => Blocs((1, 1, 7), (2, null, 7)), 9, 2, Title.GrassrootsEmulationFighter, RecommendationStatus.OverQuota, FighterCap(QuotaScope.PerBloc)),
        ["Quota10_PerBloc_TenAdvancedWorkers_ExactlyOne_AWomanGoesFirst"] = new(
            () => new InputBuilder().Unit(new UnitBuilder(1, 1).Members(10, 1)).Person(Excellent(1, 1))
                .Person(Excellent(2, 1).Woman()).Person(Excellent(3, 1)).Person(Excellent(4, 1)).Person(Excellent(5, 1))
                .Person(Excellent(6, 1)).Person(Excellent(7, 1)).Person(Excellent(8, 1)).Person(Excellent(9, 1)).Person(Excellent(10, 1)),
            2, 1, Title.GrassrootsEmulationFighter, RecommendationStatus.Recommended, FighterCap(QuotaScope.PerBloc, percent: 10m)),

        // A province's Giấy khen asking consecutive years of Lao động tiên tiến (0 in the national sets).
        ["GiayKhen_NationalReading_AsksNoAdvancedWorkerYears"] = new(
            () => GiayKhenCandidate(p => p), 1, 1, Title.CertificateOfCommendation, RecommendationStatus.Recommended, r => r),
        ["GiayKhen_ProvinceAsksTwoAdvancedWorkerYears_ThisYearAndLastYearsTitle_Suffice"] = new(
            () => GiayKhenCandidate(p => p.Earlier(1, QualityRating.Good).Award(1, Title.AdvancedWorker)), 1, 1,
            Title.CertificateOfCommendation, RecommendationStatus.Recommended, GiayKhenYears(2)),
        ["GiayKhen_ProvinceAsksTwoAdvancedWorkerYears_LastYearRatedGoodWithoutTheTitle_IsOneShort"] = new(
            () => GiayKhenCandidate(p => p.Earlier(1, QualityRating.Good)), 1, 1,
            Title.CertificateOfCommendation, RecommendationStatus.NotEligible, GiayKhenYears(2), "gk.advanced_worker_streak"),
        ["GiayKhen_ProvinceAsksTwoAdvancedWorkerYears_LastYearsCstdcs_CountsAsAnAdvancedWorkerYear"] = new(
            () => GiayKhenCandidate(p => p.Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)), 1, 1,
            Title.CertificateOfCommendation, RecommendationStatus.Recommended, GiayKhenYears(2)),
        ["GiayKhen_ProvinceAsksThreeAdvancedWorkerYears_AGapTwoYearsBack_BreaksTheChain"] = new(
            () => GiayKhenCandidate(p => p.Earlier(1, QualityRating.Good).Award(1, Title.AdvancedWorker)
                .Earlier(2, QualityRating.Completed).Earlier(3, QualityRating.Good).Award(3, Title.AdvancedWorker)), 1, 1,
            Title.CertificateOfCommendation, RecommendationStatus.NotEligible, GiayKhenYears(3), "gk.advanced_worker_streak"),
        ["GiayKhen_ProvinceAsksTwoAdvancedWorkerYears_NotAnAdvancedWorkerThisYear_LastYearsTitleDoesNotCarry"] = new(
            () => new InputBuilder().Unit(new UnitBuilder(1)).Person(new PersonBuilder(1).Rated(QualityRating.Good).Initiative(InitiativeLevel.Grassroots)
                .Worked(5).Earlier(1, QualityRating.Good).Award(1, Title.AdvancedWorker)), 1, 1,
            Title.CertificateOfCommendation, RecommendationStatus.NotEligible, GiayKhenYears(2), "gk.advanced_worker_streak"),

        // The streaks of Art. 22 and 74 as a province sets them on the editor.
        ["Art22_AProvinceAskingTwoFighterYears_TwoTitlesAndAProvincialInitiative_Suffice"] = new(
            () => new InputBuilder().Unit(new UnitBuilder(1)).Person(Excellent(1, 1).Initiative(InitiativeLevel.Provincial)
                .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)), 1, 1,
            Title.ProvincialEmulationFighter, RecommendationStatus.Recommended, Individuals(i => i with { ProvincialFighterStreak = 2 })),
        ["Art22_AProvinceAskingFourFighterYears_ThreeAreOneShort"] = new(
            () => new InputBuilder().Unit(new UnitBuilder(1)).Person(Excellent(1, 1).Initiative(InitiativeLevel.Provincial)
                .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
                .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)), 1, 1,
            Title.ProvincialEmulationFighter, RecommendationStatus.NotEligible, Individuals(i => i with { ProvincialFighterStreak = 4 }), "cstdct.fighter_streak"),
        ["Art74_AProvinceAskingThreeFighterAndThreeExcellentYears_TwoOfEachAreShort"] = new(
            () => new InputBuilder().Unit(new UnitBuilder(1)).Person(Excellent(1, 1).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
                .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)), 1, 1,
            Title.ProvincialCertificateOfMerit, RecommendationStatus.NotEligible,
            Individuals(i => i with { MeritFighterStreak = 3, MeritExcellentStreak = 3 }), "bk.branch"),
        ["Art74_AProvinceAskingOneInitiative_TwoExcellentYearsWithOne_Suffice"] = new(
            () => new InputBuilder().Unit(new UnitBuilder(1)).Person(Excellent(1, 1).Initiative(InitiativeLevel.Grassroots)
                .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)), 1, 1,
            Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended, Individuals(i => i with { MeritInitiatives = 1, InitiativeServesOnce = false })),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario(string name)
    {
        var c = Cases[name];
        var rules = AppraiserScenarioTests.RulesForCampaignOf(InputBuilder.Year, c.ProvinceSays);

        var evaluated = CampaignEvaluator.EvaluateValidUnits(c.Input().Build(), rules);

        Assert.True(evaluated.IsSuccess, string.Join("; ", evaluated.Errors));
        var verdict = evaluated.Value.Get(c.PersonId, c.UnitId, c.Title);
        Assert.Equal(c.Expected, verdict.Status);
        Assert.Equal(("QT-THU", 1), (verdict.RuleSetId, verdict.RuleSetVersion));
        Assert.All(verdict.Conditions, condition => Assert.False(string.IsNullOrWhiteSpace(condition.Article), condition.Code));
        if (c.Expected is RecommendationStatus.Recommended or RecommendationStatus.OverQuota)
        {
            Assert.All(verdict.Conditions, condition => Assert.True(condition.Passed, condition.Code));
        }
        else
        {
            Assert.Contains(verdict.Conditions, condition => condition.Code == c.Deciding && !condition.Passed);
        }

        if (verdict.Quota is { } quota && rules.Quotas.Single().Scope == QuotaScope.PerBloc)
        {
            var bloc = c.Input().Build().Units.Single(u => u.UnitId == c.UnitId).BlocId;
            (int? Unit, int? Bloc) expected = bloc is null ? (c.UnitId, null) : (null, bloc);
            Assert.Equal(expected, (quota.ScopeUnitId, quota.ScopeBlocId));
        }
    }

    /// <summary>A long-service rule asking three terms of five years, two of a woman (a province's reading), a remainder of two thirds counting.</summary>
    private static readonly RuleSet LongServiceProvince = RuleSetCatalog.Decree152 with
    {
        Id = "QT-THU",
        Jurisdiction = "QT",
        LongService = new LongServiceRules
        {
            Rules =
            [
                LongServiceRules.Defaults[0] with
                {
                    RequiredTerms = 3, RequiredTermsForWomen = 2, WomenArticle = "Quyết định 01/2025/QĐ-UBND Điều 12 (nữ giảm một nhiệm kỳ)",
                },
            ],
        },
    };

    [Theory]
    [InlineData("LongService_AWomanWithTwoTerms_MeetsTheWomensTwo", Gender.Female, "2016-01-01", "2025-12-31", "2025-12-31", true, 2)]
    [InlineData("LongService_AManWithTwoTerms_IsATermShortOfThree", Gender.Male, "2016-01-01", "2025-12-31", "2025-12-31", false, 3)]
    [InlineData("LongService_AWomanWithOneTermAndARemainderUnderTwoThirds_IsShort", Gender.Female, "2016-01-01", "2024-03-31", "2025-12-31", false, 2)]
    [InlineData("LongService_AWomanWithOneTermAndExactlyTwoThirdsMore_CountsTwo", Gender.Female, "2016-01-01", "2024-04-30", "2025-12-31", true, 2)]
    [InlineData("LongService_From29February2016_To28February2026_IsExactly120Months_AWomansTwoTerms", Gender.Female, "2016-02-29", "2026-02-28", "2026-02-28", true, 2)]
    [InlineData("LongService_From29February2016_AsOf27February2026_Is119Months_StillTwoByTheRemainder", Gender.Female, "2016-02-29", null, "2026-02-27", true, 2)]
    public void LongServiceByGender(string name, Gender gender, string from, string? to, string asOf, bool eligible, int required)
    {
        Assert.False(string.IsNullOrWhiteSpace(name));
        var history = new ServiceHistory(1, 1, [new HeldPosition("Trưởng phòng", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))], null, null, []) { Gender = gender };

        var assessed = LongServiceEligibility.Assess(history, LongServiceProvince.LongService.Rules[0], LongServiceProvince,
            DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(eligible, assessed.IsEligible);
        Assert.Equal((required, "QT-THU v1"), (assessed.Explanation.RequiredTerms, assessed.Explanation.RuleSet));
        Assert.Equal(gender == Gender.Female, assessed.Explanation.Article.Contains("nữ giảm một nhiệm kỳ", StringComparison.Ordinal));
    }

    [Fact]
    public void LongService_AWomensRequirementAboveTheGeneralOne_IsRefused() =>
        Assert.Contains(RuleSetValidator.Validate(LongServiceProvince with
        {
            LongService = new LongServiceRules { Rules = [LongServiceRules.Defaults[0] with { RequiredTermsForWomen = 3 }] },
        }), e => e.Code == "rules.invalid_long_service");
}
