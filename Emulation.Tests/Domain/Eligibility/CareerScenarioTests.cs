using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

using static Emulation.Tests.Domain.Eligibility.AdvancedWorkerTests;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Legal scenarios about a career across years, one legal fact each: recruitment and transfers, years that were not
/// rated or were spent on maternity leave, revoked awards and awards of other kinds. The evaluated year is
/// <see cref="InputBuilder.Year"/> (2025) under Decree 152/2025.
/// </summary>
[Trait("Category", "Fast")]
public sealed class CareerScenarioTests
{
    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    private static string FactOf(Condition condition, string name) => condition.Facts.Single(f => f.Name == name).Value;

    // Circular 01/2024/TT-BNV: six months since recruitment; the ten months of the repealed Circular 12/2019 no longer apply.

    [Fact]
    public void Circular01_ARecruitOfEightMonths_IsAnAdvancedWorker_TheOldTenMonthRuleLapsed()
    {
        var verdict = Verdict(new PersonBuilder(1).RecruitedOn(new DateOnly(2025, 5, 1)).Worked(8), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var recruitment = ConditionOf(verdict, "aw.recruitment");
        Assert.Equal(("8", "6"), (FactOf(recruitment, "months"), FactOf(recruitment, "minimum")));
        Assert.Equal(LegalArticles.RecruitmentCircular, recruitment.Article);
    }

    // Transfers: the person's record follows them, the new unit decides.

    [Fact]
    public void Transfer_IsNoNewRecruitment_TheNewUnitDecidesTheYear()
    {
        var person = Person.Create("Nguyễn Thị Lan", Gender.Female, 1, new DateOnly(2015, 3, 1), "Chuyên viên");

        Assert.True(person.Transfer(2, "Chuyên viên", new DateOnly(2025, 10, 1)).IsSuccess);

        Assert.Equal(new DateOnly(2015, 3, 1), person.RecruitedOn);
        Assert.Equal(2, person.UnitInYear(2025));
    }

    /// <summary>
    /// CSTĐCS 2023 and 2024 earned in Phòng 1; transferred to Phòng 2, CSTĐCS again in 2025 with a province-wide
    /// initiative: three consecutive titles (Law 06/2022 Art. 22), whichever unit gave them.
    /// </summary>
    [Fact]
    public void Law22_FighterTitlesEarnedInTheFormerUnit_CountInTheNewUnitsStreak()
    {
        var person = new PersonBuilder(1, unitId: 2).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(2);
        var eval = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2)).Person(person).Evaluate();

        var verdict = eval.Get(1, 2, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("3", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
    }

    // Partial years: a year that could not be rated breaks a streak; a year on maternity leave does not.

    /// <summary>
    /// Excellent in 2023 and 2025, but in 2024 under six months' working time and so not rated (Decree 90/2020 Art. 2(3)):
    /// the two consecutive excellent years of Art. 74 are not there.
    /// </summary>
    [Fact]
    public void Decree90Art2_3_AYearNotRated_BreaksTheTwoExcellentYearsOfTheBangKhen()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.NotRated).Earlier(2, QualityRating.Excellent, InitiativeLevel.Grassroots);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "bk.branch"), "excellentStreak"));
    }

    /// <summary>
    /// 2024 spent mostly on maternity leave (three months at work, nine on leave) and rated excellent, as maternity leave is
    /// working time (Decree 152/2025 Art. 4(5)): with 2025 excellent too, the two years are consecutive.
    /// </summary>
    [Fact]
    public void Decree152Art4_5_AYearOnMaternityLeave_KeepsTheStreakOfTheBangKhen()
    {
        var maternityYear = StaffYearResult.Start(1, 1, 2024);
        Assert.True(maternityYear.Record(QualityRating.Excellent, 3, 9, DisciplineLevel.None, InitiativeLevel.Grassroots).IsSuccess);
        var person = new PersonBuilder(1).Woman().Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, maternityYear.Rating, maternityYear.Initiative);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    /// <summary>
    /// A 2025 "excellent" recorded with four months' leave is capped below "good" (Decree 90/2020 Art. 2(3)): it is no
    /// excellent year for the Bằng khen's streak, and the explanation shows the cap.
    /// </summary>
    [Fact]
    public void Decree90Art2_3_AnExcellentWithFourMonthsOfLeave_IsNoExcellentYearForTheBangKhen()
    {
        var person = new PersonBuilder(1).Leave(worked: 8, leave: 4).Rated(QualityRating.Excellent)
            .Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots).Earlier(1, QualityRating.Excellent);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "rating.leave_cap").Passed);
        Assert.Equal("0", FactOf(ConditionOf(verdict, "bk.branch"), "excellentStreak"));
    }

    /// <summary>Provincial Bằng khen for 2020, good or better every year since, but 2023's "good" came with four months' leave.</summary>
    [Fact]
    public void Decree90Art2_3_ALeaveCappedYearAmongTheFive_BreaksThePrimeMinistersGoodYears()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Award(5, Title.ProvincialCertificateOfMerit)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .EarlierOnLeave(2, QualityRating.Good, leave: 4)
            .Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter)
            .Earlier(4, QualityRating.Excellent).Award(4, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("2", FactOf(ConditionOf(verdict, "streak.good_years"), "count"));
    }

    // Revoked awards (Law 06/2022, handling of violations: the decision is annulled) count toward nothing.

    [Fact]
    public void Revocation_ARevokedFighterTitle_BreaksTheProvincialFightersStreak_AndIsNamed()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter, revoked: true);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("2", FactOf(ConditionOf(verdict, "cstdct.fighter_streak"), "streak"));
        Assert.Equal("2023", FactOf(ConditionOf(verdict, "awards.revoked_ignored"), "years"));
    }

    [Fact]
    public void Revocation_ARevokedProvincialBangKhen_IsNoPriorAwardForThePrimeMinisters()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Award(5, Title.ProvincialCertificateOfMerit, revoked: true);
        for (int back = 1; back < 5; back++)
        {
            person.Earlier(back, QualityRating.Excellent).Award(back, Title.GrassrootsEmulationFighter);
        }

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var prior = ConditionOf(verdict, "prior.merit_award");
        Assert.False(prior.Passed);
        Assert.Equal(("none", "0"), (FactOf(prior, "year"), FactOf(prior, "ignoredNotMerit")));
    }

    // Decree 152/2025 Art. 33(7) reads merit awards only: a Bằng khen of another kind does not start a new period.

    [Theory]
    [InlineData(AwardKind.LongService)]
    [InlineData(AwardKind.Resistance)]
    public void Decree152Art33_7_ALongServiceOrResistanceBangKhenLastYear_DoesNotStartThePeriodAnew(AwardKind kind)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit, kind);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "award.period_after_previous");
    }

    // Law 06/2022 Art. 75: the Giấy khen needs tasks completed well and no discipline.

    [Fact]
    public void Law75_ADisciplinedPerson_GetsNoGiayKhen_EvenInAUnitThatMetItsTargets()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Reprimand);

        var verdict = Verdict(person, Title.CertificateOfCommendation);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.True(ConditionOf(verdict, "gk.achievement").Passed);
        Assert.False(ConditionOf(verdict, "discipline.allowed").Passed);
    }

    // Decree 152/2025 Art. 4(4): deferral follows whoever the proceedings are about.

    [Fact]
    public void Decree152Art4_4_AUnitUnderInspection_DoesNotDeferItsMembersOwnTitles()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1).Pending()).Person(new PersonBuilder(1).Rated(QualityRating.Excellent)).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, eval.Get(1, 1, Title.AdvancedWorker).Status);
        Assert.Equal(RecommendationStatus.Recommended, eval.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.Deferred, eval.Get(null, 1, Title.CollectiveCertificateOfCommendation).Status);
    }
}
