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
    int Nominations)
{
    /// <summary>Units and people left out of the ranking because their own data is invalid, each with its problems.</summary>
    public IReadOnlyList<SetAsideView> SetAside { get; init; } = [];
}

/// <summary>One problem of a set-aside unit or person: the error, and the criterion it concerns (by name) if any.</summary>
public sealed record SetAsideProblem(string? CriterionName, DomainError Error);

/// <summary>A unit or person the evaluation left out because its own data is invalid, named, with its problems.</summary>
public sealed record SetAsideView(int? UnitId, int? PersonId, string Name, IReadOnlyList<SetAsideProblem> Problems)
{
    /// <summary>The set-aside subjects of <paramref name="evaluation"/>, named from the input and the campaign's criteria.</summary>
    public static IReadOnlyList<SetAsideView> Of(CampaignEvaluation evaluation, EvaluationInput input, Campaign campaign)
    {
        var units = input.Units.GroupBy(u => u.UnitId).ToDictionary(g => g.Key, g => g.First().Name);
        var people = input.People.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.First().FullName);
        var criteria = campaign.Criteria.ToDictionary(c => c.Code, c => c.Name);
        return [.. evaluation.SetAside.Select(s => new SetAsideView(s.UnitId, s.PersonId,
            s.PersonId is { } person ? people.GetValueOrDefault(person, "") : units.GetValueOrDefault(s.UnitId ?? 0, ""),
            [.. s.Errors.Select(e => new SetAsideProblem(
                SetAsideSubject.CriterionOf(e) is { } code ? criteria.GetValueOrDefault(code, code) : null, e))]))];
    }
}

/// <summary>The engine's answer, or the coded reasons it refused the campaign's data.</summary>
public sealed record EvaluationOutcome(EvaluationView? View, IReadOnlyList<DomainError> Errors);
