using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// A lawyer's pass over the individual titles and forms, one legal fact each, each verdict read with the explanation it
/// gives (rule set and version, article, the condition that decided): 2 against 3 consecutive titles, a gap year, a year
/// under discipline, maternity and sick leave, joining, leaving and dying mid-year, the rating each title needs, the
/// initiative and its level, and the chain of prior awards. The year is <see cref="InputBuilder.Year"/> (2025) under
/// Decree 152/2025 unless a test names Decree 98/2023.
/// </summary>
[Trait("Category", "Fast")]
public sealed class LawyerIndividualScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;

    private static Recommendation Verdict(PersonBuilder person, Title title, RuleSet? rules = null) =>
        new InputBuilder().Person(person).Evaluate(rules).Get(1, 1, title);

    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    private static string FactOf(Condition condition, string name) => condition.Facts.Single(f => f.Name == name).Value;

    private static void NamesTheRuleSet(Recommendation verdict, RuleSet rules, string article)
    {
        Assert.Equal(rules.Id, verdict.RuleSetId);
        Assert.Equal(rules.Version, verdict.RuleSetVersion);
        Assert.Equal(article, verdict.Article);
        Assert.Equal($"{rules.Id} v{rules.Version}", verdict.Explanation.RuleSet);
    }

    /// <summary>CSTĐCS (merit, rated excellent) in each of the given years back; this year rated excellent too.</summary>
    private static PersonBuilder FighterIn(params int[] yearsBack)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent);
        foreach (int back in yearsBack)
        {
            person.Earlier(back, QualityRating.Excellent).Award(back, Title.GrassrootsEmulationFighter);
        }

        return person;
    }

    // Law 06/2022 Art. 22: Chiến sĩ thi đua cấp tỉnh after three consecutive CSTĐCS titles, this year's the third.

    [Fact]
    public void Art22_TwoConsecutiveFighterTitles_AreOneShortOfTheProvincialFighter()
    {
        var verdict = Verdict(FighterIn(1).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var streak = ConditionOf(verdict, "cstdct.fighter_streak");
        Assert.False(streak.Passed);
        Assert.Equal("2", FactOf(streak, "streak"));
        Assert.Equal("3", FactOf(streak, "required"));
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 22");
    }

    [Fact]
    public void Art22_ThreeConsecutiveFighterTitles_WithAProvinceWideInitiative_MakeTheProvincialFighter()
    {
        var verdict = Verdict(FighterIn(1, 2).Initiative(InitiativeLevel.Provincial), Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("3", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 22");
    }

    [Fact]
    public void Art22_ThreeFighterTitles_WithOnlyAGrassrootsInitiative_AreNoProvincialFighter()
    {
        var verdict = Verdict(FighterIn(1, 2).Initiative(InitiativeLevel.Grassroots), Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var initiative = ConditionOf(verdict, "initiative.level");
        Assert.False(initiative.Passed);
        Assert.Equal("Initiative.Grassroots", FactOf(initiative, "initiative"));
        Assert.Equal("Initiative.Provincial", FactOf(initiative, "required"));
    }

    [Fact]
    public void Art22_AGapYear_RestartsTheCount_FourTitlesInFiveYearsAreNotThreeConsecutive()
    {
        // CSTĐCS 2021, 2022, 2023; 2024 rated good only; 2025 CSTĐCS again.
        var person = FighterIn(2, 3, 4).Initiative(InitiativeLevel.Provincial);
        person.Earlier(1, QualityRating.Good);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
    }

    [Fact]
    public void Art22_AYearUnderDiscipline_BreaksTheStreak()
    {
        var person = FighterIn(2, 3).Initiative(InitiativeLevel.Provincial).DisciplinedEarlier(1);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
    }

    [Fact]
    public void Art22_Decree152Art33_7_AFourthConsecutiveYearAfterAProvincialFighter_StartsANewCount()
    {
        // CSTĐCS 2021–2025 and Chiến sĩ thi đua cấp tỉnh for 2023: only 2024 and 2025 count now.
        var person = FighterIn(1, 2, 3, 4).Initiative(InitiativeLevel.Provincial)
            .Award(2, Title.ProvincialEmulationFighter, decision: "123/QĐ-UBND");

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("2", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
        var period = ConditionOf(verdict, "award.period_after_previous");
        Assert.Equal("123/QĐ-UBND", FactOf(period, "decision"));
        Assert.Equal(LegalArticles.AwardPeriod, period.Article);
    }

    // Law 06/2022 Art. 23–24: the rating each title needs.

    [Theory]
    [InlineData(QualityRating.Excellent, InitiativeLevel.None, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Good, InitiativeLevel.Grassroots, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Good, InitiativeLevel.None, RecommendationStatus.NotEligible)]
    [InlineData(QualityRating.Completed, InitiativeLevel.Provincial, RecommendationStatus.NotEligible)]
    public void Art23_AGrassrootsFighter_IsAnAdvancedWorker_RatedExcellent_OrWithARecognisedInitiative(QualityRating rating,
        InitiativeLevel initiative, RecommendationStatus expected)
    {
        var verdict = Verdict(new PersonBuilder(1).Rated(rating).Initiative(initiative), Title.GrassrootsEmulationFighter);

        Assert.Equal(expected, verdict.Status);
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 23");
        Assert.Equal(rating is QualityRating.Good or QualityRating.Excellent, ConditionOf(verdict, "cstdcs.advanced_worker").Passed);
    }

    [Theory]
    [InlineData(QualityRating.Excellent, true)]
    [InlineData(QualityRating.Good, true)]
    [InlineData(QualityRating.Completed, false)]
    [InlineData(QualityRating.NotCompleted, false)]
    [InlineData(QualityRating.NotRated, false)]
    public void Art24_AnAdvancedWorker_IsRatedGoodOrExcellent(QualityRating rating, bool eligible)
    {
        var verdict = Verdict(new PersonBuilder(1).Rated(rating), Title.AdvancedWorker);

        Assert.Equal(eligible, verdict.Status == RecommendationStatus.Recommended);
        Assert.Equal(eligible, ConditionOf(verdict, "aw.rating").Passed);
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 24");
    }

    [Fact]
    public void Art24_UnderDecree98_TheExplanationNamesDecree98sRuleSet()
    {
        var verdict = Verdict(new PersonBuilder(1), Title.AdvancedWorker, RuleSetCatalog.Decree98);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        NamesTheRuleSet(verdict, RuleSetCatalog.Decree98, "Luật TĐKT 06/2022/QH15 Điều 24");
        Assert.Equal(RuleSetCatalog.Decree98.Articles.WorkingTime, ConditionOf(verdict, "aw.working_time").Article);
    }

    // Time away from work: maternity leave is working time, leave of three months or more caps the rating.

    [Fact]
    public void Decree152Art4_5_SevenMonthsOfMaternityLeave_FiveWorked_AreTwelveMonthsOfWorkingTime()
    {
        var verdict = Verdict(new PersonBuilder(1).Woman().Worked(5, maternity: 7), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var time = ConditionOf(verdict, "aw.working_time");
        Assert.Equal("12", FactOf(time, "total"));
        Assert.Equal(LegalArticles.Maternity, time.Article);
    }

    [Theory]
    [InlineData(2, RecommendationStatus.Recommended)]
    [InlineData(3, RecommendationStatus.NotEligible)]
    [InlineData(5, RecommendationStatus.NotEligible)]
    public void Decree90Art2_3_SickLeaveOfThreeMonthsOrMore_CapsTheRating_TwoMonthsDoNot(int leave, RecommendationStatus expected)
    {
        var verdict = Verdict(new PersonBuilder(1).Rated(QualityRating.Excellent).Leave(12 - leave, leave), Title.GrassrootsEmulationFighter);

        Assert.Equal(expected, verdict.Status);
    }

    [Fact]
    public void Decree90Art2_3_ALongSickLeaveYear_BreaksTheBangKhensTwoExcellentYears()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots)
            .EarlierOnLeave(1, QualityRating.Excellent, leave: 4);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "bk.branch"), "excellentStreak"));
    }

    [Fact]
    public void Decree152Art4_5_AMaternityYear_KeepsTheBangKhensFighterStreak()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .EarlierOnMaternity(1, QualityRating.Excellent, maternity: 6).Award(1, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("2", FactOf(ConditionOf(verdict, "bk.branch"), "fighterStreak"));
    }

    // Joining, leaving and dying mid-year.

    [Theory]
    [InlineData(7, 1, RecommendationStatus.Recommended)]
    [InlineData(7, 2, RecommendationStatus.NotEligible)]
    public void Circular01_JoiningOnTheFirstOfJuly_IsSixMonths_OnTheSecondFive(int month, int day, RecommendationStatus expected)
    {
        var person = new PersonBuilder(1).RecruitedOn(new DateOnly(InputBuilder.Year, month, day)).Worked(6);

        var verdict = Verdict(person, Title.AdvancedWorker);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(LegalArticles.RecruitmentCircular, ConditionOf(verdict, "aw.recruitment").Article);
    }

    /// <summary>
    /// Retired on 31 August after eight months at work, rated good: the engine reads the year's working time and rating, not
    /// the leaving (chưa xác nhận: DOMAIN.md does not say whether someone who retired mid-year is still reviewed).
    /// </summary>
    [Fact]
    public void RetiredMidYear_AfterEightMonthsRatedGood_IsStillAnAdvancedWorker()
    {
        var verdict = Verdict(new PersonBuilder(1).Worked(8), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("8", FactOf(ConditionOf(verdict, "aw.working_time"), "total"));
    }

    [Fact]
    public void LeftAfterFiveMonths_IsNotRatedAndNoAdvancedWorker()
    {
        var verdict = Verdict(new PersonBuilder(1).Worked(5).Rated(QualityRating.NotRated), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "aw.working_time").Passed);
    }

    [Theory]
    [InlineData("2025-10-01", "2025-12-20", true)]
    [InlineData("2025-12-20", "2025-12-20", true)]
    [InlineData("2025-12-21", "2025-12-20", false)]
    public void Posthumous_AnAwardDecidedOnOrAfterTheDayOfDeath_IsTruyTang(string died, string decided, bool posthumous)
    {
        Assert.Equal(posthumous, Posthumous.Is(Emulation.Domain.Organization.LeaveReason.Deceased,
            DateOnly.Parse(died, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Posthumous_SomeoneWhoRetired_IsNeverAwardedPosthumously()
    {
        Assert.False(Posthumous.Is(Emulation.Domain.Organization.LeaveReason.Retired, new DateOnly(2025, 6, 30), new DateOnly(2025, 12, 20)));
        Assert.Contains("truy tặng", Posthumous.Article, StringComparison.Ordinal);
    }

    // Discipline in the year bars every individual title, a reprimand included.

    [Theory]
    [InlineData(DisciplineLevel.Reprimand)]
    [InlineData(DisciplineLevel.Warning)]
    public void DisciplineInTheYear_BarsTheAdvancedWorkerAndEveryTitleOnIt(DisciplineLevel level)
    {
        var eval = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.NotCompleted).Disciplined(level)
            .FighterFor(2, InitiativeLevel.Provincial)).Evaluate();

        foreach (var title in new[] { Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.ProvincialEmulationFighter,
                     Title.CertificateOfCommendation, Title.ProvincialCertificateOfMerit })
        {
            Assert.Equal(RecommendationStatus.NotEligible, eval.Get(1, 1, title).Status);
        }

        Assert.False(ConditionOf(eval.Get(1, 1, Title.ProvincialEmulationFighter), "discipline.allowed").Passed);
    }

    [Fact]
    public void Decree152Art4_4_ProceedingsPending_DeferTheTitle_AndSayWhy()
    {
        var verdict = Verdict(new PersonBuilder(1).Rated(QualityRating.Excellent).Pending(), Title.GrassrootsEmulationFighter);

        Assert.Equal(RecommendationStatus.Deferred, verdict.Status);
        var proceedings = ConditionOf(verdict, "proceedings.none");
        Assert.False(proceedings.Passed);
        Assert.Equal(LegalArticles.Deferral, proceedings.Article);
    }

    // Law 06/2022 Art. 74: the provincial Bằng khen.

    [Fact]
    public void Art74_TwoConsecutiveFighterTitles_WithTwoInitiatives_EarnTheBangKhen()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots)
            .EarlierWithInitiatives(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 74");
    }

    [Theory]
    [InlineData(MeritInitiativeClause.BindsBothBranches, RecommendationStatus.NotEligible)]
    [InlineData(MeritInitiativeClause.BindsExcellentYearsOnly, RecommendationStatus.Recommended)]
    public void Art74_TwoFighterTitlesWithoutInitiatives_TurnOnTheInitiativeClauseSetting(MeritInitiativeClause clause,
        RecommendationStatus expected)
    {
        var rules = Decree152 with { Individuals = Decree152.Individuals with { MeritInitiativeClause = clause } };

        var verdict = Verdict(FighterIn(1), Title.ProvincialCertificateOfMerit, rules);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(clause.ToString(), FactOf(ConditionOf(verdict, "bk.branch"), "initiativeClause"));
    }

    [Fact]
    public void Art74_OneInitiativeInTwoExcellentYears_IsOneShortOfTwo()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
    }

    [Fact]
    public void Art74_ThreeYearsAfterABangKhen_OnlyTheYearsAfterItCount()
    {
        // Bằng khen for 2023; CSTĐCS 2023–2025 with initiatives: 2024 and 2025 serve again, two consecutive.
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots)
            .EarlierWithInitiatives(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter)
            .EarlierWithInitiatives(2, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(2, Title.GrassrootsEmulationFighter)
            .Award(2, Title.ProvincialCertificateOfMerit);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("2024", FactOf(ConditionOf(verdict, "award.period_after_previous"), "countsFrom"));
    }

    [Fact]
    public void Art74_ABangKhenLastYear_LeavesOneYearToCount_NoBangKhenAgain()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .EarlierWithInitiatives(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter)
            .Award(1, Title.ProvincialCertificateOfMerit);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "bk.branch"), "fighterStreak"));
    }

    /// <summary>
    /// Decree 98/2023 has no Art. 33(7) in this rule set (AwardPeriodStartsAfterPreviousAward off, chưa xác nhận whether the
    /// Law's "no award twice for one achievement" reaches as far): a Bằng khen last year does not stop one this year.
    /// </summary>
    [Theory]
    [InlineData("VN-ND98-2023", RecommendationStatus.Recommended)]
    [InlineData("VN-ND152-2025", RecommendationStatus.NotEligible)]
    public void Art33_7_ABangKhenLastYear_CountsUnderDecree152Only(string ruleSetId, RecommendationStatus expected)
    {
        var rules = RuleSetCatalog.All.Single(r => r.Id == ruleSetId);
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots)
            .EarlierWithInitiatives(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter)
            .Award(1, Title.ProvincialCertificateOfMerit);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit, rules);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(ruleSetId, verdict.RuleSetId);
        Assert.Equal(expected == RecommendationStatus.NotEligible, verdict.Conditions.Any(c => c.Code == "award.period_after_previous"));
    }

    [Theory]
    [InlineData(2024, "VN-ND98-2023")]
    [InlineData(2025, "VN-ND152-2025")]
    [InlineData(2026, "VN-ND152-2025")]
    public void RuleSets_ACampaignYearIsEvaluatedUnderTheSetInForceOnItsLastDay(int year, string ruleSetId)
    {
        Assert.Equal(ruleSetId, RuleSetCatalog.InForce(new DateOnly(year, 12, 31)).Value.Id);
    }

    // Law 06/2022 Art. 73 and 44: the chain of prior awards.

    /// <summary>A provincial Bằng khen <paramref name="bkYearsBack"/> years ago, then good years with CSTĐCS in the given years back.</summary>
    private static PersonBuilder AfterProvincialBangKhen(int bkYearsBack, int goodYears, int[] fighterYearsBack,
        AwardKind kind = AwardKind.Merit)
    {
        var person = new PersonBuilder(1).Award(bkYearsBack, Title.ProvincialCertificateOfMerit, kind);
        for (int back = 1; back < goodYears; back++)
        {
            bool fighter = fighterYearsBack.Contains(back);
            person.Earlier(back, fighter ? QualityRating.Excellent : QualityRating.Good);
            if (fighter)
            {
                person.Award(back, Title.GrassrootsEmulationFighter);
            }
        }

        return person;
    }

    [Fact]
    public void Art73_ABangKhenThenFiveGoodYearsWithThreeFighterTitles_EarnThePrimeMinistersBangKhen()
    {
        var verdict = Verdict(AfterProvincialBangKhen(5, 5, [1, 2, 3]), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("5", FactOf(ConditionOf(verdict, "streak.good_years"), "count"));
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 73");
    }

    [Fact]
    public void Art73_FourGoodYearsAfterTheBangKhen_AreOneShort()
    {
        var verdict = Verdict(AfterProvincialBangKhen(4, 4, [1, 2, 3]), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("4", FactOf(ConditionOf(verdict, "streak.good_years"), "count"));
    }

    [Fact]
    public void Art73_TwoFighterTitlesInFiveGoodYears_AreOneShort()
    {
        var verdict = Verdict(AfterProvincialBangKhen(5, 5, [1, 2]), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "streak.fighter_titles").Passed);
    }

    [Fact]
    public void Art73_WithoutAProvincialBangKhen_ThereIsNoPrimeMinistersBangKhen()
    {
        var person = new PersonBuilder(1).FighterFor(4);

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("none", FactOf(ConditionOf(verdict, "prior.merit_award"), "year"));
    }

    [Fact]
    public void Decree152Art4_3_ASuddenBangKhen_IsNoPriorAwardForThePrimeMinisters()
    {
        var verdict = Verdict(AfterProvincialBangKhen(5, 5, [1, 2, 3], AwardKind.Sudden), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var prior = ConditionOf(verdict, "prior.merit_award");
        Assert.Equal("1", FactOf(prior, "ignoredNotMerit"));
        Assert.Contains(LegalArticles.NotBasisForMerit, prior.Article, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, RecommendationStatus.Recommended)]
    [InlineData(false, RecommendationStatus.NotEligible)]
    public void Art44_ThePrimeMinistersBangKhenThenFiveGoodYears_NeedOneExcellentAndThreeFighterTitles(bool oneExcellent,
        RecommendationStatus expected)
    {
        // CSTĐCS by initiative on a good rating when no year may be excellent.
        var person = new PersonBuilder(1).Award(5, Title.PrimeMinisterCertificateOfMerit).Initiative(InitiativeLevel.Grassroots);
        for (int back = 1; back <= 4; back++)
        {
            var rating = oneExcellent && back == 1 ? QualityRating.Excellent : QualityRating.Good;
            person.Earlier(back, rating, back <= 3 ? InitiativeLevel.Grassroots : InitiativeLevel.None);
            if (back <= 3)
            {
                person.Award(back, Title.GrassrootsEmulationFighter);
            }
        }

        var verdict = Verdict(person, Title.LabourOrderThirdClass);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(oneExcellent, ConditionOf(verdict, "streak.excellent_years").Passed);
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 44");
    }

    [Fact]
    public void Art44_AProvincialBangKhenOnly_IsNoBasisForTheLabourOrder()
    {
        var verdict = Verdict(AfterProvincialBangKhen(6, 6, [1, 2, 3]).Rated(QualityRating.Excellent), Title.LabourOrderThirdClass);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("none", FactOf(ConditionOf(verdict, "prior.merit_award"), "year"));
    }

    // Law 06/2022 Art. 75: the individual Giấy khen.

    [Theory]
    [InlineData(QualityRating.Good, InitiativeLevel.Grassroots, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Completed, InitiativeLevel.Grassroots, RecommendationStatus.NotEligible)]
    public void Art75_TheGiayKhen_NeedsTasksCompletedWell_AndAnAchievement(QualityRating rating, InitiativeLevel initiative,
        RecommendationStatus expected)
    {
        var verdict = Verdict(new PersonBuilder(1).Rated(rating).Initiative(initiative), Title.CertificateOfCommendation);

        Assert.Equal(expected, verdict.Status);
        NamesTheRuleSet(verdict, Decree152, "Luật TĐKT 06/2022/QH15 Điều 75");
    }

    [Fact]
    public void Art75_WithoutAnInitiative_AndTheUnitShortOfATarget_ThereIsNoGiayKhen()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1).Value("KQ1", 90m)).Person(new PersonBuilder(1)).Evaluate();

        var verdict = eval.Get(1, 1, Title.CertificateOfCommendation);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("no", FactOf(ConditionOf(verdict, "gk.achievement"), "unitMetTargets"));
    }
}
