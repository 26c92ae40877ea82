using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>
/// A lawyer's pass over the collective titles and the quotas, one legal fact each, with the explanation each verdict gives:
/// Art. 27 and 28's 70% as two settings, units of one to three people, a member disciplined in the year, the flag of a
/// bloc, and caps of 15% rounded each way. The year is <see cref="InputBuilder.Year"/> (2025) under Decree 152/2025.
/// </summary>
[Trait("Category", "Fast")]
public sealed class LawyerCollectiveScenarioTests
{
    private static readonly RuleSet Decree152 = RuleSetCatalog.Decree152;

    private static Condition ConditionOf(Recommendation verdict, string code) => verdict.Conditions.Single(c => c.Code == code);

    private static string FactOf(Condition condition, string name) => condition.Facts.Single(f => f.Name == name).Value;

    /// <summary>Unit 1 declared at the number of people given, person ids from 1.</summary>
    private static InputBuilder Unit(params PersonBuilder[] people)
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(people.Length, 1));
        foreach (var person in people)
        {
            builder.Person(person);
        }

        return builder;
    }

    private static PersonBuilder Rated(int id, QualityRating rating) => new PersonBuilder(id).Rated(rating);

    private static PersonBuilder[] People(int firstId, int count, QualityRating rating) =>
        [.. Enumerable.Range(firstId, count).Select(id => Rated(id, rating))];

    private static RuleSet WithCollectives(Func<CollectiveRules, CollectiveRules> change) =>
        Decree152 with { Collectives = change(Decree152.Collectives) };

    // Art. 27 and 28: each its own share of Advanced Workers.

    [Fact]
    public void Art27And28_TheSharesAreTwoSettings_BothSeventyPercentByDefault()
    {
        Assert.Equal(new Fraction(7, 10), Decree152.Collectives.AdvancedWorkerShare);
        Assert.Equal(new Fraction(7, 10), Decree152.Collectives.ExcellentAdvancedWorkerShare);
        Assert.Equal(RuleSetCatalog.Decree98.Collectives, Decree152.Collectives);
    }

    [Fact]
    public void Art28_AProvinceReadingHalf_MakesSixOfTenAnAdvancedCollective_WhileArt27StaysAtSeventy()
    {
        var rules = WithCollectives(c => c with { AdvancedWorkerShare = Fraction.Half });
        var eval = Unit([Rated(1, QualityRating.Excellent), .. People(2, 5, QualityRating.Good), .. People(7, 4, QualityRating.Completed)])
            .Evaluate(rules);

        var advanced = eval.Get(null, 1, Title.AdvancedLabourCollective);
        var excellent = eval.Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, advanced.Status);
        Assert.Equal("1/2", FactOf(ConditionOf(advanced, "coll.advanced_share"), "share"));
        Assert.Equal(RecommendationStatus.NotEligible, excellent.Status);
        var share = ConditionOf(excellent, "coll.advanced_share");
        Assert.False(share.Passed);
        Assert.Equal("7/10", FactOf(share, "share"));
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 27", share.Article);
    }

    [Fact]
    public void Art27_AProvinceReadingEightyPercent_LeavesSevenOfTenOnlyAnAdvancedCollective()
    {
        var rules = WithCollectives(c => c with { ExcellentAdvancedWorkerShare = new Fraction(8, 10) });
        var eval = Unit([Rated(1, QualityRating.Excellent), .. People(2, 6, QualityRating.Good), .. People(8, 3, QualityRating.Completed)])
            .Evaluate(rules);

        Assert.Equal(RecommendationStatus.Recommended, eval.Get(null, 1, Title.AdvancedLabourCollective).Status);
        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(null, 1, Title.ExcellentLabourCollective).Status);
    }

    [Fact]
    public void RuleSetValidator_ChecksArt27sShareOnItsOwn()
    {
        var rules = WithCollectives(c => c with { ExcellentAdvancedWorkerShare = new Fraction(11, 10) });

        var error = Assert.Single(RuleSetValidator.Validate(rules));
        Assert.Contains("Collectives.ExcellentAdvancedWorkerShare", error.ToString(), StringComparison.Ordinal);
    }

    // Units of one to three people: 70% of 1, 2 and 3 is 1, 2 and 3 (2 of 3 is 66.7%).

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, false)]
    [InlineData(2, 2, true)]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    public void Art28_InAUnitOfOneToThree_SeventyPercentMeansEveryone(int members, int advanced, bool eligible)
    {
        var eval = Unit([.. People(1, advanced, QualityRating.Good), .. People(advanced + 1, members - advanced, QualityRating.Completed)])
            .Evaluate();

        var verdict = eval.Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(eligible, verdict.Status == RecommendationStatus.Recommended);
        Assert.Equal($"{advanced}", FactOf(ConditionOf(verdict, "coll.advanced_share"), "advancedWorkers"));
    }

    [Fact]
    public void Art27_AOnePersonUnit_RatedExcellent_IsAnExcellentCollective()
    {
        var verdict = Unit(Rated(1, QualityRating.Excellent)).Evaluate().Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        Assert.Equal("1", FactOf(ConditionOf(verdict, "coll.fighters"), "fighters"));
    }

    // A member disciplined in the year is rated "not completed" (Decree 90/2020), so Art. 27's 100% completed fails.

    [Fact]
    public void Art27_AMemberReprimandedButNotRated_StillBreaksTheHundredPercentCompleted()
    {
        // Worked five months (not rated), reprimanded: a reprimand is below Art. 28's bar, but it is no completed year.
        var disciplined = new PersonBuilder(10).Worked(5).Rated(QualityRating.NotRated).Disciplined(DisciplineLevel.Reprimand);
        var eval = Unit([Rated(1, QualityRating.Excellent), .. People(2, 8, QualityRating.Good), disciplined]).Evaluate();

        var verdict = eval.Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var completed = ConditionOf(verdict, "coll.all_completed");
        Assert.False(completed.Passed);
        Assert.Equal("1", FactOf(completed, "notCompleted"));
        Assert.Equal("1", FactOf(completed, "disciplined"));
        Assert.Contains(LegalArticles.DisciplinedNotCompleted, completed.Article, StringComparison.Ordinal);
        Assert.True(ConditionOf(verdict, "coll.discipline").Passed);
        Assert.Equal(RecommendationStatus.Recommended, eval.Get(null, 1, Title.AdvancedLabourCollective).Status);
        Assert.Equal("1 thành viên không hoàn thành nhiệm vụ (xếp loại không hoàn thành hoặc bị kỷ luật trong năm); cần 100% hoàn thành",
            completed.TextVi);
        Assert.StartsWith("1 members did not complete their tasks", completed.TextEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Art27_AWarnedMember_IsBarredUnderTheArt28Reading_MarkedUnconfirmed()
    {
        var warned = Rated(10, QualityRating.NotCompleted).Disciplined(DisciplineLevel.Warning);
        var eval = Unit([Rated(1, QualityRating.Excellent), .. People(2, 8, QualityRating.Good), warned]).Evaluate();

        var verdict = eval.Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var discipline = ConditionOf(verdict, "coll.discipline");
        Assert.False(discipline.Passed);
        Assert.Equal(LegalArticles.ExcellentCollectiveDiscipline, discipline.Article);
        Assert.Contains("chưa xác nhận", discipline.Article, StringComparison.Ordinal);
        Assert.False(ConditionOf(verdict, "coll.all_completed").Passed);
        Assert.Contains(Decree152.UnconfirmedSettings, s => s.Contains("Art. 27 has none of its own", StringComparison.Ordinal));
    }

    [Fact]
    public void Art27_WithTheBarTurnedOff_AWarnedMemberStillBarsThroughTheHundredPercent()
    {
        var rules = WithCollectives(c => c with { ExcellentAppliesDisciplineBar = false });
        var warned = Rated(10, QualityRating.NotCompleted).Disciplined(DisciplineLevel.Warning);
        var eval = Unit([Rated(1, QualityRating.Excellent), .. People(2, 8, QualityRating.Good), warned]).Evaluate(rules);

        var verdict = eval.Get(null, 1, Title.ExcellentLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.DoesNotContain(verdict.Conditions, c => c.Code == "coll.discipline");
        Assert.False(ConditionOf(verdict, "coll.all_completed").Passed);
    }

    [Fact]
    public void Art28_AWarnedMember_BarsTheAdvancedCollective_AtItsOwnArticle()
    {
        var warned = Rated(10, QualityRating.NotCompleted).Disciplined(DisciplineLevel.Warning);
        var verdict = Unit([.. People(1, 9, QualityRating.Good), warned]).Evaluate().Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 28", ConditionOf(verdict, "coll.discipline").Article);
        Assert.Equal($"{Decree152.Id} v{Decree152.Version}", verdict.Explanation.RuleSet);
    }

    // Art. 26: the flag goes to the leader of a bloc whose every target was exceeded.

    [Fact]
    public void Art26_TheBlocLeaderWithEveryTargetExceeded_GetsTheFlag_TheRunnerUpDoesNot()
    {
        var builder = new InputBuilder()
            .Unit(new UnitBuilder(1).Value("KQ1", 120m).Value("KQ2", 8m))
            .Unit(new UnitBuilder(2).Value("KQ1", 110m).Value("KQ2", 9m));
        foreach (var person in People(1, 10, QualityRating.Good))
        {
            builder.Person(person);
        }

        var eval = builder.Evaluate();

        var leader = eval.Get(null, 1, Title.ProvincialEmulationFlag);
        var second = eval.Get(null, 2, Title.ProvincialEmulationFlag);
        Assert.Equal(RecommendationStatus.Recommended, leader.Status);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 26", leader.Article);
        Assert.Equal(RecommendationStatus.NotEligible, second.Status);
        Assert.Equal("2", FactOf(ConditionOf(second, "flag.bloc_leader"), "rank"));
    }

    [Fact]
    public void Art26_ABlocLeaderThatOnlyMetItsTargets_DidNotExceedThem()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1)).Evaluate();

        var verdict = eval.Get(null, 1, Title.ProvincialEmulationFlag);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        var targets = ConditionOf(verdict, "flag.targets");
        Assert.Equal("1", FactOf(targets, "lowestRatio"));
        Assert.Equal(LegalArticles.FlagTargets, targets.Article);
    }

    [Fact]
    public void Art26_AUnitInNoBloc_IsNoBlocLeader()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1, blocId: null).Value("KQ1", 120m).Value("KQ2", 8m)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(null, 1, Title.ProvincialEmulationFlag).Status);
    }

    // Art. 74(2): the collective Bằng khen after two consecutive Excellent Labour Collective titles.

    [Theory]
    [InlineData(true, RecommendationStatus.Recommended)]
    [InlineData(false, RecommendationStatus.NotEligible)]
    public void Art74_2_TwoConsecutiveExcellentCollectiveTitles_EarnTheCollectiveBangKhen(bool lastYear, RecommendationStatus expected)
    {
        var unit = new UnitBuilder(1).Members(10, 3).RatedIn(0, QualityRating.Excellent).RatedIn(1, QualityRating.Good);
        if (lastYear)
        {
            unit.Award(1, Title.ExcellentLabourCollective);
        }

        var builder = new InputBuilder().Unit(unit).Person(Rated(1, QualityRating.Excellent));
        foreach (var person in People(2, 9, QualityRating.Good))
        {
            builder.Person(person);
        }

        var verdict = builder.Evaluate().Get(null, 1, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(lastYear ? "2" : "1", FactOf(ConditionOf(verdict, "coll.merit_streak"), "streak"));
    }

    // Quotas: a cap of 15% of the year's Advanced Workers, rounded as the rule set says.

    private static RuleSet FifteenPercentOfAdvancedWorkers(RoundingMode rounding, QuotaScope scope = QuotaScope.Campaign) =>
        Decree152 with
        {
            Quotas = [new QuotaRule
            {
                Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Base = QuotaBase.AdvancedWorkers, Rounding = rounding,
                Scope = scope, Source = "Quyết định của UBND tỉnh",
            }],
        };

    [Theory]
    [InlineData(20, RoundingMode.Down, 3)]
    [InlineData(19, RoundingMode.Down, 2)]
    [InlineData(19, RoundingMode.Nearest, 3)]
    [InlineData(19, RoundingMode.Up, 3)]
    [InlineData(10, RoundingMode.Nearest, 2)]
    [InlineData(10, RoundingMode.Down, 1)]
    public void Quota_FifteenPercentOfTheAdvancedWorkers_IsRoundedAsTheRuleSetSays(int advancedWorkers, RoundingMode rounding, int allowed)
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(advancedWorkers, 5));
        foreach (var person in People(1, advancedWorkers, QualityRating.Excellent))
        {
            builder.Person(person);
        }

        var eval = builder.Evaluate(FifteenPercentOfAdvancedWorkers(rounding));

        var fighters = eval.Recommendations.Where(r => r.Title == Title.GrassrootsEmulationFighter).ToList();
        Assert.Equal(allowed, fighters.Count(r => r.Status == RecommendationStatus.Recommended));
        Assert.Equal(advancedWorkers - allowed, fighters.Count(r => r.Status == RecommendationStatus.OverQuota));
        var quota = fighters[0].Quota!;
        Assert.Equal(advancedWorkers, quota.BaseCount);
        Assert.Equal(allowed, quota.Allowed);
        Assert.Equal("Quyết định của UBND tỉnh", quota.Source);
    }

    [Theory]
    [InlineData(RoundingMode.Down, 0)]
    [InlineData(RoundingMode.Nearest, 0)]
    [InlineData(RoundingMode.Up, 1)]
    public void Quota_UnitByUnit_AUnitOfThree_GetsNoFighterUnlessRoundedUp(RoundingMode rounding, int allowed)
    {
        var eval = Unit(People(1, 3, QualityRating.Excellent)).Evaluate(FifteenPercentOfAdvancedWorkers(rounding, QuotaScope.PerUnit));

        Assert.Equal(allowed, eval.Recommended(Title.GrassrootsEmulationFighter).Count());
    }

    [Fact]
    public void Quota_WithinTheCap_AWomanGoesFirstBetweenEquals()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(10, 1)).Person(Rated(1, QualityRating.Excellent))
            .Person(new PersonBuilder(2).Rated(QualityRating.Excellent).Woman());
        foreach (var person in People(3, 8, QualityRating.Good))
        {
            builder.Person(person);
        }

        var eval = builder.Evaluate(FifteenPercentOfAdvancedWorkers(RoundingMode.Down));

        Assert.Equal(RecommendationStatus.Recommended, eval.Get(2, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.OverQuota, eval.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
    }

    [Fact]
    public void Quota_NoNationalCapOnTheGrassrootsFighter_SinceTheLaw()
    {
        Assert.Empty(Decree152.Quotas);
        Assert.Empty(RuleSetCatalog.Decree98.Quotas);
    }
}
