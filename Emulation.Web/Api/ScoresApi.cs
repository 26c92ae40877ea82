using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Emulation.Web.Services.Evaluation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Api;

public sealed record ScoreLineResponse(string CriterionCode, decimal? Value, decimal? Target, decimal Points, string Explanation);

public sealed record UnitScoreResponse(string UnitCode, string? BlocCode, decimal Total, int Rank, IReadOnlyList<string> Missing,
    IReadOnlyList<ScoreLineResponse> Breakdown)
{
    /// <summary>How a tie on the total with the unit ranked just above or just below was settled; empty without a tie.</summary>
    public IReadOnlyList<TieBreakResponse> TieBreaks { get; init; } = [];
}

/// <summary>
/// A tie on <see cref="Total"/> with unit <see cref="UnitCode"/>, this unit ranked <see cref="Ahead"/> of it or not, settled
/// by a step of the tie-break chain (<see cref="DecidedBy"/>, with <see cref="CriterionCode"/> for points on a criterion) or,
/// when <see cref="DecidedBy"/> is null, by the fixed last rule (the lower unit id first). <see cref="Explanation"/> is the
/// same in the request's language.
/// </summary>
public sealed record TieBreakResponse(string UnitCode, decimal Total, bool Ahead, TieBreakKind? DecidedBy, string? CriterionCode,
    string Explanation);

public enum SubjectType
{
    Person,
    Unit,
}

public sealed record ConditionResponse(string Rule, bool Passed, IReadOnlyDictionary<string, string> Facts, string Article);

public sealed record RecommendationResponse(SubjectType SubjectType, string SubjectCode, Title Award,
    RecommendationStatus Status, string RuleSet, IReadOnlyList<ConditionResponse> Explanation)
{
    /// <summary>The quota's arithmetic, for an eligible candidate of a title with a quota (the rule set's or the campaign's).</summary>
    public QuotaResponse? Quota { get; init; }
}

/// <summary>
/// How a quota was applied: <see cref="CapPercent"/> × <see cref="BaseCount"/>, rounded, gives <see cref="Allowed"/>;
/// the candidate stood at <see cref="Position"/>. <see cref="Explanation"/> is the same line in the request's language.
/// </summary>
public sealed record QuotaResponse(decimal CapPercent, QuotaBase Base, int BaseCount, RoundingMode Rounding, int Allowed,
    int Position, bool Within, string Explanation);

/// <summary><c>/api/v1/campaigns/{id}/scores</c> and <c>/recommendations</c>: the engine's answer with its reasons.</summary>
internal static class ScoresApi
{
    public static RouteGroupBuilder MapScoresApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Scores");
        campaigns.MapGet("/{id:int}/scores", ScoresAsync).WithName("GetScores").RequireAuthorization(Policies.ReadEvaluation)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapGet("/{id:int}/recommendations", RecommendationsAsync).WithName("GetRecommendations").RequireAuthorization(Policies.ReadEvaluation)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>
    /// Each unit's total, rank, lines and ties; each line's and tie's explanation in the request's language (Vietnamese
    /// unless asked).
    /// </summary>
    private static async Task<Results<Ok<List<UnitScoreResponse>>, LocalizedProblem>> ScoresAsync(HttpContext context, [FromServices] ScoreboardService scoreboard,
        [FromServices] IStringLocalizer<SharedResource> localizer, int id)
    {
        var evaluated = await scoreboard.EvaluateAsync(Actor.From(context.User), id);
        if (evaluated is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        if (!evaluated.IsSuccess)
        {
            return NotEvaluated(context, evaluated.Errors);
        }

        var board = evaluated.Value;
        var scores = board.Evaluation.UnitScores.ToDictionary(s => s.UnitId);
        var rows = board.Evaluation.Rankings
            .OrderBy(r => r.BlocId is { } b ? board.BlocCodes.GetValueOrDefault(b) : null, StringComparer.Ordinal)
            .ThenBy(r => r.Rank)
            .Select(r =>
            {
                var score = scores[r.UnitId];
                return new UnitScoreResponse(board.UnitCodes[r.UnitId],
                    r.BlocId is { } bloc ? board.BlocCodes.GetValueOrDefault(bloc) : null, r.Total, r.Rank,
                    [.. score.Lines.Where(l => l.Status == LineStatus.Missing).Select(l => l.Code)],
                    [.. score.Lines.Select(l => new ScoreLineResponse(l.Code, l.Value, l.Target, l.Points,
                        Wording.ScoreLine(localizer, CultureInfo.CurrentCulture, l)))])
                {
                    TieBreaks = [.. r.TieBreaks.Select(t => new TieBreakResponse(board.UnitCodes[t.OtherUnitId], t.Total, t.Ahead,
                        t.DecidedBy?.Kind, t.DecidedBy?.CriterionCode,
                        Wording.TieBreak(localizer, CultureInfo.CurrentCulture, t, board.UnitCodes[t.OtherUnitId])))],
                };
            })
            .ToList();
        return TypedResults.Ok(rows);
    }

    /// <summary>
    /// Why a campaign could not be evaluated: a year with no rule set in force is no bad input but the state of the rules,
    /// 409 with the code at the start of the detail; anything else names the request as a whole.
    /// </summary>
    private static LocalizedProblem NotEvaluated(HttpContext context, IReadOnlyList<DomainError> errors) =>
        ApiPreconditions.StateRefusal(context, errors, RuleSetErrors.NoneForYear(default, "").Code) ?? ApiJson.Invalid(context, errors, _ => "$");

    private static async Task<Results<Ok<List<RecommendationResponse>>, LocalizedProblem>> RecommendationsAsync(HttpContext context, [FromServices] ScoreboardService scoreboard,
        [FromServices] IStringLocalizer<SharedResource> localizer, int id)
    {
        var evaluated = await scoreboard.EvaluateAsync(Actor.From(context.User), id);
        if (evaluated is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        if (!evaluated.IsSuccess)
        {
            return NotEvaluated(context, evaluated.Errors);
        }

        var board = evaluated.Value;
        var rows = board.Evaluation.Recommendations.Select(r => new RecommendationResponse(
                r.PersonId is null ? SubjectType.Unit : SubjectType.Person,
                r.PersonId is { } person ? board.PersonCodes.GetValueOrDefault(person, "") : board.UnitCodes[r.UnitId],
                ApiTitle(r.Title),
                r.Status,
                $"{r.RuleSetId} v{r.RuleSetVersion}",
                [.. r.Conditions.Select(c => new ConditionResponse(c.Code, c.Passed,
                    c.Facts.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.Last().Value), c.Article))])
            {
                Quota = r.Quota is { } q
                    ? new QuotaResponse(q.CapPercent, q.Base, q.BaseCount, q.Rounding, q.Allowed, q.Position, q.Within,
                        Wording.Quota(localizer, CultureInfo.CurrentCulture, q, board.UnitCodes[r.UnitId]))
                    : null,
            })
            .ToList();
        return TypedResults.Ok(rows);
    }

    /// <summary>The API names a form of commendation the same for people and units.</summary>
    private static Title ApiTitle(Title title) => title switch
    {
        Title.CollectiveCertificateOfCommendation => Title.CertificateOfCommendation,
        Title.CollectiveProvincialCertificateOfMerit => Title.ProvincialCertificateOfMerit,
        _ => title,
    };
}
