using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;

namespace Emulation.Tests.Infrastructure;

/// <summary>An engine explanation as a nomination stores it, for tests that put nominations to the council directly.</summary>
internal static class TestExplanations
{
    public static Explanation For(Title title) =>
        new(title, RecommendationStatus.Recommended, "VN-ND152-2025", 1, "Luật 06/2022/QH15 Điều 24",
            [new Condition("aw.rating", true, "Nghị định 152/2025 Điều 5", [new Fact("rating", "Excellent"), new Fact("required", "Good")])],
            null);
}
