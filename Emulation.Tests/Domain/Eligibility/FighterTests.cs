using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

using static Emulation.Tests.Domain.Eligibility.AdvancedWorkerTests;

namespace Emulation.Tests.Domain.Eligibility;

[Trait("Category", "Fast")]
public sealed class FighterTests
{
    [Theory]
    [InlineData(QualityRating.Excellent, InitiativeLevel.None, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Good, InitiativeLevel.Grassroots, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Good, InitiativeLevel.None, RecommendationStatus.NotEligible)]
    [InlineData(QualityRating.Completed, InitiativeLevel.Provincial, RecommendationStatus.NotEligible)]
    public void GrassrootsFighter_NeedsAdvancedWorkerAndExcellenceOrInitiative(QualityRating rating, InitiativeLevel initiative,
        RecommendationStatus expected)
    {
        Assert.Equal(expected, Verdict(new PersonBuilder(1).Rated(rating).Initiative(initiative), Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void ProvincialFighter_CountsThisYearsFighterTitleInTheStreak()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(2);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("3", verdict.Conditions.Single(c => c.Code == "cstdct.fighter_streak").Facts[0].Value);
    }

    [Fact]
    public void ProvincialFighter_WithOnlyTwoConsecutiveTitles_IsNotEligible()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(1);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.ProvincialEmulationFighter).Status);
    }

    [Fact]
    public void ProvincialFighter_NeedsAProvincialInitiative()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Grassroots).FighterFor(2);

        var verdict = Verdict(person, Title.ProvincialEmulationFighter);

        Assert.False(verdict.Conditions.Single(c => c.Code == "initiative.level").Passed);
    }

    [Fact]
    public void Streak_IgnoresSuddenAndThematicAwards()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .Earlier(1, QualityRating.Excellent).Award(1, Title.GrassrootsEmulationFighter, AwardKind.Thematic)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter, AwardKind.Sudden);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.ProvincialEmulationFighter).Status);
    }

    [Fact]
    public void Streak_IsBrokenByAGapYear()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial)
            .Earlier(1, QualityRating.Good)
            .Earlier(2, QualityRating.Excellent).Award(2, Title.GrassrootsEmulationFighter)
            .Earlier(3, QualityRating.Excellent).Award(3, Title.GrassrootsEmulationFighter);

        Assert.Equal(RecommendationStatus.NotEligible, Verdict(person, Title.ProvincialEmulationFighter).Status);
    }
}
