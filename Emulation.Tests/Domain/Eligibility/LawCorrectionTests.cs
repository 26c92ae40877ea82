using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

using static Emulation.Tests.Domain.Eligibility.AdvancedWorkerTests;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>Individual rules corrected by issue #15: each test is named after the article it checks.</summary>
[Trait("Category", "Fast")]
public sealed class LawCorrectionTests
{
    private static readonly RuleSet Rules = InputBuilder.Rules;

    private static RuleSet WithIndividuals(Func<IndividualRules, IndividualRules> change) =>
        Rules with { Individuals = change(Rules.Individuals) };

    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    // Law 06/2022 Art. 74: initiatives are counted one by one, and one that made a CSTĐCS does not serve again.

    [Fact]
    public void Law74_TwoInitiativesInOneYear_CountAsTwo()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("2", ConditionOf(verdict, "bk.branch").Facts.Single(f => f.Name == "initiatives").Value);
    }

    [Fact]
    public void Law74_OneInitiativeInEachOfTwoExcellentYears_IsEnough()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    /// <summary>Two CSTĐCS titles each earned by an initiative (rated good): those two initiatives do not serve again.</summary>
    [Theory]
    [InlineData(true, RecommendationStatus.NotEligible)]
    [InlineData(false, RecommendationStatus.Recommended)]
    public void Law74_InitiativeThatMadeAFighter_DoesNotServeAgain_ASetting(bool servesOnce, RecommendationStatus expected)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Good).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Good, InitiativeLevel.Grassroots).Award(1, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit, WithIndividuals(r => r with { InitiativeServesOnce = servesOnce }));

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Law74_FourInitiativesOverTwoFighterYears_LeaveTwoAfterTheTitlesUsedTheirs()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Good).Initiatives(InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .EarlierWithInitiatives(1, QualityRating.Good, InitiativeLevel.Grassroots, InitiativeLevel.Grassroots)
            .Award(1, Title.GrassrootsEmulationFighter);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var used = ConditionOf(verdict, "bk.initiatives_used");
        Assert.Equal("2", used.Facts[0].Value);
        Assert.Equal(LegalArticles.InitiativeOnce, used.Article);
    }

    [Fact]
    public void Law74_TheInitiativeClauseBindsBothBranchesByDefault()
    {
        Assert.Equal(MeritInitiativeClause.BindsBothBranches, Rules.Individuals.MeritInitiativeClause);
        Assert.True(Rules.Individuals.InitiativeServesOnce);
    }

    // Decree 152/2025 Art. 33(7): the next award's achievement period starts after the previous award's.

    [Fact]
    public void Decree152Art33_7_BangKhenLastYear_StartsThePeriodAnew_AndNamesTheDecision()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots)
            .Award(1, Title.ProvincialCertificateOfMerit, decision: "123/QĐ-UBND");

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var period = ConditionOf(verdict, "award.period_after_previous");
        Assert.Equal(LegalArticles.AwardPeriod, period.Article);
        Assert.Contains("123/QĐ-UBND", period.TextVi, StringComparison.Ordinal);
        Assert.Contains("2025", period.TextEn, StringComparison.Ordinal);
        Assert.Equal("1", ConditionOf(verdict, "bk.branch").Facts.Single(f => f.Name == "excellentStreak").Value);
    }

    [Fact]
    public void Decree152Art33_7_AHigherFormAlsoStartsThePeriodAnew()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    [Fact]
    public void Decree152Art33_7_AnAwardBeforeThePeriod_DoesNotMatter()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(2, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.ProvincialCertificateOfMerit).Status);
    }

    [Fact]
    public void Decree152Art33_7_IsNotPartOfTheDecree98RuleSet()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).Award(1, Title.ProvincialCertificateOfMerit);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit, RuleSetCatalog.Decree98);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "award.period_after_previous");
    }

    [Fact]
    public void Decree152Art33_7_PrimeMinistersMeritAfterAnEarlierOne_CountsOnlyTheYearsSince()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Award(6, Title.ProvincialCertificateOfMerit)
            .Award(3, Title.PrimeMinisterCertificateOfMerit);
        for (int back = 1; back < 5; back++)
        {
            person.Earlier(back, QualityRating.Excellent).Award(back, Title.GrassrootsEmulationFighter);
        }

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("3", ConditionOf(verdict, "streak.good_years").Facts[0].Value);
    }

    // Decree 152/2025 Art. 4(4): achievements count from the end of a disciplinary period.

    [Fact]
    public void Decree152Art4_4_APeriodReachingIntoThisYear_BarsThisYearsTitles()
    {
        var person = new PersonBuilder(1).DisciplinedEarlier(1, new DateOnly(2024, 6, 1), new DateOnly(2025, 5, 31));

        var verdict = Verdict(person, Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var period = ConditionOf(verdict, "discipline.period_ended");
        Assert.False(period.Passed);
        Assert.Equal(LegalArticles.Deferral, period.Article);
        Assert.Equal("2025-05-31", period.Facts[0].Value);
    }

    [Fact]
    public void Decree152Art4_4_APeriodThatEndedLastYear_LetsThisYearCount()
    {
        var person = new PersonBuilder(1).DisciplinedEarlier(1, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal(RecommendationStatus.Recommended, Verdict(person, Title.AdvancedWorker).Status);
    }

    /// <summary>The year the period ended in does not count toward a streak, unless the setting says it does.</summary>
    [Theory]
    [InlineData(false, RecommendationStatus.NotEligible)]
    [InlineData(true, RecommendationStatus.Recommended)]
    public void Decree152Art4_4_StreaksStartAfterThePeriod_TheOverlapIsASetting(bool overlapCounts, RecommendationStatus expected)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots)
            .DisciplinedEarlier(2, new DateOnly(2023, 3, 1), new DateOnly(2024, 2, 29));

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit,
            WithIndividuals(r => r with { YearOverlappingDisciplineCounts = overlapCounts }));

        Assert.Equal(expected, verdict.Status);
    }

    [Fact]
    public void Decree152Art4_4_ADisciplineRecordedByYearOnly_EndsWithItsYear()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, InitiativeLevel.Grassroots).DisciplinedEarlier(2);

        var verdict = Verdict(person, Title.ProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("2023-12-31", ConditionOf(verdict, "discipline.period_ended").Facts[0].Value);
    }
}
