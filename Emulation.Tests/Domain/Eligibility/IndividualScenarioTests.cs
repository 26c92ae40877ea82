using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

using static Emulation.Tests.Domain.Eligibility.AdvancedWorkerTests;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// A reviewer's legal scenarios for individuals, one legal fact each, named after the rule it checks. The evaluated
/// year is <see cref="InputBuilder.Year"/> (2025) under Decree 152/2025 unless a test names another rule set.
/// </summary>
[Trait("Category", "Fast")]
public sealed class IndividualScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;
    private static readonly RuleSet Decree98 = RuleSetCatalog.Decree98;

    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    private static string FactOf(Condition condition, string name) => condition.Facts.Single(f => f.Name == name).Value;

    private static Recommendation VerdictOn(PersonBuilder person, Title title, DateOnly referenceDate)
    {
        var input = new InputBuilder().Person(person).Build() with { ReferenceDate = referenceDate };
        var result = CampaignEvaluator.Evaluate(input, Decree152);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value.Get(person.Build().PersonId, 1, title);
    }

    // Circular 01/2024: recruited less than six months before the reference date, counted inclusively.

    [Theory]
    [InlineData("2025-06-01", RecommendationStatus.Recommended)]
    [InlineData("2025-06-02", RecommendationStatus.NotEligible)]
    public void Circular01_MonthsSinceRecruitment_CountToTheReferenceDateInclusively(string recruited, RecommendationStatus expected)
    {
        var person = new PersonBuilder(1).RecruitedOn(DateOnly.Parse(recruited, System.Globalization.CultureInfo.InvariantCulture)).Worked(6);

        var verdict = VerdictOn(person, Title.AdvancedWorker, new DateOnly(2025, 11, 30));

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(LegalArticles.RecruitmentCircular, ConditionOf(verdict, "aw.recruitment").Article);
    }

    [Fact]
    public void Circular01_RecruitedAfterTheReferenceDate_HasNoMonths()
    {
        var verdict = VerdictOn(new PersonBuilder(1).RecruitedOn(new DateOnly(2026, 1, 5)).Worked(6), Title.AdvancedWorker,
            new DateOnly(2025, 12, 31));

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("0", FactOf(ConditionOf(verdict, "aw.recruitment"), "months"));
    }

    // Decree 90/2020 Art. 2(3) as amended by Decree 48/2023: leave of 3 to < 6 months caps the rating at "completed".

    [Theory]
    [InlineData(3, QualityRating.Good)]
    [InlineData(5, QualityRating.Excellent)]
    public void Decree90Art2_3_LeaveOfThreeToSixMonths_RefusesAGoodRating(int leave, QualityRating rating)
    {
        var record = StaffYearResult.Start(1, 1, 2025);

        var result = record.Record(rating, 12 - leave, 0, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: leave);

        Assert.Equal("staff.absence_caps_rating", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData(2, QualityRating.Excellent)]
    [InlineData(3, QualityRating.Completed)]
    [InlineData(5, QualityRating.Completed)]
    public void Decree90Art2_3_LeaveBelowThreeMonths_OrACompletedRating_IsAccepted(int leave, QualityRating rating)
    {
        var record = StaffYearResult.Start(1, 1, 2025);

        Assert.True(record.Record(rating, 12 - leave, 0, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: leave).IsSuccess);
    }

    /// <summary>
    /// Six months at work beside six on leave are six months' working time: rated (only under six is not), and kept under
    /// the cap of three months' leave or more; seven months' leave leaves five at work, not rated.
    /// </summary>
    [Fact]
    public void Decree90Art2_3_SixMonthsOfLeaveBesideSixAtWork_IsRated_ButNotAboveCompleted()
    {
        var record = StaffYearResult.Start(1, 1, 2025);

        Assert.True(record.Record(QualityRating.Completed, 6, 0, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: 6).IsSuccess);
        Assert.Equal("staff.absence_caps_rating",
            Assert.Single(record.Record(QualityRating.Good, 6, 0, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: 6).Errors).Code);
        Assert.Equal("staff.too_few_months_to_rate",
            Assert.Single(record.Record(QualityRating.Completed, 5, 0, DisciplineLevel.None, InitiativeLevel.None, leaveMonths: 7).Errors).Code);
    }

    /// <summary>The engine reads the same cap: a year with 3–5 months of leave cannot carry a "good" rating into a title.</summary>
    [Theory]
    [InlineData(2, RecommendationStatus.Recommended)]
    [InlineData(3, RecommendationStatus.NotEligible)]
    [InlineData(5, RecommendationStatus.NotEligible)]
    public void Decree90Art2_3_LeaveOfThreeToSixMonths_CapsTheRating_SoNoAdvancedWorker(int leave, RecommendationStatus expected)
    {
        var verdict = Verdict(new PersonBuilder(1).Leave(worked: 12 - leave, leave: leave).Rated(QualityRating.Good), Title.AdvancedWorker);

        Assert.Equal(expected, verdict.Status);
        var cap = ConditionOf(verdict, "rating.leave_cap");
        Assert.Equal(expected == RecommendationStatus.Recommended, cap.Passed);
        Assert.Equal(LegalArticles.LeaveCap, cap.Article);
        Assert.DoesNotContain("rating.leave_cap", cap.TextVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Decree90Art2_3_LeaveOfFourMonths_CapsTheRating_SoNoCertificateOfCommendation()
    {
        var person = new PersonBuilder(1).Leave(worked: 8, leave: 4).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.CertificateOfCommendation).Status);
        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.GrassrootsEmulationFighter).Status);
    }

    // Decree 152/2025 Art. 4(5): maternity leave counts as working time.

    [Fact]
    public void Decree152Art4_5_MaternityLeave_IsWorkingTime_ForTheRatingAndTheTitles()
    {
        var record = StaffYearResult.Start(1, 1, 2025);
        Assert.True(record.Record(QualityRating.Excellent, 3, 9, DisciplineLevel.None, InitiativeLevel.None).IsSuccess);

        var person = new PersonBuilder(1).Woman().Worked(3, maternity: 9).Rated(QualityRating.Excellent);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.AdvancedWorker).Status);
        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Decree90Art2_3_FiveMonthsOfWorkWithoutMaternity_IsNotRated()
    {
        var record = StaffYearResult.Start(1, 1, 2025);

        Assert.Equal("staff.too_few_months_to_rate",
            Assert.Single(record.Record(QualityRating.Good, 5, 0, DisciplineLevel.None, InitiativeLevel.None).Errors).Code);
    }

    // Leave is not the same as not yet recruited.

    [Fact]
    public void Decree90Art2_3_MonthsBeforeRecruitment_AreNotLeave()
    {
        var record = StaffYearResult.Start(1, 1, 2025);
        Assert.True(record.Record(QualityRating.Good, 7, 0, DisciplineLevel.None, InitiativeLevel.None).IsSuccess);

        var person = new PersonBuilder(1).RecruitedOn(new DateOnly(2025, 6, 1)).Worked(7).Rated(QualityRating.Good);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.AdvancedWorker).Status);
    }

    // Discipline in the year, and deferral while proceedings are pending (Decree 152/2025 Art. 4(4)).

    [Fact]
    public void Decree90_DisciplinedInTheYear_IsRatedNotCompleted()
    {
        var record = StaffYearResult.Start(1, 1, 2025);

        Assert.Equal("staff.discipline_means_not_completed",
            Assert.Single(record.Record(QualityRating.Good, 12, 0, DisciplineLevel.Reprimand, InitiativeLevel.None).Errors).Code);
    }

    [Fact]
    public void Law74_DisciplinedThisYear_BarsTheBangKhen_EvenWithTheStreak()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Disciplined(DisciplineLevel.Reprimand).Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "discipline.allowed").Passed);
    }

    [Theory]
    [InlineData(Title.GrassrootsEmulationFighter)]
    [InlineData(Title.ProvincialCertificateOfMerit)]
    [InlineData(Title.ProvincialEmulationFighter)]
    public void Decree152Art4_4_PendingInspectionOrComplaint_DefersAnEligibleCandidate(Title title)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Provincial, InitiativeLevel.Grassroots)
            .FighterFor(2, InitiativeLevel.Grassroots).Pending();

        var verdict = Verdict(person, title);

        Assert.Equal(RecommendationStatus.Deferred, verdict.Status);
        Assert.Equal(LegalArticles.Deferral, ConditionOf(verdict, "proceedings.none").Article);
    }

    [Fact]
    public void Decree152Art4_4_AchievementsCountFromTheEndOfDiscipline_AStreakAfterItCounts()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(2)
            .DisciplinedEarlier(3, new DateOnly(2022, 1, 10), new DateOnly(2022, 12, 31));

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialEmulationFighter).Status);
    }

    [Fact]
    public void Decree152Art4_4_AStreakThatBeganDuringTheDisciplinaryPeriod_CountsOnlyFromItsEnd()
    {
        // Disciplined in 2022 with a period to June 2023: the 2023 title is within the period and does not count.
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(2)
            .DisciplinedEarlier(3, new DateOnly(2022, 7, 1), new DateOnly(2023, 6, 30));

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("2", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
    }

    // Law 06/2022 Art. 23: CSTĐCS = Advanced Worker and (excellent, or an initiative recognised this year).

    [Fact]
    public void Law23_AGoodWorkerWithAProvincialInitiative_IsAFighter()
    {
        Assert.Equal(RecommendationStatus.Recommended,
            Verdict(new PersonBuilder(1).Rated(QualityRating.Good).Initiative(InitiativeLevel.Provincial), Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Law23_AnInitiativeRecognisedLastYear_DoesNotMakeThisYearsFighter()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Good).Earlier(1, QualityRating.Good, InitiativeLevel.Grassroots);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Law23_AnExcellentRatingWithoutAdvancedWorker_IsNoFighter()
    {
        // Excellent, but recruited in October: not an Advanced Worker, so not a CSTĐCS either.
        var person = new PersonBuilder(1).RecruitedOn(new DateOnly(2025, 10, 1)).Rated(QualityRating.Excellent);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.GrassrootsEmulationFighter).Status);
    }

    // Law 06/2022 Art. 74 (individual Bằng khen): initiatives counted one by one; one that made a CSTĐCS does not serve again.

    [Fact]
    public void Law74_TheInitiativeOfAGoodRatedFighterYearIsUsed_TheExcellentYearsIsNot()
    {
        // 2024: good, one initiative, CSTĐCS by that initiative; 2025: excellent with one initiative. One counts, not two.
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Good, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "bk.branch"), "initiatives"));
        Assert.Equal("1", ConditionOf(verdict, "bk.initiatives_used").Facts[0].Value);
    }

    [Fact]
    public void Law74_ASecondInitiativeInTheGoodRatedFighterYear_StillServes()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .EarlierWithInitiatives(1, QualityRating.Good, InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Award(1, Title.GrassrootsEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    [Fact]
    public void Law74_InitiativesBeforeTheTwoYears_DoNotCount()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Earlier(1, QualityRating.Excellent)
            .EarlierWithInitiatives(2, QualityRating.Excellent, InitiativeLevel.Grassroots, InitiativeLevel.Grassroots);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    [Theory]
    [InlineData(MeritInitiativeClause.BindsBothBranches, RecommendationStatus.NotEligible)]
    [InlineData(MeritInitiativeClause.BindsExcellentYearsOnly, RecommendationStatus.Recommended)]
    public void Law74_TwoGoodRatedFighterYears_WithTheirInitiativesUsed_DependOnTheClauseSetting(MeritInitiativeClause clause,
        RecommendationStatus expected)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Good).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Good, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter);
        var rules = Decree152 with { Individuals = Decree152.Individuals with { MeritInitiativeClause = clause } };

        Assert.Equal(expected, Verdict(person, Title.ProvincialCertificateOfMerit, rules).Status);
    }

    [Fact]
    public void Law74_AGapYearBreaksTheFighterStreak()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Good)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    [Theory]
    [InlineData(AwardKind.Sudden)]
    [InlineData(AwardKind.Thematic)]
    public void Decree152Art4_3_ASuddenOrThematicFighterTitle_IsNoPartOfTheBangKhenStreak(AwardKind kind)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Good).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Good).Award(1, Title.GrassrootsEmulationFighter, kind);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit,
            Decree152 with { Individuals = Decree152.Individuals with { MeritInitiativeClause = MeritInitiativeClause.BindsExcellentYearsOnly } });

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "bk.branch"), "fighterStreak"));
    }

    // Law 06/2022 Art. 22: three consecutive CSTĐCS titles and an initiative with province-wide effect.

    [Fact]
    public void Law22_AProvincialInitiativeWithinTheThreeYears_Counts_NotOnlyThisYears()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Provincial).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "initiative.level").Passed);
    }

    [Fact]
    public void Law22_AProvincialInitiativeBeforeTheThreeYears_DoesNotCount()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).FighterFor(2)
            .Earlier(3, QualityRating.Excellent, InitiativeLevel.Provincial).Award(3, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "initiative.level").Passed);
    }

    [Fact]
    public void Law22_AGrassrootsInitiative_IsNotProvinceWide()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots).FighterFor(2, InitiativeLevel.Grassroots);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.ProvincialEmulationFighter).Status);
    }

    [Fact]
    public void Law4_1_ProvincialFighter_NeedsNoBangKhenOrGiayKhenBefore()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(2);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 22", verdict.Article);
    }

    // Decree 152/2025 Art. 33(7): the next award's period starts after the previous award's; years never serve twice.

    [Fact]
    public void Decree152Art33_7_AProvincialFighterLastYear_MeansTheNextNeedsThreeNewTitles()
    {
        // CSTĐCS 2022–2025, Chiến sĩ thi đua cấp tỉnh in 2024 for 2022–2024: in 2025 only one title is new.
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(3)
            .Award(1, Title.ProvincialEmulationFighter, decision: "88/QĐ-UBND");

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
        Assert.Equal(LegalArticles.AwardPeriod, ConditionOf(verdict, "award.period_after_previous").Article);
    }

    [Fact]
    public void Decree152Art33_7_AProvincialFighterThreeYearsAgo_LeavesThreeNewTitles()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(3)
            .Award(3, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialEmulationFighter).Status);
    }

    [Fact]
    public void Decree152Art33_7_AProvincialFighterLastYear_IsNotReadUnderDecree98()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(3)
            .Award(1, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialEmulationFighter, Decree98).Status);
    }

    [Fact]
    public void Decree152Art33_7_ABangKhenCoveringLastYear_LeavesOnlyThisYear_EvenWithThreeExcellentYears()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Earlier(2, QualityRating.Excellent, InitiativeLevel.Grassroots)
            .Award(1, Title.ProvincialCertificateOfMerit);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "bk.branch"), "excellentStreak"));
    }

    [Theory]
    [InlineData(AwardKind.Sudden)]
    [InlineData(AwardKind.Thematic)]
    public void Decree152Art4_3_ASuddenOrThematicBangKhenLastYear_DoesNotStartThePeriodAnew(AwardKind kind)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit, kind);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "award.period_after_previous");
    }

    [Fact]
    public void Law4_1_BangKhen_NeedsNoGiayKhenBefore()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    // Law 06/2022 Art. 73: the Prime Minister's Bằng khen.

    private static PersonBuilder AfterAward(Title prior, int goodYears, int fighters, AwardKind kind = AwardKind.Merit,
        QualityRating thisYear = QualityRating.Excellent)
    {
        var person = new PersonBuilder(1).Rated(thisYear).Award(goodYears, prior, kind);
        for (int back = 1; back < goodYears; back++)
        {
            person.Earlier(back, QualityRating.Good);
            if (back < fighters)
            {
                person.Award(back, Title.GrassrootsEmulationFighter);
            }
        }

        return person;
    }

    [Fact]
    public void Law73_ProvincialBangKhenThenFiveGoodYearsWithThreeFighters_EarnsThePrimeMinistersBangKhen()
    {
        var verdict = Verdict(AfterAward(Title.ProvincialCertificateOfMerit, 5, 3), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 73", verdict.Article);
    }

    [Fact]
    public void Law73_WithoutAProvincialBangKhen_TenGoodYearsAreNotEnough()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent);
        for (int back = 1; back < 10; back++)
        {
            person.Earlier(back, QualityRating.Excellent).Award(back, Title.GrassrootsEmulationFighter);
        }

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "prior.merit_award").Passed);
    }

    [Fact]
    public void Law73_AGapYearInTheFive_BreaksTheStreak()
    {
        // Provincial Bằng khen in 2020; 2023 only "completed": the good years after it are 2024 and 2025.
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Award(5, Title.ProvincialCertificateOfMerit)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Completed)
            .Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter)
            .Earlier(4, QualityRating.Good);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.PrimeMinisterCertificateOfMerit).Status);
    }

    [Fact]
    public void Law73_GoodYearsBeforeTheProvincialBangKhen_DoNotCount()
    {
        // Provincial Bằng khen in 2022, good years 2016–2025: only 2023–2025 follow it.
        var person = AfterAward(Title.ProvincialCertificateOfMerit, 10, 10);
        person.Award(3, Title.ProvincialCertificateOfMerit);

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("3", ConditionOf(verdict, "streak.good_years").Facts[0].Value);
    }

    /// <summary>
    /// A provincial Bằng khen of 2020 given for resistance achievements or for long service, then five good years
    /// (2021–2025) with three CSTĐCS titles: only a merit award is the prior award Art. 73 asks for, and the
    /// explanation counts the award it left out.
    /// </summary>
    [Theory]
    [InlineData(AwardKind.Resistance)]
    [InlineData(AwardKind.LongService)]
    public void Law73_AResistanceOrLongServiceBangKhen_IsNoBasisForThePrimeMinistersBangKhen(AwardKind kind)
    {
        var verdict = Verdict(AfterAward(Title.ProvincialCertificateOfMerit, 5, 3, kind), Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var prior = ConditionOf(verdict, "prior.merit_award");
        Assert.False(prior.Passed);
        Assert.Equal(("none", "1"), (FactOf(prior, "year"), FactOf(prior, "ignoredNotMerit")));
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 73; Nghị định 152/2025/NĐ-CP Điều 4 khoản 3", prior.Article);
        Assert.Equal(("VN-ND152-2025", 1), (verdict.RuleSetId, verdict.RuleSetVersion));
    }

    // Law 06/2022 Art. 44: Labour Order, 3rd class.

    [Fact]
    public void Law44_PrimeMinistersBangKhenThenFiveGoodYears_OneExcellent_ThreeFighters_EarnsTheLabourOrder()
    {
        var verdict = Verdict(AfterAward(Title.PrimeMinisterCertificateOfMerit, 5, 3), Title.LabourOrderThirdClass);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 44", verdict.Article);
    }

    [Theory]
    [InlineData(AwardKind.Sudden)]
    [InlineData(AwardKind.Thematic)]
    public void Decree152Art4_3_ASuddenOrThematicPrimeMinistersBangKhen_IsNoBasisForTheLabourOrder(AwardKind kind)
    {
        Assert.Equal(RecommendationStatus.NotEligible,
            Verdict(AfterAward(Title.PrimeMinisterCertificateOfMerit, 5, 3, kind), Title.LabourOrderThirdClass).Status);
    }

    [Fact]
    public void Law44_NoExcellentYearInTheFive_IsNotEnough()
    {
        var verdict = Verdict(AfterAward(Title.PrimeMinisterCertificateOfMerit, 5, 3, thisYear: QualityRating.Good),
            Title.LabourOrderThirdClass);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "streak.excellent_years").Passed);
    }

    [Fact]
    public void Law44_AProvincialBangKhen_IsNotThePrimeMinistersOne()
    {
        var verdict = Verdict(AfterAward(Title.ProvincialCertificateOfMerit, 5, 3), Title.LabourOrderThirdClass);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "prior.merit_award").Passed);
    }

    [Fact]
    public void Law44_OnlyTwoFighterTitlesInTheFive_IsNotEnough()
    {
        Assert.Equal(RecommendationStatus.NotEligible,
            Verdict(AfterAward(Title.PrimeMinisterCertificateOfMerit, 5, 2), Title.LabourOrderThirdClass).Status);
    }

    // Rule sets by date: Decree 98/2023 to 2025-06-30, Decree 152/2025 from 2025-07-01; the explanation names the one used.

    [Theory]
    [InlineData("2024-12-31", "VN-ND98-2023")]
    [InlineData("2025-06-30", "VN-ND98-2023")]
    [InlineData("2025-07-01", "VN-ND152-2025")]
    [InlineData("2025-12-31", "VN-ND152-2025")]
    public void RuleSets_TheOneInForceOnTheDate_IsChosen(string date, string id)
    {
        var rules = RuleSetCatalog.InForce(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(id, rules.Value.Id);
    }

    [Fact]
    public void RuleSets_AStreakCrossingTheFirstOfJuly2025_IsDecidedAndExplainedUnderDecree152()
    {
        // CSTĐCS 2023 and 2024 decided under Decree 98/2023; the 2025 review runs at the year's end, under Decree 152/2025.
        var rules = RuleSetCatalog.InForce(new DateOnly(InputBuilder.Year, 12, 31)).Value;
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(2);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter, rules);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("VN-ND152-2025 v1", verdict.Explanation.RuleSet);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 22", verdict.Explanation.Article);
    }

    [Fact]
    public void RuleSets_ABangKhenDecidedUnderDecree98_StillStartsThePeriodUnderDecree152()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit, decision: "12/QĐ-UBND");

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit, RuleSetCatalog.InForce(new DateOnly(2025, 12, 31)).Value);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal(LegalArticles.AwardPeriod, ConditionOf(verdict, "award.period_after_previous").Article);
    }

    [Theory]
    [InlineData(Title.AdvancedWorker)]
    [InlineData(Title.ProvincialCertificateOfMerit)]
    [InlineData(Title.PrimeMinisterCertificateOfMerit)]
    public void RuleSets_AnEvaluationUnderDecree98_CitesNoArticleOfDecree152(Title title)
    {
        var person = AfterAward(Title.ProvincialCertificateOfMerit, 5, 3).DisciplinedEarlier(6).Award(7, Title.ProvincialCertificateOfMerit, AwardKind.Sudden);

        var verdict = Verdict(person, title, Decree98);

        Assert.Equal("VN-ND98-2023 v1", verdict.Explanation.RuleSet);
        Assert.All(verdict.Conditions, c => Assert.DoesNotContain("152/2025", c.Article, StringComparison.Ordinal));
    }
}
