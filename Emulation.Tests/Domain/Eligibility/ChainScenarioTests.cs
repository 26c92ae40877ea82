using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

using static Emulation.Tests.Domain.Eligibility.AdvancedWorkerTests;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// A legal examiner's scenarios on chains of consecutive years (Law 06/2022 Art. 22, 44, 73, 74): a chain broken by a year
/// rated lower, by long sick leave or by a discipline, and one kept through maternity leave or a transfer; the
/// boundaries of the years and titles each chain needs; discipline in the year itself. Each asserts the verdict and its
/// explanation: the condition, its facts, the article, the rule set and its version. The evaluated year is
/// <see cref="InputBuilder.Year"/> (2025) under Decree 152/2025 unless a test names another rule set.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ChainScenarioTests
{
    private const string Art22 = "Luật TĐKT 06/2022/QH15 Điều 22";
    private const string Art73 = "Luật TĐKT 06/2022/QH15 Điều 73";
    private const string Art74 = "Luật TĐKT 06/2022/QH15 Điều 74";

    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    private static string FactOf(Condition condition, string name) => condition.Facts.Single(f => f.Name == name).Value;

    private static void AssertDecidedUnderDecree152(Recommendation verdict, string article)
    {
        Assert.Equal("VN-ND152-2025 v1", verdict.Explanation.RuleSet);
        Assert.Equal(article, verdict.Explanation.Article);
    }

    // Law 06/2022 Art. 22: three consecutive CSTĐCS titles.

    /// <summary>
    /// CSTĐCS in 2022 and 2023; in 2024 rated good without an initiative, so an Advanced Worker but no CSTĐCS; CSTĐCS again
    /// in 2025 with a province-wide initiative. The chain restarts in 2025: one title, not three.
    /// </summary>
    [Fact]
    public void Law22_AYearAsAdvancedWorkerOnly_BreaksTheChainOfThreeFighterTitles()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .Earlier(1, QualityRating.Good).Award(1, Title.AdvancedWorker)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)
            .Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var streak = ConditionOf(verdict, "cstdct.fighter_streak");
        Assert.Equal((false, "1", "3", Art22), (streak.Passed, FactOf(streak, "streak"), FactOf(streak, "required"), streak.Article));
        Assert.True(ConditionOf(verdict, "initiative.level").Passed);
        AssertDecidedUnderDecree152(verdict, Art22);
    }

    /// <summary>
    /// 2024 spent nine months on maternity leave, rated excellent and given CSTĐCS (maternity leave is working time, Decree
    /// 152/2025 Art. 4(5)): with CSTĐCS in 2023 and 2025 the three titles are consecutive.
    /// </summary>
    [Fact]
    public void Decree152Art4_5_AFighterTitleInAYearOnMaternityLeave_KeepsTheChainOfThree()
    {
        var person = new PersonBuilder(1).Woman().Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .EarlierOnMaternity(1, QualityRating.Excellent, maternity: 9).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("3", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
        AssertDecidedUnderDecree152(verdict, Art22);
    }

    /// <summary>
    /// Law 06/2022 Art. 22 asks for the province-wide initiative "within" the three years: one recognised in 2023, the first
    /// of them, counts; a national one is above the provincial level and counts too.
    /// </summary>
    [Theory]
    [InlineData(InitiativeLevel.Provincial)]
    [InlineData(InitiativeLevel.National)]
    public void Law22_AProvinceWideInitiativeInTheFirstOfTheThreeYears_Counts(InitiativeLevel level)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent, level).Award(2, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var initiative = ConditionOf(verdict, "initiative.level");
        Assert.Equal(("Initiative." + level, "Initiative.Provincial", "3"),
            (FactOf(initiative, "initiative"), FactOf(initiative, "required"), FactOf(initiative, "years")));
        Assert.Equal(Art22, initiative.Article);
    }

    // Law 06/2022 Art. 74: the provincial Bằng khen.

    /// <summary>
    /// Excellent in 2024 in Phòng 1 with a grassroots initiative, transferred, excellent in 2025 in Phòng 2 with another:
    /// the record follows the person, so the two excellent years and the two initiatives are consecutive.
    /// </summary>
    [Fact]
    public void Law74_ExcellentYearsAndInitiativesOfTheFormerUnit_CountForTheBangKhenInTheNewUnit()
    {
        var person = new PersonBuilder(1, unitId: 2).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots);
        var eval = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2)).Person(person).Evaluate();

        var verdict = eval.Get(1, 2, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var branch = ConditionOf(verdict, "bk.branch");
        Assert.Equal(("2", "2", Art74), (FactOf(branch, "excellentStreak"), FactOf(branch, "initiatives"), branch.Article));
        AssertDecidedUnderDecree152(verdict, Art74);
    }

    /// <summary>
    /// Two colleagues qualify for CSTĐCS under a campaign cap of one; the second is cut. Her two excellent years with one
    /// grassroots initiative each still satisfy Art. 74's other branch, which does not rest on the CSTĐCS titles.
    /// </summary>
    [Fact]
    public void Law74_ACSTDCSCutByTheQuota_StillLeavesTheExcellentYearsBranchOfTheBangKhen()
    {
        var rules = InputBuilder.Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 50, Base = QuotaBase.EligibleCandidates }],
        };
        var cut = new PersonBuilder(1).Woman().Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter);
        var first = new PersonBuilder(2).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial);
        var eval = new InputBuilder().Person(cut).Person(first).Evaluate(rules);

        var fighter = eval.Get(1, 1, Title.GrassrootsEmulationFighter);
        var merit = eval.Get(1, 1, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.OverQuota, fighter.Status);
        Assert.Equal((2, 1, 2), (fighter.Quota!.BaseCount, fighter.Quota.Allowed, fighter.Quota.Position));
        Assert.Equal(RecommendationStatus.Recommended, merit.Status);
        var branch = ConditionOf(merit, "bk.branch");
        Assert.Equal(("0", "2", "2"), (FactOf(branch, "fighterStreak"), FactOf(branch, "excellentStreak"), FactOf(branch, "initiatives")));
        AssertDecidedUnderDecree152(merit, Art74);
    }

    // Law 06/2022 Art. 73: the provincial Bằng khen, then five consecutive years good or better with three CSTĐCS titles.

    /// <summary>The provincial Bằng khen <paramref name="afterAward"/> years ago, then good years, CSTĐCS in the first <paramref name="fighters"/> of them.</summary>
    private static PersonBuilder AfterProvincialBangKhen(int afterAward, int fighters)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Good).Award(afterAward, Title.ProvincialCertificateOfMerit);
        for (int back = 1; back < afterAward; back++)
        {
            person.Earlier(back, QualityRating.Excellent);
            if (back <= fighters)
            {
                person.Award(back, Title.GrassrootsEmulationFighter);
            }
        }

        return person;
    }

    /// <summary>Four good years after the Bằng khen fall one short; five with three CSTĐCS titles are enough; five with two are not.</summary>
    [Theory]
    [InlineData(4, 3, RecommendationStatus.NotEligible, "4", "3")]
    [InlineData(5, 3, RecommendationStatus.Recommended, "5", "3")]
    [InlineData(5, 2, RecommendationStatus.NotEligible, "5", "2")]
    public void Law73_TheFiveGoodYearsAndThreeFighterTitles_AreCountedAfterTheProvincialBangKhen(int awardYearsBack, int fighters,
        RecommendationStatus expected, string goodYears, string fighterTitles)
    {
        var verdict = Verdict(AfterProvincialBangKhen(awardYearsBack, fighters), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(expected, verdict.Status);
        var good = ConditionOf(verdict, "streak.good_years");
        Assert.Equal((goodYears, "5", (InputBuilder.Year - awardYearsBack).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (FactOf(good, "count"), FactOf(good, "required"), FactOf(good, "afterYear")));
        Assert.Equal((fighterTitles, "3"), (FactOf(ConditionOf(verdict, "streak.fighter_titles"), "count"),
            FactOf(ConditionOf(verdict, "streak.fighter_titles"), "required")));
        AssertDecidedUnderDecree152(verdict, Art73);
    }

    /// <summary>
    /// Bằng khen in 2018; 2022 spent on seven months' sick leave and so not rated (Decree 90/2020 Art. 2(3)): the good
    /// years that follow the Bằng khen without a gap are 2023–2025 only.
    /// </summary>
    [Fact]
    public void Decree90Art2_3_AYearOfLongSickLeave_IsNotRated_AndBreaksThePrimeMinistersFiveGoodYears()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Award(7, Title.ProvincialCertificateOfMerit)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)
            .EarlierOnLeave(3, QualityRating.NotRated, leave: 7)
            .Earlier(4, QualityRating.Excellent).Award(4, Title.GrassrootsEmulationFighter)
            .Earlier(5, QualityRating.Good).Earlier(6, QualityRating.Good);

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var good = ConditionOf(verdict, "streak.good_years");
        Assert.Equal((false, "3", "2018"), (good.Passed, FactOf(good, "count"), FactOf(good, "afterYear")));
        AssertDecidedUnderDecree152(verdict, Art73);
    }

    /// <summary>
    /// Bằng khen in 2018; reprimanded in 2022 (rated "not completed", period March–December 2022). The period has ended, so
    /// it bars nothing this year (Decree 152/2025 Art. 4(4)), but the good years after the Bằng khen are 2023–2025 only.
    /// </summary>
    [Fact]
    public void Decree152Art4_4_ADisciplineYearInsideTheFive_BreaksTheChain_ThoughItsPeriodHasEnded()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Award(7, Title.ProvincialCertificateOfMerit)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)
            .DisciplinedEarlier(3, new DateOnly(2022, 3, 1), new DateOnly(2022, 12, 31))
            .Earlier(4, QualityRating.Good).Earlier(5, QualityRating.Good).Earlier(6, QualityRating.Good);

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("3", FactOf(ConditionOf(verdict, "streak.good_years"), "count"));
        var period = ConditionOf(verdict, "discipline.period_ended");
        Assert.Equal((true, "2023", LegalArticles.Deferral), (period.Passed, FactOf(period, "countsFrom"), period.Article));
        AssertDecidedUnderDecree152(verdict, Art73);
    }

    /// <summary>
    /// Bằng khen in 2019, reprimanded in 2020 (period to the end of 2020), then good or better 2021–2025 with three CSTĐCS
    /// titles: the five years after the discipline form a chain of their own, and the explanation says from when they count.
    /// </summary>
    [Fact]
    public void Decree152Art4_4_FiveGoodYearsAfterTheDisciplinaryPeriod_EarnThePrimeMinistersBangKhen()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Award(6, Title.ProvincialCertificateOfMerit)
            .DisciplinedEarlier(5, new DateOnly(2020, 4, 1), new DateOnly(2020, 12, 31))
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)
            .Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter)
            .Earlier(4, QualityRating.Good);

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("5", FactOf(ConditionOf(verdict, "streak.good_years"), "count"));
        Assert.Equal("2021", FactOf(ConditionOf(verdict, "discipline.period_ended"), "countsFrom"));
        AssertDecidedUnderDecree152(verdict, Art73);
    }

    // Discipline in the year itself (Decree 90/2020: rated "not completed"; Law 06/2022 Art. 23, 24, 75).

    /// <summary>
    /// Reprimanded in 2025 and so rated "not completed", though a provincial initiative was recognised: no Lao động tiên
    /// tiến (its discipline condition names the level and the limit), so no CSTĐCS either, and no Giấy khen.
    /// </summary>
    [Fact]
    public void Law23_24_75_AReprimandThisYear_BarsTheBaseTitlesAndTheGiayKhen_WhateverTheInitiative()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Reprimand)
            .Initiative(InitiativeLevel.Provincial);
        var eval = new InputBuilder().Person(person).Evaluate();

        var advanced = eval.Get(1, 1, Title.AdvancedWorker);
        var fighter = eval.Get(1, 1, Title.GrassrootsEmulationFighter);
        var commendation = eval.Get(1, 1, Title.CertificateOfCommendation);

        Assert.All(new[] { advanced, fighter, commendation }, v => Assert.Equal(RecommendationStatus.NotEligible, v.Status));
        var discipline = ConditionOf(advanced, "discipline.allowed");
        Assert.Equal((false, "Discipline.Reprimand", "Discipline.None", "Luật TĐKT 06/2022/QH15 Điều 24"),
            (discipline.Passed, FactOf(discipline, "discipline"), FactOf(discipline, "maximum"), discipline.Article));
        Assert.False(ConditionOf(fighter, "cstdcs.advanced_worker").Passed);
        Assert.True(ConditionOf(fighter, "cstdcs.excellent_or_initiative").Passed);
        Assert.False(ConditionOf(commendation, "discipline.allowed").Passed);
        Assert.Equal("VN-ND152-2025 v1", fighter.Explanation.RuleSet);
    }

    // Working time (Decree 152/2025 Art. 4(5); under Decree 98/2023, Circular 01/2024 Art. 1(5)).

    /// <summary>
    /// Five months at work and one month of state-sent training: six months of working time, the minimum, so an Advanced
    /// Worker; each rule set cites its own article for it.
    /// </summary>
    [Theory]
    [InlineData("VN-ND152-2025", LegalArticles.Maternity)]
    [InlineData("VN-ND98-2023", LegalArticles.WorkingTimeCircular)]
    public void WorkingTime_FiveMonthsAtWorkAndOneOfTraining_AreTheSixMonthsNeeded_UnderEachRuleSetsArticle(string ruleSetId,
        string article)
    {
        var rules = RuleSetCatalog.All.Single(r => r.Id == ruleSetId);

        var verdict = Verdict(new PersonBuilder(1).Worked(5, maternity: 1), Title.AdvancedWorker, rules);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var working = ConditionOf(verdict, "aw.working_time");
        Assert.Equal((true, "6", "6", article), (working.Passed, FactOf(working, "total"), FactOf(working, "minimum"), working.Article));
        Assert.Equal($"{ruleSetId} v1", verdict.Explanation.RuleSet);
    }
}
