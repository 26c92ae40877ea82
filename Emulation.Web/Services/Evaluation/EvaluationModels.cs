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
    /// <summary>
    /// The set-aside subjects of <paramref name="evaluation"/>, named from the input and the campaign's criteria. Only
    /// their names are looked up: a province's 100,000 people were put in a dictionary for every new evaluation,
    /// usually to name nobody.
    /// </summary>
    public static IReadOnlyList<SetAsideView> Of(CampaignEvaluation evaluation, EvaluationInput input, Campaign campaign)
    {
        if (evaluation.SetAside.Count == 0)
        {
            return [];
        }

        var units = FirstNames(input.Units, evaluation.SetAside.Select(s => s.UnitId ?? 0), u => u.UnitId, u => u.Name);
        var people = FirstNames(input.People, evaluation.SetAside.Select(s => s.PersonId ?? 0), p => p.PersonId, p => p.FullName);
        var criteria = campaign.Criteria.ToDictionary(c => c.Code, c => c.Name);
        return [.. evaluation.SetAside.Select(s => new SetAsideView(s.UnitId, s.PersonId,
            s.PersonId is { } person ? people.GetValueOrDefault(person, "") : units.GetValueOrDefault(s.UnitId ?? 0, ""),
            [.. s.Errors.Select(e => new SetAsideProblem(
                SetAsideSubject.CriterionOf(e) is { } code ? criteria.GetValueOrDefault(code, code) : null, e))]))];
    }

    /// <summary>The name of the first item with each of <paramref name="ids"/>, by id.</summary>
    private static Dictionary<int, string> FirstNames<T>(IEnumerable<T> items, IEnumerable<int> ids, Func<T, int> id, Func<T, string> name)
    {
        var wanted = ids.ToHashSet();
        var names = new Dictionary<int, string>(wanted.Count);
        foreach (var item in items)
        {
            if (wanted.Contains(id(item)))
            {
                names.TryAdd(id(item), name(item));
            }
        }

        return names;
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
