using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Scoring;

namespace Emulation.Web.Services.Evaluation;

public sealed record ScoreLineView(string Code, string Name, decimal? Value, decimal? Target, decimal Points,
    decimal MaxPoints, LineStatus Status, string Explanation);

public sealed record UnitStanding(int UnitId, string UnitName, int Rank, decimal Total, bool HasMissing,
    string? TieBreakNote, IReadOnlyList<ScoreLineView> Lines);

public sealed record BlocStanding(int? BlocId, string BlocName, IReadOnlyList<UnitStanding> Units);

public sealed record RecommendationView(int? PersonId, int UnitId, string SubjectName, string UnitName, Title Title,
    RecommendationStatus Status, string Explanation);

/// <summary>A campaign as the engine scored it, ready to show.</summary>
public sealed record EvaluationView(
    int CampaignId,
    string CampaignName,
    int Year,
    CampaignStatus Status,
    string RuleSetId,
    int RuleSetVersion,
    string RuleSetName,
    IReadOnlyList<BlocStanding> Blocs,
    IReadOnlyList<RecommendationView> Recommendations,
    int Nominations);

/// <summary>The engine's answer, or the coded reasons it refused the campaign's data.</summary>
public sealed record EvaluationOutcome(EvaluationView? View, IReadOnlyList<DomainError> Errors);
