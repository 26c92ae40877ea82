using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>A reviewer's legal scenarios for collectives (Law 06/2022 Art. 26–28, 74), one legal fact each.</summary>
[Trait("Category", "Fast")]
public sealed class CollectiveScenarioTests
{
    /// <summary>Unit 1 with the people given by rating, in order, person ids from 1.</summary>
    private static InputBuilder Members(UnitBuilder unit, params QualityRating[] ratings)
    {
        var builder = new InputBuilder().Unit(unit);
        for (int i = 0; i < ratings.Length; i++)
        {
            builder.Person(new PersonBuilder(i + 1).Rated(ratings[i]));
        }

        return builder;
    }

    private static QualityRating[] Ratings(int excellent, int good, int completed) =>
    [
        .. Enumerable.Repeat(QualityRating.Excellent, excellent), .. Enumerable.Repeat(QualityRating.Good, good),
        .. Enumerable.Repeat(QualityRating.Completed, completed),
    ];

    private static Recommendation Unit(CampaignEvaluation eval, Title title, int unitId = 1) => eval.Get(null, unitId, title);

    // Decree 152/2025 Art. 4(4): a collective under inspection, or about which a complaint is being verified, is deferred.

    /// <summary>
    /// Phòng Kinh tế qualifies as an Excellent Labour Collective (one excellent member, nine good) but is being inspected:
    /// its titles are deferred, not refused, and the explanation names the article under the rule set that decided.
    /// </summary>
    [Fact]
    public void Decree152Art4_4_ACollectiveUnderInspection_IsDeferred_NotRefused()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3).Pending(), Ratings(1, 9, 0)).Evaluate();

        var excellent = Unit(eval, Title.ExcellentLabourCollective);
        var advanced = Unit(eval, Title.AdvancedLabourCollective);

        Assert.Equal((RecommendationStatus.Deferred, RecommendationStatus.Deferred), (excellent.Status, advanced.Status));
        var pending = excellent.Conditions.Single(c => c.Code == "proceedings.none");
        Assert.False(pending.Passed);
        Assert.Equal("Nghị định 152/2025/NĐ-CP Điều 4 khoản 4", pending.Article);
        Assert.Equal(("VN-ND152-2025", 1), (excellent.RuleSetId, excellent.RuleSetVersion));
        Assert.All(excellent.Conditions.Where(c => c.Code != "proceedings.none"), c => Assert.True(c.Passed, c.Code));
    }

    [Fact]
    public void Decree152Art4_4_ACollectiveUnderInspectionThatFallsShort_IsNotEligible()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3).Pending(), Ratings(0, 6, 4)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Unit(eval, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void Decree152Art4_4_WithoutProceedings_TheSameCollectiveIsRecommended()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3), Ratings(1, 9, 0)).Evaluate();

        var verdict = Unit(eval, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(verdict.Conditions.Single(c => c.Code == "proceedings.none").Passed);
    }

    // Law 06/2022 Art. 28: Tập thể lao động tiên tiến, ≥ 70% Advanced Workers, counted exactly.

    [Theory]
    [InlineData(700, RecommendationStatus.Recommended)]
    [InlineData(699, RecommendationStatus.NotEligible)]
    public void Law28_SeventyPercent_IsCountedExactly_NotRounded(int advanced, RecommendationStatus expected)
    {
        var eval = Members(new UnitBuilder(1).Members(1000, 300), Ratings(0, advanced, 0)).Evaluate();

        var verdict = Unit(eval, Title.AdvancedLabourCollective);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal("1000", verdict.Conditions.Single(c => c.Code == "coll.advanced_share").Facts.Single(f => f.Name == "members").Value);
    }

    [Theory]
    [InlineData(7, RecommendationStatus.Recommended)]
    [InlineData(6, RecommendationStatus.NotEligible)]
    public void Law28_SevenOfTen_IsSeventyPercent(int advanced, RecommendationStatus expected)
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3), Ratings(0, advanced, 10 - advanced)).Evaluate();

        Assert.Equal(expected, Unit(eval, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void Law28_TheDeclaredHeadcount_IsTheDenominator_WhenMoreThanThoseListed()
    {
        // Ten members declared, seven listed and all Advanced Workers: 7/10.
        var eval = Members(new UnitBuilder(1).Members(10, 3), Ratings(0, 7, 0)).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, Unit(eval, Title.AdvancedLabourCollective).Status);
        var six = Members(new UnitBuilder(1).Members(10, 3), Ratings(0, 6, 0)).Evaluate();
        Assert.Equal(RecommendationStatus.NotEligible, Unit(six, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void Law28_AReprimandedMember_DoesNotBarTheCollective_AWarnedOneDoes()
    {
        var reprimanded = Members(new UnitBuilder(1).Members(10, 3), Ratings(0, 9, 0))
            .Person(new PersonBuilder(10).Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Reprimand)).Evaluate();
        var warned = Members(new UnitBuilder(1).Members(10, 3), Ratings(0, 9, 0))
            .Person(new PersonBuilder(10).Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Warning)).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, Unit(reprimanded, Title.AdvancedLabourCollective).Status);
        var verdict = Unit(warned, Title.AdvancedLabourCollective);
        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(verdict.Conditions.Single(c => c.Code == "coll.discipline").Passed);
    }

    // Law 06/2022 Art. 27: Tập thể lao động xuất sắc: 100% completed, ≥ 70% Advanced Workers, ≥ 1 CSTĐCS.

    [Fact]
    public void Law27_AllCompleted_SeventyPercentAdvanced_OneFighter_IsAnExcellentCollective()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3), Ratings(1, 6, 3)).Evaluate();

        var verdict = Unit(eval, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 27", verdict.Article);
    }

    [Fact]
    public void Law27_WithoutAFighter_IsOnlyAnAdvancedCollective()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3), Ratings(0, 10, 0)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Unit(eval, Title.ExcellentLabourCollective).Status);
        Assert.Equal(RecommendationStatus.Recommended, Unit(eval, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void Law27_OneMemberNotCompleted_BarsTheExcellentCollective()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3), [.. Ratings(1, 8, 0), QualityRating.NotCompleted]).Evaluate();

        var verdict = Unit(eval, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(verdict.Conditions.Single(c => c.Code == "coll.all_completed").Passed);
    }

    [Fact]
    public void Law27_ANewRecruitNotYetRated_IsNotAMemberWhoFailedTheTasks()
    {
        var eval = Members(new UnitBuilder(1).Members(11, 3), [.. Ratings(1, 7, 2), QualityRating.NotRated]).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, Unit(eval, Title.ExcellentLabourCollective).Status);
    }

    // Law 06/2022 Art. 26: the flag to the bloc's leader that exceeded its targets.

    [Fact]
    public void Law26_TheFlag_GoesToTheBlocLeader_NotToTheSecond()
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1).Value("KQ1", 120m).Value("KQ2", 8m))
            .Unit(new UnitBuilder(2).Value("KQ1", 110m).Value("KQ2", 9m)).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, Unit(eval, Title.ProvincialEmulationFlag, 1).Status);
        Assert.Equal(RecommendationStatus.NotEligible, Unit(eval, Title.ProvincialEmulationFlag, 2).Status);
    }

    [Fact]
    public void Law26_ALeaderThatMissedOneTarget_GetsNoFlag()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1).Value("KQ1", 150m).Value("KQ2", 11m)).Evaluate();

        var verdict = Unit(eval, Title.ProvincialEmulationFlag);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(verdict.Conditions.Single(c => c.Code == "flag.targets").Passed);
    }

    [Fact]
    public void Law26_AUnitInNoBloc_LeadsNoBloc()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1, blocId: null).Value("KQ1", 120m).Value("KQ2", 8m)).Evaluate();

        Assert.False(Unit(eval, Title.ProvincialEmulationFlag).Conditions.Single(c => c.Code == "flag.bloc_leader").Passed);
    }

    // Decree 152/2025 Art. 4(6): on a tie, a collective with ≥ 70% women goes first.

    [Theory]
    [InlineData(7, 2)]
    [InlineData(6, 1)]
    public void Law4_6_OnATie_ACollectiveWithSeventyPercentWomen_LeadsAndTakesTheFlag(int womenInUnit2, int leader)
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1).Members(10, 6).Value("KQ1", 110m).Value("KQ2", 9m))
            .Unit(new UnitBuilder(2).Members(10, womenInUnit2).Value("KQ1", 110m).Value("KQ2", 9m)).Evaluate();

        Assert.Equal(eval.UnitScores[0].Total, eval.UnitScores[1].Total);
        Assert.Equal(leader, eval.Rankings.Single(r => r.Rank == 1).UnitId);
        Assert.Equal(RecommendationStatus.Recommended, Unit(eval, Title.ProvincialEmulationFlag, leader).Status);
    }

    [Fact]
    public void Law4_6_TwoWomenCollectives_AreNotRankedByTheirShareOfWomen()
    {
        var eval = new InputBuilder()
            .Unit(new UnitBuilder(1).Members(10, 7))
            .Unit(new UnitBuilder(2).Members(10, 10)).Evaluate();

        Assert.Equal(1, eval.Rankings.Single(r => r.Rank == 1).UnitId);
    }

    // Art. 27(a), 28(a), 75: "tasks done well / excellently" is the unit's own rating when one is recorded for the year.

    [Fact]
    public void Law27_AUnitRatedOnlyGoodThisYear_IsNoExcellentCollective_WhateverItsScore()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3).RatedIn(0, QualityRating.Good), Ratings(1, 9, 0)).Evaluate();

        var verdict = Unit(eval, Title.ExcellentLabourCollective);

        Assert.Equal(100m, eval.UnitScores.Single().PercentOfMaximum);
        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(verdict.Conditions.Single(c => c.Code == "coll.rating").Passed);
        Assert.Equal(RecommendationStatus.Recommended, Unit(eval, Title.AdvancedLabourCollective).Status);
    }

    [Theory]
    [InlineData(Title.AdvancedLabourCollective)]
    [InlineData(Title.CollectiveCertificateOfCommendation)]
    public void Law28_Law75_AUnitRatedCompletedThisYear_DidNotDoItsTasksWell(Title title)
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3).RatedIn(0, QualityRating.Completed), Ratings(0, 10, 0)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Unit(eval, title).Status);
    }

    /// <summary>Score 85% (below the 90% reading of "excellently"), but the unit was rated excellent: the rating decides.</summary>
    [Fact]
    public void Law27_AUnitRatedExcellent_IsNotHeldToTheScoreReading()
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3).Value("KQ1", 75m).RatedIn(0, QualityRating.Excellent), Ratings(1, 9, 0)).Evaluate();

        var verdict = Unit(eval, Title.ExcellentLabourCollective);

        Assert.Equal(85m, eval.UnitScores.Single().PercentOfMaximum);
        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "coll.score");
    }

    // Law 06/2022 Art. 74(2): the collective Bằng khen, only merit awards count.

    [Theory]
    [InlineData(AwardKind.Merit, RecommendationStatus.Recommended)]
    [InlineData(AwardKind.Sudden, RecommendationStatus.NotEligible)]
    public void Law74_2_TwoExcellentCollectiveTitles_OnlyMeritOnesCount(AwardKind lastYear, RecommendationStatus expected)
    {
        var eval = Members(new UnitBuilder(1).Members(10, 3).Award(1, Title.ExcellentLabourCollective, lastYear), Ratings(1, 8, 1)).Evaluate();

        Assert.Equal(expected, Unit(eval, Title.CollectiveProvincialCertificateOfMerit).Status);
    }
}
