using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

[Trait("Category", "Fast")]
public sealed class AdvancedWorkerTests
{
    internal static Recommendation Verdict(PersonBuilder person, Title title, Emulation.Domain.Rules.RuleSet? rules = null) =>
        new InputBuilder().Person(person).Evaluate(rules).Get(person.Build().PersonId, 1, title);

    [Theory]
    [InlineData(QualityRating.Excellent, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Good, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Completed, RecommendationStatus.NotEligible)]
    [InlineData(QualityRating.NotCompleted, RecommendationStatus.NotEligible)]
    [InlineData(QualityRating.NotRated, RecommendationStatus.NotEligible)]
    public void AdvancedWorker_DependsOnRating(QualityRating rating, RecommendationStatus expected)
    {
        Assert.Equal(expected, Verdict(new PersonBuilder(1).Rated(rating), Title.AdvancedWorker).Status);
    }

    /// <summary>Circular 01/2024: months since recruitment counted inclusively to 31 December (1 July → 31 December is six).</summary>
    [Theory]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", true)]
    [InlineData("2025-07-02", false)]
    [InlineData("2025-08-01", false)]
    public void AdvancedWorker_Circular01_RecruitedLessThanSixMonthsBeforeYearEnd_IsNotEligible(string recruited, bool eligible)
    {
        var verdict = Verdict(new PersonBuilder(1).RecruitedOn(DateOnly.Parse(recruited, System.Globalization.CultureInfo.InvariantCulture)),
            Title.AdvancedWorker);

        Assert.Equal(eligible, verdict.Conditions.Single(c => c.Code == "aw.recruitment").Passed);
    }

    [Theory]
    [InlineData(6, 0, true)]
    [InlineData(5, 0, false)]
    [InlineData(2, 4, true)]
    public void AdvancedWorker_CountsMaternityLeaveAsWorkingTime(int worked, int maternity, bool eligible)
    {
        var verdict = Verdict(new PersonBuilder(1).Woman().Worked(worked, maternity), Title.AdvancedWorker);

        Assert.Equal(eligible, verdict.Status == RecommendationStatus.Recommended);
    }

    [Theory]
    [InlineData(DisciplineLevel.None, RecommendationStatus.Recommended)]
    [InlineData(DisciplineLevel.Reprimand, RecommendationStatus.NotEligible)]
    public void AdvancedWorker_WhenDisciplined_IsNotEligible(DisciplineLevel level, RecommendationStatus expected)
    {
        Assert.Equal(expected, Verdict(new PersonBuilder(1).Disciplined(level), Title.AdvancedWorker).Status);
    }

    [Fact]
    public void AdvancedWorker_WhenProceedingsPending_IsDeferred()
    {
        var verdict = Verdict(new PersonBuilder(1).Pending(), Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Deferred, verdict.Status);
        Assert.False(verdict.Conditions.Single(c => c.Code == "proceedings.none").Passed);
    }

    [Fact]
    public void AdvancedWorker_WhenPendingAndAlsoIneligible_IsNotEligible()
    {
        Assert.Equal(RecommendationStatus.NotEligible,
            Verdict(new PersonBuilder(1).Pending().Rated(QualityRating.Completed), Title.AdvancedWorker).Status);
    }

    [Fact]
    public void AdvancedWorker_WithoutThisYearsRecord_IsNotEligible()
    {
        var verdict = Verdict(new PersonBuilder(1).WithoutCurrentYear(), Title.AdvancedWorker);

        Assert.Equal("record.present", Assert.Single(verdict.Conditions).Code);
        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
    }

    /// <summary>Decree 90/2020 Art. 2(3), issue #15: recruited on 4 May, eight months at work and no leave: Lao động tiên tiến.</summary>
    [Fact]
    public void AdvancedWorker_Decree90Art2_3_RecruitedOnFourthOfMay_IsEligible()
    {
        var person = new PersonBuilder(1).RecruitedOn(new DateOnly(InputBuilder.Year, 5, 4)).Worked(8).Rated(QualityRating.Good);

        var verdict = Verdict(person, Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("7", verdict.Conditions.Single(c => c.Code == "aw.recruitment").Facts[1].Value);
    }

    [Fact]
    public void AdvancedWorker_LeaveIsNotWorkingTime_AndTheExplanationShowsIt()
    {
        var person = new PersonBuilder(1).Leave(worked: 5, leave: 7).Rated(QualityRating.Good);

        var verdict = Verdict(person, Title.AdvancedWorker);

        var working = verdict.Conditions.Single(c => c.Code == "aw.working_time");
        Assert.False(working.Passed);
        Assert.Equal("7", working.Facts.Single(f => f.Name == "leaveMonths").Value);
        Assert.Contains("Thông tư 01/2024/TT-BNV Điều 1 khoản 5", working.Article, StringComparison.Ordinal);
    }
}
