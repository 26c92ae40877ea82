using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// Legal scenarios where a collective title turns on its members' titles (Law 06/2022 Art. 27, 28, 74(2)), one legal
/// fact each: members cut by a quota, members whose titles are deferred, discipline levels, and the years that count as
/// years of excellently completed tasks.
/// </summary>
[Trait("Category", "Fast")]
public sealed class CollectiveMemberScenarioTests
{
    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    /// <summary>Ten members of <paramref name="unit"/> with ids from <paramref name="firstId"/>: the first as given, nine rated good.</summary>
    private static InputBuilder TenMembers(InputBuilder builder, int unitId, int firstId, PersonBuilder first)
    {
        builder.Person(first);
        for (int id = firstId + 1; id < firstId + 10; id++)
        {
            builder.Person(new PersonBuilder(id, unitId).Rated(QualityRating.Good));
        }

        return builder;
    }

    /// <summary>Unit 1 with the people given, person ids from 1, declared at the number of people.</summary>
    private static InputBuilder Unit(params PersonBuilder[] people)
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(people.Length, 3));
        foreach (var person in people)
        {
            builder.Person(person);
        }

        return builder;
    }

    private static PersonBuilder[] Good(int firstId, int count) =>
        [.. Enumerable.Range(firstId, count).Select(id => new PersonBuilder(id).Rated(QualityRating.Good))];

    private static PersonBuilder[] Completed(int firstId, int count) =>
        [.. Enumerable.Range(firstId, count).Select(id => new PersonBuilder(id).Rated(QualityRating.Completed))];

    // Art. 27 counts the CSTĐCS titles actually given: one cut by a quota is not there.

    [Fact]
    public void Law27_TheOnlyFighterCutByAQuota_LeavesNoExcellentCollective()
    {
        var rules = InputBuilder.Rules with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = 50m, Base = QuotaBase.EligibleCandidates }],
        };
        var builder = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2));
        TenMembers(builder, 1, 1, new PersonBuilder(1, 1).Rated(QualityRating.Excellent));
        TenMembers(builder, 2, 11, new PersonBuilder(11, 2).Rated(QualityRating.Excellent));

        var eval = builder.Evaluate(rules);

        Assert.Equal(RecommendationStatus.OverQuota, eval.Get(11, 2, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.Recommended, eval.Get(null, 1, Title.ExcellentLabourCollective).Status);
        var second = eval.Get(null, 2, Title.ExcellentLabourCollective);
        Assert.Equal(RecommendationStatus.NotEligible, second.Status);
        Assert.False(ConditionOf(second, "coll.fighters").Passed);
    }

    // Decree 152/2025 Art. 4(4): a member's deferred title is neither held nor refused; a collective title that needs it waits.

    /// <summary>
    /// Seven of ten members rated good, one of them under inspection: the 70% of Art. 28 is reached only with that member,
    /// so the Tập thể lao động tiên tiến is deferred with the member's title, not refused.
    /// </summary>
    [Fact]
    public void Decree152Art4_4_AnAdvancedCollectiveThatNeedsAMemberUnderInspection_IsDeferred()
    {
        var eval = Unit([.. Good(1, 6), new PersonBuilder(7).Rated(QualityRating.Good).Pending(), .. Completed(8, 3)]).Evaluate();

        var verdict = eval.Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(RecommendationStatus.Deferred, eval.Get(7, 1, Title.AdvancedWorker).Status);
        Assert.Equal(RecommendationStatus.Deferred, verdict.Status);
        var waiting = ConditionOf(verdict, "coll.members_deferred");
        Assert.False(waiting.Passed);
        Assert.Equal(LegalArticles.Deferral, waiting.Article);
        Assert.True(ConditionOf(verdict, "coll.advanced_share").Passed);
        Assert.True(ConditionOf(verdict, "proceedings.none").Passed);
    }

    [Fact]
    public void Decree152Art4_4_AMemberUnderInspectionWhomTheShareDoesNotNeed_DefersNothingElse()
    {
        var eval = Unit([.. Good(1, 7), new PersonBuilder(8).Rated(QualityRating.Good).Pending(), .. Completed(9, 2)]).Evaluate();

        var verdict = eval.Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.True(ConditionOf(verdict, "coll.members_deferred").Passed);
    }

    [Fact]
    public void Decree152Art4_4_AnExcellentCollectiveWhoseOnlyFighterIsUnderInspection_IsDeferred()
    {
        var eval = Unit([new PersonBuilder(1).Rated(QualityRating.Excellent).Pending(), .. Good(2, 9)]).Evaluate();

        Assert.Equal(RecommendationStatus.Deferred, eval.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.Deferred, eval.Get(null, 1, Title.ExcellentLabourCollective).Status);
        Assert.Equal(RecommendationStatus.Recommended, eval.Get(null, 1, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void Decree152Art4_4_AMemberWhoFallsShortAnyway_LeavesTheCollectiveRefused_NotDeferred()
    {
        var eval = Unit([.. Good(1, 5), new PersonBuilder(6).Rated(QualityRating.Good).Pending(), .. Completed(7, 4)]).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(null, 1, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void RuleSets_ACollectiveWaitingOnAMemberUnderDecree98_CitesNoArticleOfDecree152()
    {
        var eval = Unit([.. Good(1, 6), new PersonBuilder(7).Rated(QualityRating.Good).Pending(), .. Completed(8, 3)])
            .Evaluate(RuleSetCatalog.Decree98);

        var verdict = eval.Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal((RecommendationStatus.Deferred, "VN-ND98-2023"), (verdict.Status, verdict.RuleSetId));
        Assert.Equal(LegalArticles.Decree98Principles, ConditionOf(verdict, "coll.members_deferred").Article);
        Assert.All(eval.Recommendations.SelectMany(r => r.Conditions),
            c => Assert.DoesNotContain("152/2025", c.Article, StringComparison.Ordinal));
    }

    [Fact]
    public void Decree152Art4_4_ACollectiveBangKhenOfAUnitUnderInspection_IsDeferred()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent).Pending());
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        Assert.Equal(RecommendationStatus.Deferred, builder.Evaluate().Get(null, 1, Title.CollectiveProvincialCertificateOfMerit).Status);
    }

    // Law 06/2022 Art. 75: the collective Giấy khen, too, is barred by a member disciplined at "warning" (the Art. 28 reading).

    [Fact]
    public void Law75_AWarnedMember_BarsTheCollectiveGiayKhen()
    {
        var eval = Unit([.. Good(1, 9), new PersonBuilder(10).Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Warning)]).Evaluate();

        var verdict = eval.Get(null, 1, Title.CollectiveCertificateOfCommendation);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "coll.discipline").Passed);
    }

    // Art. 27: no member disciplined at "warning" or harsher, and every member at least "completed".

    [Fact]
    public void Law27_AWarnedMember_BarsTheExcellentCollectiveByDiscipline()
    {
        var eval = Unit([new PersonBuilder(1).Rated(QualityRating.Excellent), .. Good(2, 8),
            new PersonBuilder(10).Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Warning)]).Evaluate();

        var verdict = eval.Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.False(ConditionOf(verdict, "coll.discipline").Passed);
    }

    /// <summary>A reprimand is below the barring level, but a disciplined member is rated "not completed" (Decree 90/2020).</summary>
    [Fact]
    public void Law27_AReprimandedMember_BarsTheExcellentCollective_OnlyThroughTheNotCompletedRating()
    {
        var eval = Unit([new PersonBuilder(1).Rated(QualityRating.Excellent), .. Good(2, 8),
            new PersonBuilder(10).Rated(QualityRating.NotCompleted).Disciplined(DisciplineLevel.Reprimand)]).Evaluate();

        var verdict = eval.Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.True(ConditionOf(verdict, "coll.discipline").Passed);
        Assert.False(ConditionOf(verdict, "coll.all_completed").Passed);
    }

    // Art. 74(2): two consecutive years of excellently completed tasks; a year as Tập thể lao động xuất sắc is one (Art. 27).

    /// <summary>
    /// Tập thể lao động xuất sắc in 2024 (no rating of its own recorded), no CSTĐCS among its members in 2025 but its tasks
    /// done excellently (score 100%): 2024 and 2025 are two consecutive excellent years.
    /// </summary>
    [Fact]
    public void Law74_2_AYearAsExcellentCollective_AndAYearRatedExcellent_AreTwoExcellentYears()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Award(1, Title.ExcellentLabourCollective));
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        var eval = builder.Evaluate();
        var verdict = eval.Get(null, 1, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(null, 1, Title.ExcellentLabourCollective).Status);
        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var streak = ConditionOf(verdict, "coll.merit_streak");
        Assert.Equal("2", streak.Facts.Single(f => f.Name == "excellentYears").Value);
        Assert.EndsWith("Luật TĐKT 06/2022/QH15 Điều 27", streak.Article, StringComparison.Ordinal);
    }

    [Fact]
    public void Lineage_APredecessorsExcellentCollectiveYear_IsAnExcellentYear_AndIsNamed()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Award(1, Title.ExcellentLabourCollective, inheritedFrom: "Phòng Tổng hợp cũ"));
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        var verdict = builder.Evaluate().Get(null, 1, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Contains("2024 (Phòng Tổng hợp cũ)", ConditionOf(verdict, "coll.merit_streak").Facts.Single(f => f.Name == "inherited").Value,
            StringComparison.Ordinal);
    }

    /// <summary>Merged from A (excellent, Tập thể lao động xuất sắc) and B (rated good): the merged unit's 2024 was not excellent.</summary>
    [Fact]
    public void Lineage_OnePredecessorsTitle_DoesNotOutweighAnotherPredecessorRatedGood()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Award(1, Title.ExcellentLabourCollective, inheritedFrom: "Phòng A")
            .RatedIn(1, QualityRating.Excellent, inheritedFrom: "Phòng A").RatedIn(1, QualityRating.Good, inheritedFrom: "Phòng B"));
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        Assert.Equal(RecommendationStatus.NotEligible, builder.Evaluate().Get(null, 1, Title.CollectiveProvincialCertificateOfMerit).Status);
    }

    /// <summary>Decree 152/2025 Art. 33(7): a collective Bằng khen for 2022–2023 leaves 2024 and 2025 to count.</summary>
    [Fact]
    public void Decree152Art33_7_ACollectiveBangKhenTwoYearsAgo_LeavesTheLastTwoYearsToCount()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent)
            .Award(2, Title.CollectiveProvincialCertificateOfMerit));
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        Assert.Equal(RecommendationStatus.Recommended, builder.Evaluate().Get(null, 1, Title.CollectiveProvincialCertificateOfMerit).Status);
    }

    [Fact]
    public void Decree152Art33_7_ACollectiveBangKhenLastYear_DoesNotRestartThePeriodUnderDecree98()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent)
            .Award(1, Title.CollectiveProvincialCertificateOfMerit));
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        var verdict = builder.Evaluate(RuleSetCatalog.Decree98).Get(null, 1, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal((RecommendationStatus.Recommended, "VN-ND98-2023"), (verdict.Status, verdict.RuleSetId));
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "award.period_after_previous");
    }

    [Fact]
    public void Law74_2_ASuddenExcellentCollectiveTitle_IsNoExcellentYear()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Award(1, Title.ExcellentLabourCollective, AwardKind.Sudden));
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        Assert.Equal(RecommendationStatus.NotEligible, builder.Evaluate().Get(null, 1, Title.CollectiveProvincialCertificateOfMerit).Status);
    }

    [Fact]
    public void Law74_2_AYearRatedGood_IsNotMadeExcellentByATitleRecordedForIt()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Award(1, Title.ExcellentLabourCollective).RatedIn(1, QualityRating.Good));
        foreach (var person in Good(1, 10))
        {
            builder.Person(person);
        }

        var verdict = builder.Evaluate().Get(null, 1, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("1", ConditionOf(verdict, "coll.merit_streak").Facts.Single(f => f.Name == "excellentYears").Value);
    }
}
