using System.Text.Json;
using System.Text.Json.Nodes;

using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Results;

[Trait("Category", "Fast")]
public sealed class ExcellentShareTests
{
    private static readonly ExcellentShareRule Default = RuleSetCatalog.Decree152.ExcellentShare;

    /// <summary><paramref name="excellent"/> rated excellent, <paramref name="good"/> good, and the others given.</summary>
    private static IEnumerable<QualityRating> Ratings(int excellent, int good, int completed = 0, int notRated = 0) =>
    [
        .. Enumerable.Repeat(QualityRating.Excellent, excellent),
        .. Enumerable.Repeat(QualityRating.Good, good),
        .. Enumerable.Repeat(QualityRating.Completed, completed),
        .. Enumerable.Repeat(QualityRating.NotRated, notRated),
    ];

    [Fact]
    public void Check_ThreeOfFifteenGoodOrAbove_IsWithinTheCap()
    {
        var verdict = ExcellentShare.Check(Ratings(3, 12), Default);

        Assert.True(verdict.IsWithinCap);
        Assert.Equal(new ExcellentShareVerdict(3, 15, ExcellentShareBase.GoodOrAbove, 20m, false, 3), verdict);
    }

    [Fact]
    public void Check_FourOfFifteenGoodOrAbove_ExceedsTwentyPercentRoundedDown()
    {
        // 20% of 15 is exactly 3; 4 is one too many.
        var verdict = ExcellentShare.Check(Ratings(4, 11), Default);

        Assert.False(verdict.IsWithinCap);
        Assert.Equal(3, verdict.Allowed);
        Assert.Equal(4, verdict.Excellent);
    }

    [Fact]
    public void Check_RoundsDownByDefault_AndUpWhenTheRuleSaysSo()
    {
        // 20% of 14 is 2.8: two allowed rounded down, three rounded up.
        Assert.Equal(2, ExcellentShare.Check(Ratings(3, 11), Default).Allowed);
        Assert.True(ExcellentShare.Check(Ratings(3, 11), Default with { Rounding = RoundingMode.Up }).IsWithinCap);
    }

    [Fact]
    public void Check_CompletedAndNotRated_AreOutsideTheDefaultBase()
    {
        var verdict = ExcellentShare.Check(Ratings(1, 4, completed: 5, notRated: 2), Default);

        Assert.Equal(5, verdict.BaseCount);
        Assert.Equal(1, verdict.Allowed);
    }

    [Theory]
    [InlineData(ExcellentShareBase.GoodOrAbove, 6, 1)]
    [InlineData(ExcellentShareBase.Good, 5, 1)]
    [InlineData(ExcellentShareBase.AllRated, 11, 2)]
    public void Check_CountsTheBaseTheRuleNames(ExcellentShareBase shareBase, int expectedBase, int expectedAllowed)
    {
        // One excellent, five good, four completed, one not completed, two not rated.
        var ratings = Ratings(1, 5, completed: 4, notRated: 2).Append(QualityRating.NotCompleted);

        var verdict = ExcellentShare.Check(ratings, Default with { Base = shareBase });

        Assert.Equal(expectedBase, verdict.BaseCount);
        Assert.Equal(expectedAllowed, verdict.Allowed);
        Assert.Equal(shareBase, verdict.Base);
    }

    [Fact]
    public void Check_UnitItselfRatedExcellent_GetsTheExceptionalCap()
    {
        // 20 good or above: 4 allowed ordinarily, 5 for a unit itself rated excellent.
        var ordinary = ExcellentShare.Check(Ratings(5, 15), Default, QualityRating.Good);
        var exceptional = ExcellentShare.Check(Ratings(5, 15), Default, QualityRating.Excellent);

        Assert.False(ordinary.IsWithinCap);
        Assert.Equal((20m, false, 4), (ordinary.CapPercent, ordinary.Exceptional, ordinary.Allowed));
        Assert.True(exceptional.IsWithinCap);
        Assert.Equal((25m, true, 5), (exceptional.CapPercent, exceptional.Exceptional, exceptional.Allowed));
    }

    [Fact]
    public void Check_NoExceptionInTheRule_KeepsTheOrdinaryCap()
    {
        var verdict = ExcellentShare.Check(Ratings(5, 15), Default with { ExceptionalWhenUnitRated = null }, QualityRating.Excellent);

        Assert.False(verdict.Exceptional);
        Assert.Equal(4, verdict.Allowed);
    }

    [Fact]
    public void Check_NobodyRated_AllowsNone_AndIsWithinTheCap()
    {
        var verdict = ExcellentShare.Check(Ratings(0, 0, notRated: 3), Default);

        Assert.True(verdict.IsWithinCap);
        Assert.Equal(0, verdict.Allowed);
    }

    [Fact]
    public void Exceeded_IsCodedByBase_WithTheCountsAsFacts()
    {
        var error = ResultErrors.ExcellentShareExceeded(ExcellentShare.Check(Ratings(5, 10), Default));

        Assert.Equal("staff.excellent_share_exceeded.good_or_above", error.Code);
        Assert.Equal(new object[] { 5, 3, 20m, 15 }, error.Facts.Select(f => f.Value));
        Assert.Equal("staff.excellent_share_exceeded.all_rated",
            ResultErrors.ExcellentShareExceeded(ExcellentShare.Check(Ratings(5, 10), Default with { Base = ExcellentShareBase.AllRated })).Code);
    }

    [Fact]
    public void BothBuiltInRuleSets_CapAtTwentyPercentOfGoodOrAbove_RoundedDown_PerUnit_CitingTheDecrees()
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            var rule = rules.ExcellentShare;
            Assert.Equal((20m, 25m, ExcellentShareBase.GoodOrAbove, RoundingMode.Down, QuotaScope.PerUnit),
                (rule.CapPercent, rule.ExceptionalCapPercent, rule.Base, rule.Rounding, rule.Scope));
            Assert.Contains("Nghị định 90/2020/NĐ-CP", rule.Article, StringComparison.Ordinal);
            Assert.Contains("48/2023", rule.Article, StringComparison.Ordinal);
            Assert.Contains("366-QĐ/TW", rule.Article, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StoredRuleSet_WithoutTheSetting_ReadsTheDefault()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(RuleSetCatalog.Decree152))!.AsObject();
        json.Remove(nameof(RuleSet.ExcellentShare));

        var back = JsonSerializer.Deserialize<RuleSet>(json.ToJsonString())!;

        Assert.Equal(RuleSetCatalog.Decree152.ExcellentShare, back.ExcellentShare);
    }

    [Theory]
    [InlineData(-1, 25)]
    [InlineData(20, 101)]
    [InlineData(25, 20)]
    public void Validator_RefusesACapOutOfRange_OrAnExceptionBelowTheOrdinaryCap(int cap, int exceptional)
    {
        var rules = RuleSetCatalog.Decree152 with
        {
            ExcellentShare = Default with { CapPercent = cap, ExceptionalCapPercent = exceptional },
        };

        Assert.Equal("rules.invalid_excellent_share", Assert.Single(RuleSetValidator.Validate(rules)).Code);
    }
}
