using System.Globalization;

using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Boundaries a legal reviewer tries first, one legal fact each: months since recruitment on the last days of months and
/// in leap years, the three kinds of time away from work, a transfer reviewed by the new unit on the former unit's
/// opinion, and a collective's 70% with members too new to be rated. The evaluated year is
/// <see cref="InputBuilder.Year"/> (2025) under Decree 152/2025 unless a test names another rule set.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ReviewerBoundaryScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;

    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    private static string FactOf(Condition condition, string name) => condition.Facts.Single(f => f.Name == name).Value;

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static CampaignEvaluation Evaluate(InputBuilder builder, RuleSet? rules = null, DateOnly? referenceDate = null)
    {
        var input = builder.Build();
        var result = CampaignEvaluator.Evaluate(referenceDate is null ? input : input with { ReferenceDate = referenceDate }, rules ?? Decree152);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value;
    }

    // Circular 01/2024: six months from recruitment, both days counted; a month that has no such day ends on its last day.

    [Theory]
    [InlineData("2025-05-31", "2025-11-30", 6)]
    [InlineData("2025-05-31", "2025-11-29", 5)]
    [InlineData("2025-07-31", "2025-12-31", 5)]
    [InlineData("2025-07-01", "2025-12-31", 6)]
    [InlineData("2024-08-31", "2025-02-28", 6)]
    [InlineData("2023-08-30", "2024-02-28", 5)]
    [InlineData("2023-08-30", "2024-02-29", 6)]
    [InlineData("2024-02-29", "2024-08-28", 6)]
    [InlineData("2024-02-29", "2024-08-27", 5)]
    public void Circular01_MonthsFromTheLastDaysOfMonthsAndLeapDays_AreCountedInclusively(string recruited, string reference, int months)
    {
        var person = new PersonBuilder(1).RecruitedOn(Day(recruited));

        var verdict = Evaluate(new InputBuilder().Person(person), referenceDate: Day(reference)).Get(1, 1, Title.AdvancedWorker);

        var condition = ConditionOf(verdict, "aw.recruitment");
        Assert.Equal(months.ToString(CultureInfo.InvariantCulture), FactOf(condition, "months"));
        Assert.Equal(months >= 6, condition.Passed);
        Assert.Equal(months >= 6 ? RecommendationStatus.Recommended : RecommendationStatus.NotEligible, verdict.Status);
    }

    // Four months away from work, three ways: maternity leave is working time (Decree 152/2025 Art. 4(5)), leave caps the
    // rating (Decree 90/2020 Art. 2(3)), and months before recruitment are neither.

    [Fact]
    public void FourMonthsOfMaternityLeave_AreWorkingTime_TheAdvancedWorkerStands()
    {
        var verdict = Evaluate(new InputBuilder().Person(new PersonBuilder(1).Worked(8, maternity: 4))).Get(1, 1, Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("12", FactOf(ConditionOf(verdict, "aw.working_time"), "total"));
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "rating.leave_cap");
    }

    [Fact]
    public void FourMonthsOfUnpaidLeave_CapTheRating_NoAdvancedWorker_AndTheCapIsNamed()
    {
        var verdict = Evaluate(new InputBuilder().Person(new PersonBuilder(1).Leave(worked: 8, leave: 4))).Get(1, 1, Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var cap = ConditionOf(verdict, "rating.leave_cap");
        Assert.False(cap.Passed);
        Assert.Equal(LegalArticles.LeaveCap, cap.Article);
    }

    [Fact]
    public void FourMonthsBeforeRecruitment_AreNoLeave_TheAdvancedWorkerStands()
    {
        var person = new PersonBuilder(1).RecruitedOn(new DateOnly(2025, 5, 1)).Worked(8);

        var verdict = Evaluate(new InputBuilder().Person(person)).Get(1, 1, Title.AdvancedWorker);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("8", FactOf(ConditionOf(verdict, "aw.recruitment"), "months"));
    }

    // Decree 152/2025 Art. 4(4): a disciplinary period that ends on 30 June of this year.

    [Theory]
    [InlineData(false, RecommendationStatus.NotEligible)]
    [InlineData(true, RecommendationStatus.Recommended)]
    public void Decree152Art4_4_APeriodEndingMidYear_LeavesTheYearToTheSetting(bool overlapCounts, RecommendationStatus expected)
    {
        var rules = Decree152 with { Individuals = Decree152.Individuals with { YearOverlappingDisciplineCounts = overlapCounts } };
        var person = new PersonBuilder(1).DisciplinedEarlier(1, new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30));

        var verdict = Evaluate(new InputBuilder().Person(person), rules).Get(1, 1, Title.AdvancedWorker);

        Assert.Equal(expected, verdict.Status);
        var ended = ConditionOf(verdict, "discipline.period_ended");
        Assert.Equal("2025-06-30", FactOf(ended, "end"));
        Assert.Equal(rules.Articles.Deferral, ended.Article);
    }

    // A transfer: the new unit reviews the year, on the former unit's opinion when the person worked six months there.

    [Fact]
    public void Transfer_SixMonthsInTheFormerUnit_WithoutItsOpinion_TheYearsTitlesWait()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).TransferredIn(6, opinionReceived: false);

        var eval = Evaluate(new InputBuilder().Person(person));

        Assert.Equal(RecommendationStatus.Deferred, eval.Get(1, 1, Title.AdvancedWorker).Status);
        Assert.Equal(RecommendationStatus.Deferred, eval.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        var opinion = ConditionOf(eval.Get(1, 1, Title.AdvancedWorker), "transfer.former_unit_opinion");
        Assert.False(opinion.Passed);
        Assert.Equal(LegalArticles.FormerUnitOpinion, opinion.Article);
        Assert.Equal(["6", "6", "no"], opinion.Facts.Select(f => f.Value));
    }

    [Fact]
    public void Transfer_TheFormerUnitsOpinionReceived_TheNewUnitRecommends()
    {
        var person = new PersonBuilder(1).Rated(QualityRating.Excellent).TransferredIn(6, opinionReceived: true);

        var eval = Evaluate(new InputBuilder().Person(person));

        Assert.Equal(RecommendationStatus.Recommended, eval.Get(1, 1, Title.AdvancedWorker).Status);
        Assert.Equal(RecommendationStatus.Recommended, eval.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.True(ConditionOf(eval.Get(1, 1, Title.AdvancedWorker), "transfer.former_unit_opinion").Passed);
    }

    [Theory]
    [InlineData(6, RecommendationStatus.Recommended)]
    [InlineData(1, RecommendationStatus.Deferred)]
    public void Transfer_FiveMonthsInTheFormerUnit_NeedsItsOpinionOnlyWhereTheRuleSetSaysSo(int minimum, RecommendationStatus expected)
    {
        var rules = Decree152 with { Individuals = Decree152.Individuals with { FormerUnitOpinionMinMonths = minimum } };
        var person = new PersonBuilder(1).TransferredIn(5, opinionReceived: false);

        var verdict = Evaluate(new InputBuilder().Person(person), rules).Get(1, 1, Title.AdvancedWorker);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(minimum.ToString(CultureInfo.InvariantCulture), FactOf(ConditionOf(verdict, "transfer.former_unit_opinion"), "minimum"));
    }

    [Fact]
    public void Transfer_AnAwaitedOpinionThatTheCollectiveNeeds_MakesTheCollectiveWaitToo()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(10, 3))
            .Person(new PersonBuilder(1).TransferredIn(7, opinionReceived: false));
        for (int id = 2; id <= 7; id++)
        {
            builder.Person(new PersonBuilder(id));
        }

        for (int id = 8; id <= 10; id++)
        {
            builder.Person(new PersonBuilder(id).Rated(QualityRating.Completed));
        }

        var verdict = Evaluate(builder).Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(RecommendationStatus.Deferred, verdict.Status);
        Assert.False(ConditionOf(verdict, "coll.members_deferred").Passed);
    }

    [Fact]
    public void Transfer_MoreMonthsInTheFormerUnitThanWorkedThisYear_IsRefusedAsBadInput()
    {
        var person = new PersonBuilder(1).Worked(6).TransferredIn(7, opinionReceived: true);

        var result = CampaignEvaluator.Evaluate(new InputBuilder().Person(person).Build(), Decree152);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "evaluation.invalid_months");
    }

    [Fact]
    public void Transfer_NotTransferred_NoOpinionConditionIsWritten()
    {
        var verdict = Evaluate(new InputBuilder().Person(new PersonBuilder(1))).Get(1, 1, Title.AdvancedWorker);

        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "transfer.former_unit_opinion");
    }

    // Law 06/2022 Art. 27–28: 70% "of the individuals in the collective", two of whom were recruited in the autumn and not rated.

    private static InputBuilder SixGoodTwoNewTwoCompleted()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(10, 3));
        for (int id = 1; id <= 6; id++)
        {
            builder.Person(new PersonBuilder(id));
        }

        builder.Person(new PersonBuilder(7).RecruitedOn(new DateOnly(2025, 10, 1)).Worked(3).Rated(QualityRating.NotRated));
        builder.Person(new PersonBuilder(8).RecruitedOn(new DateOnly(2025, 10, 1)).Worked(3).Rated(QualityRating.NotRated));
        builder.Person(new PersonBuilder(9).Rated(QualityRating.Completed));
        builder.Person(new PersonBuilder(10).Rated(QualityRating.Completed));
        return builder;
    }

    [Fact]
    public void Law28_MembersNotRated_CountInTheSeventyPercentByDefault_AndAreNamed()
    {
        var verdict = Evaluate(SixGoodTwoNewTwoCompleted()).Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("10", FactOf(ConditionOf(verdict, "coll.advanced_share"), "members"));
        var notRated = ConditionOf(verdict, "coll.members_not_rated");
        Assert.Equal(["2", "yes"], notRated.Facts.Select(f => f.Value));
        Assert.Equal(LegalArticles.MembersNotRated, notRated.Article);
    }

    [Fact]
    public void Law28_WhereTheProvinceCountsOnlyThoseRated_SixOfEightIsSeventyFivePercent()
    {
        var rules = Decree152 with { Collectives = Decree152.Collectives with { AdvancedShareCountsMembersNotRated = false } };

        var verdict = Evaluate(SixGoodTwoNewTwoCompleted(), rules).Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("8", FactOf(ConditionOf(verdict, "coll.advanced_share"), "members"));
        Assert.Equal("no", FactOf(ConditionOf(verdict, "coll.members_not_rated"), "counted"));
    }

    [Fact]
    public void Law27_MembersNotRated_DoNotBreakTheHundredPercentCompleted()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(10, 3)).Person(new PersonBuilder(1).Rated(QualityRating.Excellent));
        for (int id = 2; id <= 8; id++)
        {
            builder.Person(new PersonBuilder(id));
        }

        builder.Person(new PersonBuilder(9).RecruitedOn(new DateOnly(2025, 9, 1)).Worked(4).Rated(QualityRating.NotRated));
        builder.Person(new PersonBuilder(10).Leave(worked: 5, leave: 7).Rated(QualityRating.NotRated));

        var verdict = Evaluate(builder).Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "coll.all_completed").Passed);
        Assert.Equal("2", FactOf(ConditionOf(verdict, "coll.members_not_rated"), "notRated"));
    }

    [Fact]
    public void RuleSets_TheNewSettingsAreListedAsUnconfirmed_InBothNationalSets()
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            Assert.Contains(rules.UnconfirmedSettings, s => s.StartsWith("Transfers:", StringComparison.Ordinal));
            Assert.Contains(rules.UnconfirmedSettings, s => s.Contains("not rated", StringComparison.Ordinal));
            Assert.Equal(6, rules.Individuals.FormerUnitOpinionMinMonths);
            Assert.True(rules.Collectives.AdvancedShareCountsMembersNotRated);
        }
    }

    [Fact]
    public void RuleSetValidator_RefusesNegativeMonthsForTheFormerUnitsOpinion()
    {
        var rules = Decree152 with { Individuals = Decree152.Individuals with { FormerUnitOpinionMinMonths = -1 } };

        Assert.Contains(RuleSetValidator.Validate(rules), e => e.Item == "Individuals.FormerUnitOpinionMinMonths");
    }

    // Decree 98/2023 Art. 30(7): eleven members, thresholds against all eleven; quorum two thirds of them.

    [Theory]
    [InlineData(Title.GrassrootsEmulationFighter, 11, 8, false)]
    [InlineData(Title.GrassrootsEmulationFighter, 11, 9, true)]
    [InlineData(Title.ProvincialEmulationFighter, 11, 9, false)]
    [InlineData(Title.ProvincialEmulationFighter, 11, 10, true)]
    [InlineData(Title.CertificateOfCommendation, 8, 6, true)]
    [InlineData(Title.CertificateOfCommendation, 8, 5, false)]
    public void Decree98Art30_7_ElevenMembers_ThresholdsOfAllMembers_WithAbsentOnes(Title title, int present, int yes, bool passed)
    {
        var outcome = CouncilVote.Decide(new BallotTally(11, present, yes, present - yes, 0), title, Decree152);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(passed, outcome.Value.Passed);
        Assert.Equal(11, outcome.Value.Denominator);
    }

    [Fact]
    public void Quorum_SevenOfEleven_IsShortOfTwoThirds_EvenWithEveryVoteYes()
    {
        var outcome = CouncilVote.Decide(new BallotTally(11, 7, 7, 0, 0), Title.CertificateOfCommendation, Decree152).Value;

        Assert.False(outcome.QuorumMet);
        Assert.Equal(8, outcome.RequiredPresent);
        Assert.False(outcome.Passed);
    }
}
