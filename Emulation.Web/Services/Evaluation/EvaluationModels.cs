using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;

namespace Emulation.Web.Services.Evaluation;

public sealed record ScoreLineView(string Code, string Name, decimal? Value, decimal? Target, decimal Points,
    decimal MaxPoints, LineStatus Status, string Explanation);

public sealed record UnitStanding(int UnitId, string UnitName, int Rank, decimal Total, bool HasMissing,
    string? TieBreakNote, IReadOnlyList<ScoreLineView> Lines);

/// <summary>A verdict as the review dashboard lists it; its explanation is data, worded where it is shown.</summary>
public sealed record RecommendationView(int? PersonId, int UnitId, string SubjectName, string UnitName, Title Title,
    RecommendationStatus Status, Explanation Explanation)
{
    /// <summary>Who the explanation is about, by name.</summary>
    public ExplainedSubject Subject => new(SubjectName, UnitName, PersonId is null);
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

    /// <summary>
    /// The units still evaluated whose ratings exceed the cap on excellent ratings (<see cref="CampaignEvaluation.ExcellentShareProblems"/>),
    /// named like the set-aside ones; the agency's problem (no unit) carries no name.
    /// </summary>
    public static IReadOnlyList<SetAsideView> OverTheExcellentCap(CampaignEvaluation evaluation, IReadOnlyDictionary<int, string> unitNames) =>
        [.. evaluation.ExcellentShareProblems.Select(e => SetAsideSubject.SubjectOf(e) is (int unitId, _)
            ? new SetAsideView(unitId, null, unitNames.GetValueOrDefault(unitId, ""), [new SetAsideProblem(null, e)])
            : new SetAsideView(null, null, "", [new SetAsideProblem(null, e)]))];
}
