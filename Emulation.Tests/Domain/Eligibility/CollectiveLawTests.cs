using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Eligibility;

/// <summary>Collective rules corrected by issue #15, named after the article each checks.</summary>
[Trait("Category", "Fast")]
public sealed class CollectiveLawTests
{
    /// <summary>A unit of 10, all rated good (Advanced Workers), none a CSTĐCS: so never an Excellent Labour Collective.</summary>
    private static InputBuilder GoodUnit(UnitBuilder unit)
    {
        var builder = new InputBuilder().Unit(unit.Members(10, 3));
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i).Rated(QualityRating.Good));
        }

        return builder;
    }

    private static Recommendation Get(CampaignEvaluation eval, Title title, int unitId = 1) => eval.Get(null, unitId, title);

    // Law 06/2022 Art. 74(2): two consecutive years excellent is a branch of its own.

    [Fact]
    public void Law74_2_TwoYearsRatedExcellent_EarnTheCollectiveBangKhen_WithoutExcellentCollectiveTitles()
    {
        var eval = GoodUnit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent)).Evaluate();

        var verdict = Get(eval, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, Get(eval, Title.ExcellentLabourCollective).Status);
        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var branches = verdict.Conditions.Single(c => c.Code == "coll.merit_streak");
        Assert.Equal(("0", "2"), (branches.Facts.Single(f => f.Name == "streak").Value, branches.Facts.Single(f => f.Name == "excellentYears").Value));
    }

    [Theory]
    [InlineData(QualityRating.Good)]
    [InlineData(QualityRating.Completed)]
    public void Law74_2_LastYearNotExcellent_IsNotEligible(QualityRating lastYear)
    {
        var eval = GoodUnit(new UnitBuilder(1).RatedIn(1, lastYear)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Get(eval, Title.CollectiveProvincialCertificateOfMerit).Status);
    }

    [Fact]
    public void Law74_2_ThisYearsRecordedRatingWinsOverTheScore()
    {
        var eval = GoodUnit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent).RatedIn(0, QualityRating.Good)).Evaluate();

        Assert.Equal(RecommendationStatus.NotEligible, Get(eval, Title.CollectiveProvincialCertificateOfMerit).Status);
    }

    [Fact]
    public void Decree152Art33_7_CollectiveBangKhenLastYear_StartsThePeriodAnew()
    {
        var eval = GoodUnit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent)
            .Award(1, Title.CollectiveProvincialCertificateOfMerit, decision: "45/QĐ-UBND")).Evaluate();

        var verdict = Get(eval, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.NotEligible, verdict.Status);
        Assert.Contains("45/QĐ-UBND", verdict.Conditions.Single(c => c.Code == "award.period_after_previous").TextVi, StringComparison.Ordinal);
    }

    // Reorganization lineage: a successor's streaks include its predecessors' years, and the explanation names them.

    [Fact]
    public void Lineage_APredecessorsExcellentCollectiveTitle_CountsInTheStreak()
    {
        var builder = new InputBuilder().Unit(new UnitBuilder(1).Members(10, 3)
            .Award(1, Title.ExcellentLabourCollective, inheritedFrom: "Phòng Tổng hợp cũ"));
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i).Rated(i == 1 ? QualityRating.Excellent : QualityRating.Good));
        }

        var verdict = Get(builder.Evaluate(), Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        var branches = verdict.Conditions.Single(c => c.Code == "coll.merit_streak");
        Assert.Equal("2", branches.Facts.Single(f => f.Name == "streak").Value);
        Assert.Contains("2024 (Phòng Tổng hợp cũ)", branches.TextEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Lineage_APredecessorsExcellentYear_CountsAndIsNamed()
    {
        var eval = GoodUnit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent, inheritedFrom: "Phòng Hành chính cũ")).Evaluate();

        var verdict = Get(eval, Title.CollectiveProvincialCertificateOfMerit);

        Assert.Equal(RecommendationStatus.Recommended, verdict.Status);
        string text = verdict.Conditions.Single(c => c.Code == "coll.merit_streak").TextVi;
        Assert.Contains("2024 (Phòng Hành chính cũ)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(QualityRating.Excellent, RecommendationStatus.Recommended)]
    [InlineData(QualityRating.Good, RecommendationStatus.NotEligible)]
    public void Lineage_TwoPredecessorsInOneYear_BothMustHaveBeenExcellent(QualityRating second, RecommendationStatus expected)
    {
        var eval = GoodUnit(new UnitBuilder(1).RatedIn(1, QualityRating.Excellent, inheritedFrom: "Phòng A")
            .RatedIn(1, second, inheritedFrom: "Phòng B")).Evaluate();

        Assert.Equal(expected, Get(eval, Title.CollectiveProvincialCertificateOfMerit).Status);
    }

    // Law 06/2022 Art. 26(1)(a): targets exceeded ("hoàn thành vượt mức"), strictly above 1 by default.

    [Theory]
    [InlineData(true, RecommendationStatus.NotEligible)]
    [InlineData(false, RecommendationStatus.Recommended)]
    public void Law26_1a_TargetsMetExactly_AreNotExceeded_ASetting(bool strict, RecommendationStatus expected)
    {
        var rules = InputBuilder.Rules with { Collectives = InputBuilder.Rules.Collectives with { FlagTargetsStrictlyExceeded = strict } };
        var eval = new InputBuilder().Unit(new UnitBuilder(1)).Evaluate(rules);

        var verdict = Get(eval, Title.ProvincialEmulationFlag);

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(LegalArticles.FlagTargets, verdict.Conditions.Single(c => c.Code == "flag.targets").Article);
    }

    [Fact]
    public void Law26_1a_EveryTargetExceeded_EarnsTheFlag()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1).Value("KQ1", 101m).Value("KQ2", 9m)).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, Get(eval, Title.ProvincialEmulationFlag).Status);
    }

    // Law 06/2022 Art. 26(2): the flag for leading a thematic campaign of three years or more.

    [Theory]
    [InlineData(3, RecommendationStatus.Recommended)]
    [InlineData(5, RecommendationStatus.Recommended)]
    [InlineData(2, RecommendationStatus.NotEligible)]
    public void Law26_2_ThematicCampaignLeader_NeedsThreeYears(int years, RecommendationStatus expected)
    {
        var eval = new InputBuilder().Thematic(years).Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2).Value("KQ1", 50m)).Evaluate();

        var leader = Get(eval, Title.ProvincialEmulationFlag);

        Assert.Equal(expected, leader.Status);
        Assert.Equal(LegalArticles.ThematicFlag, leader.Conditions.Single(c => c.Code == "flag.thematic").Article);
        Assert.Equal(RecommendationStatus.NotEligible, Get(eval, Title.ProvincialEmulationFlag, 2).Status);
    }

    // Law 06/2022 Art. 21–28: the emulation titles are given year by year, never through a thematic campaign.

    [Fact]
    public void AThematicCampaign_RecommendsOnlyTheFormsItMayGive_NeverAYearlyEmulationTitle()
    {
        var builder = GoodUnit(new UnitBuilder(1));
        var yearly = builder.Evaluate();

        var thematic = CampaignEvaluator.Evaluate(builder.Build() with { Titles = Campaign.OffersFor(CampaignKind.Thematic) }, InputBuilder.Rules);

        Assert.Equal(RecommendationStatus.Recommended, Get(yearly, Title.AdvancedLabourCollective).Status);
        Assert.Contains(yearly.Recommendations, r => r.Title == Title.AdvancedWorker);
        Assert.True(thematic.IsSuccess, string.Join("; ", thematic.Errors));
        Assert.All(thematic.Value.Recommendations, r => Assert.Contains(r.Title, Campaign.OffersFor(CampaignKind.Thematic)));
        Assert.DoesNotContain(thematic.Value.Recommendations, r => r.Title is Title.AdvancedWorker or Title.AdvancedLabourCollective);
        Assert.Contains(thematic.Value.Recommendations, r => r.Title == Title.CertificateOfCommendation);
    }

    // An optional line left empty is zero: only scored criteria can be missing.

    [Fact]
    public void UnreportedPenaltyOrBonus_ScoresZero_AndTheResultsStayComplete()
    {
        var eval = GoodUnit(new UnitBuilder(1))
            .Criterion(Criterion.Penalty("TRE", "Báo cáo trễ hạn", 2m, 10m, "lần"))
            .Criterion(Criterion.Bonus("CO", "Cờ thi đua", 10m, 10m, "lần"))
            .Evaluate();

        var score = eval.UnitScores.Single();
        Assert.False(score.HasMissing);
        Assert.Equal(LineStatus.NotReported, score.LineFor("TRE")!.Status);
        Assert.Equal(0m, score.LineFor("CO")!.Points);
        Assert.Equal(100m, score.Total);
        Assert.Equal(RecommendationStatus.Recommended, Get(eval, Title.AdvancedLabourCollective).Status);
    }

    [Fact]
    public void UnreportedScoredCriterion_IsStillMissing()
    {
        var eval = GoodUnit(new UnitBuilder(1).NoValue("CN")).Evaluate();

        Assert.Equal(LineStatus.Missing, eval.UnitScores.Single().LineFor("CN")!.Status);
        Assert.Equal(RecommendationStatus.NotEligible, Get(eval, Title.AdvancedLabourCollective).Status);
    }
}
