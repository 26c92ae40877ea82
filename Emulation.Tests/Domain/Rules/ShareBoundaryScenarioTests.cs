using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Rules;

/// <summary>
/// A legal examiner's scenarios on shares at their boundary: a provincial cap on Chiến sĩ thi đua cơ sở of exactly 15 % of
/// the Advanced Workers, the same cap rounded in a small unit (and what it does to the unit's own title, Law 06/2022
/// Art. 27), the cap on "Hoàn thành xuất sắc nhiệm vụ" ratings at exactly 20 % and 25 % and in a unit of four (Decree
/// 90/2020 as amended, 366-QĐ/TW), and the 70 % of Art. 28 in units of three and four. Caps, bases and rounding are
/// rule-set settings (DOMAIN: no national quota since 2024); each test states the arithmetic it expects.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ShareBoundaryScenarioTests
{
    private const string ProvincialCap = "QĐ 15/2025/QĐ-UBND (giả định): CSTĐCS không quá 15% số LĐTT";

    private static RuleSet FighterCap(RoundingMode rounding, QuotaScope scope = QuotaScope.Campaign) => InputBuilder.Rules with
    {
        Quotas =
        [
            new QuotaRule
            {
                Title = Title.GrassrootsEmulationFighter, CapPercent = 15m, Base = QuotaBase.AdvancedWorkers, Rounding = rounding,
                Scope = scope, Source = ProvincialCap,
            },
        ],
    };

    /// <summary>Unit 1 with <paramref name="excellent"/> people rated excellent (ids from 1), then <paramref name="good"/> rated good.</summary>
    private static InputBuilder Unit(UnitBuilder unit, int excellent, int good, int completed = 0)
    {
        var builder = new InputBuilder().Unit(unit);
        int id = 1;
        for (int i = 0; i < excellent; i++)
        {
            builder.Person(new PersonBuilder(id++).Rated(QualityRating.Excellent));
        }

        for (int i = 0; i < good; i++)
        {
            builder.Person(new PersonBuilder(id++).Rated(QualityRating.Good));
        }

        for (int i = 0; i < completed; i++)
        {
            builder.Person(new PersonBuilder(id++).Rated(QualityRating.Completed));
        }

        return builder;
    }

    /// <summary>
    /// Twenty Advanced Workers, five of them excellent: 15 % of 20 is exactly 3 whatever the rounding, so the first three
    /// candidates (in order: rating, initiative, the women rule, then the person) are CSTĐCS and the fourth is over the
    /// quota, with the arithmetic and its source in the explanation.
    /// </summary>
    [Theory]
    [InlineData(RoundingMode.Down)]
    [InlineData(RoundingMode.Nearest)]
    [InlineData(RoundingMode.Up)]
    public void Quota_FifteenPercentOfTwentyAdvancedWorkers_IsExactlyThree_AndTheFourthIsOverQuota(RoundingMode rounding)
    {
        var eval = Unit(new UnitBuilder(1).Members(20, 5), excellent: 5, good: 15).Evaluate(FighterCap(rounding));

        Assert.Equal([1, 2, 3], eval.Recommended(Title.GrassrootsEmulationFighter).Select(r => r.PersonId!.Value).Order());
        var fourth = eval.Get(4, 1, Title.GrassrootsEmulationFighter);
        Assert.Equal(RecommendationStatus.OverQuota, fourth.Status);
        Assert.Equal(new QuotaArithmetic(Title.GrassrootsEmulationFighter, 15m, QuotaBase.AdvancedWorkers, 20, rounding, 3, 4,
            QuotaScope.Campaign, null, ProvincialCap), fourth.Explanation.Quota);
        Assert.All(fourth.Conditions, c => Assert.True(c.Passed, c.Code));
        Assert.Equal(("VN-ND152-2025 v1", "Luật TĐKT 06/2022/QH15 Điều 23"), (fourth.Explanation.RuleSet, fourth.Explanation.Article));
    }

    /// <summary>
    /// A unit of five Advanced Workers, two of them excellent, under the 15 % cap counted unit by unit: 0.75 of a title.
    /// Rounded down, nobody is CSTĐCS, and the unit, which needs one among its members, is no Tập thể lao động xuất sắc
    /// (Art. 27 counts the titles given); rounded to the nearest or up, one is, and so is the unit.
    /// </summary>
    [Theory]
    [InlineData(RoundingMode.Down, 0, RecommendationStatus.NotEligible)]
    [InlineData(RoundingMode.Nearest, 1, RecommendationStatus.Recommended)]
    [InlineData(RoundingMode.Up, 1, RecommendationStatus.Recommended)]
    public void Quota_FifteenPercentInAUnitOfFive_IsRoundedAsTheRuleSetSays_AndDecidesTheUnitsExcellentTitle(RoundingMode rounding,
        int allowed, RecommendationStatus unitTitle)
    {
        var eval = Unit(new UnitBuilder(1).Members(5, 2), excellent: 2, good: 3).Evaluate(FighterCap(rounding, QuotaScope.PerUnit));

        Assert.Equal(allowed, eval.Recommended(Title.GrassrootsEmulationFighter).Count());
        var quota = eval.Get(1, 1, Title.GrassrootsEmulationFighter).Explanation.Quota!;
        Assert.Equal((5, allowed, QuotaScope.PerUnit, (int?)1), (quota.BaseCount, quota.Allowed, quota.Scope, quota.ScopeUnitId));
        var excellent = eval.Get(null, 1, Title.ExcellentLabourCollective);
        Assert.Equal(unitTitle, excellent.Status);
        var fighters = excellent.Conditions.Single(c => c.Code == "coll.fighters");
        Assert.Equal(allowed.ToString(System.Globalization.CultureInfo.InvariantCulture), fighters.Facts.Single(f => f.Name == "fighters").Value);
        Assert.Equal("Luật TĐKT 06/2022/QH15 Điều 27", fighters.Article);
        Assert.Equal(RecommendationStatus.Recommended, eval.Get(null, 1, Title.AdvancedLabourCollective).Status);
    }

    /// <summary>
    /// The cap on excellent ratings, 20 % of those rated good or above (25 % for a unit itself rated excellent), rounded
    /// down, unit by unit: at the boundary, one over it, and in a unit of four where 20 % rounds down to nobody. The
    /// officer is told the counts; nobody's title changes (the audit reports, it does not decide).
    /// </summary>
    [Theory]
    [InlineData(2, 8, 2, false, false, 2, 20, 10)]
    [InlineData(3, 7, 0, false, true, 2, 20, 10)]
    [InlineData(1, 3, 0, false, true, 0, 20, 4)]
    [InlineData(1, 3, 0, true, false, 1, 25, 4)]
    [InlineData(2, 6, 0, true, false, 2, 25, 8)]
    [InlineData(3, 5, 0, true, true, 2, 25, 8)]
    public void Decree90_366_TheExcellentShare_AtAndOverItsBoundary_CountsOnlyThoseRatedGoodOrAbove(int excellent, int good,
        int completed, bool unitRatedExcellent, bool exceeded, int allowed, int capPercent, int baseCount)
    {
        var unit = new UnitBuilder(1).Members(excellent + good + completed, 0);
        if (unitRatedExcellent)
        {
            unit.RatedIn(0, QualityRating.Excellent);
        }

        var eval = Unit(unit, excellent, good, completed).Evaluate();
        var verdict = ExcellentShare.Check(
            [.. Enumerable.Repeat(QualityRating.Excellent, excellent), .. Enumerable.Repeat(QualityRating.Good, good),
                .. Enumerable.Repeat(QualityRating.Completed, completed)],
            InputBuilder.Rules.ExcellentShare, unitRatedExcellent ? QualityRating.Excellent : null);

        Assert.Equal((allowed, (decimal)capPercent, baseCount, !exceeded), (verdict.Allowed, verdict.CapPercent, verdict.BaseCount, verdict.IsWithinCap));
        if (!exceeded)
        {
            Assert.Empty(eval.ExcellentShareProblems);
        }
        else
        {
            var problem = Assert.Single(eval.ExcellentShareProblems);
            Assert.Equal(("staff.excellent_share_exceeded.good_or_above", "unit:1"), (problem.Code, problem.Item));
            Assert.Equal(new object[] { excellent, allowed, (decimal)capPercent, baseCount }, problem.Facts.Select(f => f.Value));
        }

        Assert.Equal(excellent, eval.Recommended(Title.GrassrootsEmulationFighter).Count());
    }

    /// <summary>
    /// Art. 28's 70 % of Advanced Workers, counted exactly in small units: two of three (66.7 %) fall short, three of four
    /// (75 %) reach it; the explanation gives the count, the members and the share.
    /// </summary>
    [Theory]
    [InlineData(3, 2, RecommendationStatus.NotEligible)]
    [InlineData(4, 3, RecommendationStatus.Recommended)]
    public void Law28_SeventyPercentInASmallUnit_IsCountedExactly(int members, int advanced, RecommendationStatus expected)
    {
        var eval = Unit(new UnitBuilder(1).Members(members, 1), excellent: 0, good: advanced, completed: members - advanced).Evaluate();

        var verdict = eval.Get(null, 1, Title.AdvancedLabourCollective);

        Assert.Equal(expected, verdict.Status);
        var share = verdict.Conditions.Single(c => c.Code == "coll.advanced_share");
        Assert.Equal((advanced.ToString(System.Globalization.CultureInfo.InvariantCulture), members.ToString(System.Globalization.CultureInfo.InvariantCulture), "7/10"),
            (share.Facts.Single(f => f.Name == "advancedWorkers").Value, share.Facts.Single(f => f.Name == "members").Value,
                share.Facts.Single(f => f.Name == "share").Value));
        Assert.Equal(("VN-ND152-2025 v1", "Luật TĐKT 06/2022/QH15 Điều 28"), (verdict.Explanation.RuleSet, share.Article));
    }
}
