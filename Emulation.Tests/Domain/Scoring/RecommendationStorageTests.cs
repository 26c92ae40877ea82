using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;

namespace Emulation.Tests.Domain.Scoring;

[Trait("Category", "Fast")]
public class RecommendationStorageTests
{
    [Fact]
    public void EveryTitle_FitsTheSubjectsPackedStatuses()
    {
        // A subject keeps four bits of status per title in one 64-bit field.
        Assert.True(Enum.GetValues<Title>().Max(t => (int)t) < 16);
    }

    [Fact]
    public void Recommendations_OfOneSubject_KeepTheirOwnStatuses()
    {
        var eval = new InputBuilder().Person(new PersonBuilder(1).Rated(QualityRating.Good)).Evaluate();

        Assert.Equal(RecommendationStatus.Recommended, eval.Get(1, 1, Title.AdvancedWorker).Status);
        Assert.Equal(RecommendationStatus.NotEligible, eval.Get(1, 1, Title.GrassrootsEmulationFighter).Status);
        Assert.Equal(eval.Get(1, 1, Title.AdvancedWorker), eval.Get(1, 1, Title.AdvancedWorker));
        Assert.NotEqual(eval.Get(1, 1, Title.AdvancedWorker), eval.Get(1, 1, Title.GrassrootsEmulationFighter));
    }
}
