using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

[Trait("Category", "Fast")]
public sealed class CollectiveTests
{
    /// <summary>A unit of 10 with <paramref name="advanced"/> Advanced Workers (one excellent) and the rest completed.</summary>
    private static InputBuilder UnitWith(int advanced, UnitBuilder? unit = null)
    {
        var builder = new InputBuilder().Unit(unit ?? new UnitBuilder(1).Members(10, 3));
        for (int i = 1; i <= 10; i++)
        {
            var rating = i > advanced ? QualityRating.Completed : i == 1 ? QualityRating.Excellent : QualityRating.Good;
            builder.Person(new PersonBuilder(i).Rated(rating));
        }

        return builder;
    }

    private static RecommendationStatus Status(CampaignEvaluation eval, Title title) => eval.Get(null, 1, title).Status;

    [Theory]
    [InlineData(7, RecommendationStatus.Recommended)]
    [InlineData(6, RecommendationStatus.NotEligible)]
    public void AdvancedCollective_NeedsSeventyPercentAdvancedWorkers(int advanced, RecommendationStatus expected)
    {
        Assert.Equal(expected, Status(UnitWith(advanced).Evaluate(), Title.AdvancedLabourCollective));
    }

    [Fact]
    public void AdvancedCollective_WhenAMemberIsWarned_IsNotEligible()
    {
        var eval = UnitWith(9).Person(new PersonBuilder(11).Disciplined(DisciplineLevel.Warning)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Status(eval, Title.AdvancedLabourCollective));
    }

    [Fact]
    public void AdvancedCollective_WhenScoreBelowThreshold_IsNotEligible()
    {
        var eval = UnitWith(10, new UnitBuilder(1).Value("KQ1", 50m)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Status(eval, Title.AdvancedLabourCollective));
    }

    [Fact]
    public void ExcellentCollective_NeedsAFighterAmongMembers()
    {
        var eval = UnitWith(8).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, Status(eval, Title.ExcellentLabourCollective));
        Assert.Single(eval.Recommended(Title.GrassrootsEmulationFighter));
    }

    [Fact]
    public void ExcellentCollective_WhenSomeoneDidNotComplete_IsNotEligible()
    {
        var eval = UnitWith(9).Person(new PersonBuilder(11).Rated(QualityRating.NotCompleted)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Status(eval, Title.ExcellentLabourCollective));
        Assert.Equal(RecommendationStatus.Recommended, Status(eval, Title.AdvancedLabourCollective));
    }

    [Theory]
    [InlineData(1, RecommendationStatus.Recommended)]
    [InlineData(0, RecommendationStatus.NotEligible)]
    public void CollectiveProvincialMerit_NeedsTwoConsecutiveExcellentYears(int previousYears, RecommendationStatus expected)
    {
        var unit = new UnitBuilder(1).Members(10, 3);
        if (previousYears > 0)
        {
            unit.Award(1, Title.ExcellentLabourCollective);
        }

        Assert.Equal(expected, Status(UnitWith(8, unit).Evaluate(), Title.CollectiveProvincialCertificateOfMerit));
    }

    [Fact]
    public void CollectiveProvincialMerit_IgnoresAThematicAward()
    {
        var unit = new UnitBuilder(1).Members(10, 3).Award(1, Title.ExcellentLabourCollective, AwardKind.Thematic);

        Assert.Equal(RecommendationStatus.NotEligible, Status(UnitWith(8, unit).Evaluate(), Title.CollectiveProvincialCertificateOfMerit));
    }

    [Fact]
    public void CollectiveCommendation_FollowsTheScore()
    {
        Assert.Equal(RecommendationStatus.Recommended, Status(UnitWith(0).Evaluate(), Title.CollectiveCertificateOfCommendation));
    }

    [Fact]
    public void Collective_WhenResultsMissing_IsNotEligible()
    {
        var eval = UnitWith(10, new UnitBuilder(1).NoValue("CN")).Evaluate();

        Assert.False(eval.Get(null, 1, Title.AdvancedLabourCollective).Conditions.Single(c => c.Code == "coll.results_complete").Passed);
    }
}
