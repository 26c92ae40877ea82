using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public sealed class QuotaTests
{
    private static RuleSet FighterQuota(decimal percent, RoundingMode rounding, QuotaBase quotaBase = QuotaBase.AdvancedWorkers) =>
        InputBuilder.Rules.DeriveFor("HP", "HP-2025", 1, "Hải Phòng 2025", "QĐ thử nghiệm") with
        {
            Quotas = [new QuotaRule { Title = Title.GrassrootsEmulationFighter, CapPercent = percent, Base = quotaBase, Rounding = rounding }],
        };

    [Theory]
    [InlineData(RoundingMode.Down, 1)]
    [InlineData(RoundingMode.Nearest, 2)]
    [InlineData(RoundingMode.Up, 2)]
    public void Quota_RoundsAsConfigured(RoundingMode rounding, int allowed)
    {
        Assert.Equal(allowed, new QuotaRule { CapPercent = 15m, Rounding = rounding }.Allowed(10));
    }

    [Fact]
    public void Quota_CutsLowestRankedCandidates_AndShowsTheArithmetic()
    {
        var builder = new InputBuilder();
        for (int i = 1; i <= 10; i++)
        {
            builder.Person(new PersonBuilder(i).Rated(i <= 3 ? QualityRating.Excellent : QualityRating.Good)
                .Initiative(i == 3 ? InitiativeLevel.Provincial : InitiativeLevel.None));
        }

        var eval = builder.Evaluate(FighterQuota(15m, RoundingMode.Down));

        var recommended = eval.Recommended(Title.GrassrootsEmulationFighter).Single();
        Assert.Equal(3, recommended.PersonId);
        var cut = eval.Get(1, 1, Title.GrassrootsEmulationFighter);
        Assert.Equal(RecommendationStatus.OverQuota, cut.Status);
        Assert.Equal((10, 1, 2), (cut.Quota!.BaseCount, cut.Quota.Allowed, cut.Quota.Position));
        Assert.Contains("15% × 10", cut.Explain("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Quota_PrefersAWomanWhenOtherwiseEqual()
    {
        var eval = new InputBuilder()
            .Person(new PersonBuilder(1).Rated(QualityRating.Excellent))
            .Person(new PersonBuilder(2).Rated(QualityRating.Excellent).Woman())
            .Evaluate(FighterQuota(50m, RoundingMode.Down, QuotaBase.EligibleCandidates));

        Assert.Equal(2, eval.Recommended(Title.GrassrootsEmulationFighter).Single().PersonId);
    }

    [Fact]
    public void Quota_CutFighterDoesNotCountTowardTheProvincialStreak()
    {
        var eval = new InputBuilder()
            .Person(new PersonBuilder(1).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.Provincial).FighterFor(2))
            .Person(new PersonBuilder(2).Rated(QualityRating.Excellent).Initiative(InitiativeLevel.National).Woman())
            .Evaluate(FighterQuota(50m, RoundingMode.Down, QuotaBase.EligibleCandidates));

        Assert.Equal(RecommendationStatus.OverQuota, eval.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(1, 1, Title.ProvincialEmulationFighter).Status);
    }
}
