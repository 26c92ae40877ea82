using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

using static Emulation.Tests.Domain.Eligibility.AdvancedWorkerTests;

namespace Emulation.Tests.Domain.Eligibility;

[Trait("Category", "Fast")]
public sealed class MeritTests
{
    private static RuleSet WithClause(MeritInitiativeClause clause) =>
        InputBuilder.Rules with { Individuals = InputBuilder.Rules.Individuals with { MeritInitiativeClause = clause } };

    [Theory]
    [InlineData(MeritInitiativeClause.BindsBothBranches, RecommendationStatus.NotEligible)]
    [InlineData(MeritInitiativeClause.BindsExcellentYearsOnly, RecommendationStatus.Recommended)]
    public void ProvincialMerit_TwoFighterTitlesWithoutInitiatives_DependsOnTheClauseSetting(MeritInitiativeClause clause,
        RecommendationStatus expected)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).FighterFor(1);

        Assert.Equal(expected, Verdict(person, Title.ProvincialCertificateOfMerit, WithClause(clause)).Status);
    }

    [Theory]
    [InlineData(InitiativeLevel.Grassroots, RecommendationStatus.Recommended)]
    [InlineData(InitiativeLevel.None, RecommendationStatus.NotEligible)]
    public void ProvincialMerit_TwoExcellentYearsNeedTwoInitiatives(InitiativeLevel lastYear, RecommendationStatus expected)
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots)
            .Earlier(1, QualityRating.Excellent, lastYear);

        Assert.Equal(expected, Verdict(person, Title.ProvincialCertificateOfMerit, WithClause(MeritInitiativeClause.BindsBothBranches)).Status);
    }

    private static PersonBuilder GoodYears(PersonBuilder person, int years, int fighterYears)
    {
        for (int back = 1; back < years; back++)
        {
            person.Earlier(back, QualityRating.Excellent);
            if (back < fighterYears)
            {
                person.Award(back, Title.GrassrootsEmulationFighter);
            }
        }

        return person;
    }

    [Theory]
    [InlineData(5, 3, RecommendationStatus.Recommended)]
    [InlineData(4, 3, RecommendationStatus.NotEligible)]
    [InlineData(5, 2, RecommendationStatus.NotEligible)]
    public void PrimeMinisterMerit_NeedsPriorProvincialMeritThenGoodYearsWithFighterTitles(int years, int fighters,
        RecommendationStatus expected)
    {
        var person = GoodYears(new PersonBuilder(1).Rated(QualityRating.Excellent).Award(years, Title.ProvincialCertificateOfMerit),
            years, fighters);

        Assert.Equal(expected, Verdict(person, Title.PrimeMinisterCertificateOfMerit).Status);
    }

    [Theory]
    [InlineData(AwardKind.Sudden)]
    [InlineData(AwardKind.Thematic)]
    public void PrimeMinisterMerit_SuddenOrThematicPriorAward_DoesNotCount(AwardKind kind)
    {
        var person = GoodYears(new PersonBuilder(1).Rated(QualityRating.Excellent).Award(5, Title.ProvincialCertificateOfMerit, kind), 5, 3);

        var verdict = Verdict(person, Title.PrimeMinisterCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var prior = verdict.Conditions.Single(c => c.Code == "prior.merit_award");
        Assert.Equal("1", prior.Facts.Single(f => f.Name == "ignoredNotMerit").Value);
    }

    [Theory]
    [InlineData(QualityRating.Excellent, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Completed, RecommendationStatus.NotEligible)]
    public void LabourOrder_NeedsFiveGoodYearsAfterThePrimeMinistersMerit(QualityRating thisYear, RecommendationStatus expected)
    {
        var person = GoodYears(new PersonBuilder(1).Rated(thisYear).Award(5, Title.PrimeMinisterCertificateOfMerit), 5, 3);

        Assert.Equal(expected, Verdict(person, Title.LabourOrderThirdClass).Status);
    }

    [Fact]
    public void LabourOrder_NeedsAnExcellentYear()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Good).Initiative(InitiativeLevel.Grassroots)
            .Award(5, Title.PrimeMinisterCertificateOfMerit);
        for (int back = 1; back < 5; back++)
        {
            person.Earlier(back, QualityRating.Good, InitiativeLevel.Grassroots).Award(back, Title.GrassrootsEmulationFighter);
        }

        var verdict = Verdict(person, Title.LabourOrderThirdClass);

        Assert.False(verdict.Conditions.Single(c => c.Code == "streak.excellent_years").Passed);
    }

    [Theory]
    [InlineData(QualityRating.Good, InitiativeLevel.Grassroots, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Completed, InitiativeLevel.Grassroots, RecommendationStatus.NotEligible)]
    public void CertificateOfCommendation_NeedsGoodWorkAndAnAchievement(QualityRating rating, InitiativeLevel initiative,
        RecommendationStatus expected)
    {
        Assert.Equal(expected, Verdict(new PersonBuilder(1).Rated(rating).Initiative(initiative), Title.CertificateOfCommendation).Status);
    }

    [Fact]
    public void CertificateOfCommendation_WithoutInitiativeInAUnitThatMissedTargets_IsNotEligible()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1).Value("KQ1", 50m)).Person(new PersonBuilder(1)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(1, 1, Title.CertificateOfCommendation).Status);
    }
}
