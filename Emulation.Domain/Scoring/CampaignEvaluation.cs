using Emulation.Domain.Awards;
using Emulation.Domain.Common;

namespace Emulation.Domain.Scoring;

/// <summary>The engine's output for one campaign year: scores, rankings and recommendations, all ordered deterministically.</summary>
public sealed class CampaignEvaluation
{
    internal CampaignEvaluation(int year, string ruleSetId, int ruleSetVersion, IReadOnlyList<UnitScore> unitScores,
        IReadOnlyList<RankedUnit> rankings, RecommendationList recommendations)
    {
        Year = year;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        UnitScores = unitScores;
        Rankings = rankings;
        Recommendations = recommendations;
    }

    public int Year { get; }
    public string RuleSetId { get; }
    public int RuleSetVersion { get; }

    /// <summary>By unit id.</summary>
    public IReadOnlyList<UnitScore> UnitScores { get; }

    /// <summary>By bloc, then rank.</summary>
    public IReadOnlyList<RankedUnit> Rankings { get; }

    /// <summary>Individuals by person id then title, then collectives by unit id then title.</summary>
    public RecommendationList Recommendations { get; }

    /// <summary>The units and people left out because their own data is invalid, with their errors; empty when all data is valid.</summary>
    public IReadOnlyList<SetAsideSubject> SetAside { get; internal init; } = [];

    /// <summary>
    /// The units whose ratings of the year exceed the cap on excellent ratings (<see cref="ExcellentShareAudit"/>): still
    /// evaluated, their ratings having been accepted, but each named for the officer's review.
    /// </summary>
    public IReadOnlyList<DomainError> ExcellentShareProblems { get; internal init; } = [];

    /// <summary>What this evaluation was made from and of, for the next one to start from; null when something was set aside.</summary>
    internal EvaluationBasis? Basis { get; init; }

    public IEnumerable<Recommendation> For(int personId) => Recommendations.Where(r => r.PersonId == personId);

    public Recommendation? Find(int? personId, int unitId, Title title)
    {
        foreach (var r in Recommendations)
        {
            if (r.PersonId == personId && r.UnitId == unitId && r.Title == title)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The recommendation that must exist: throws when the subject or title was not evaluated.</summary>
    public Recommendation Get(int? personId, int unitId, Title title) =>
        Find(personId, unitId, title) ?? throw new KeyNotFoundException($"No recommendation of {title} for person {personId}, unit {unitId}.");

    public IEnumerable<Recommendation> Recommended(Title title) =>
        Recommendations.Where(r => r.Title == title && r.Status == RecommendationStatus.Recommended);
}
