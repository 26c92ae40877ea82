using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>A title whose status differs between the baseline and the changed evaluation.</summary>
public sealed record AwardChange(int? PersonId, int UnitId, string SubjectName, Title Title,
    RecommendationStatus Before, RecommendationStatus After)
{
    public bool Gained => After == RecommendationStatus.Recommended;
    public bool Lost => Before == RecommendationStatus.Recommended;
}
