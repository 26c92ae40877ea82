using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

public sealed record VoteRequest(int? NominationId, BallotChoice? Choice);

public sealed record BallotSheetRequest(List<VoteRequest>? Votes);

/// <summary>
/// <c>/api/v1/council/sessions</c>: the council's sessions with members, attendance and the ballots as they stand,
/// and a member's own ballot sheet. The session service decides who may read and who may vote.
/// </summary>
internal static class CouncilApi
{
    public static RouteGroupBuilder MapCouncilApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/council/sessions").WithTags("Council");
        sessions.MapGet("/", async (HttpContext context, [FromServices] CouncilSessionService service, int? campaignId) =>
                TypedResults.Ok(await service.ListAsync(Actor.From(context.User), campaignId)))
            .WithName("ListCouncilSessions");
        sessions.MapGet("/{id:int}", GetAsync).WithName("GetCouncilSession")
            .Produces<CouncilSessionView>().ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapPost("/{id:int}/votes", VoteAsync).WithName("CastVotes")
            .Accepts<BallotSheetRequest>("application/json").Produces<CouncilSessionView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        sessions.MapGet("/{id:int}/minutes.docx",
                async (HttpContext context, [FromServices] CouncilSessionService service, int id) =>
                    DocumentEndpoints.Download(await service.GetMinutesDocxAsync(Actor.From(context.User), id)))
            .WithName("GetCouncilMinutes").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> GetAsync(HttpContext context, [FromServices] CouncilSessionService service, int id)
    {
        var session = await service.GetSessionAsync(Actor.From(context.User), id);
        if (session is null)
        {
            return ApiJson.NotFound("Api.NotFound.Session", id);
        }

        ApiPreconditions.SetETag(context, session.Version);
        return TypedResults.Ok(session);
    }

    /// <summary>
    /// The caller's ballots on nominations of the session, all or nothing: only a member seated on the session, present,
    /// while it is open. <c>If-Match</c> is optional (a ballot adds to the session and cannot be changed once cast);
    /// when sent, a session saved since is 412. Answers with the session as it now stands.
    /// </summary>
    private static async Task<IResult> VoteAsync(HttpContext context, [FromServices] CouncilSessionService service, int id)
    {
        var (request, problem) = await ApiJson.ReadAsync<BallotSheetRequest>(context);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var votes = request!.Votes ?? [];
        if (votes.Count == 0)
        {
            errors.Add("votes", FieldErrors.RequiredKey);
        }

        var ballots = new Dictionary<int, BallotChoice>();
        for (var i = 0; i < votes.Count; i++)
        {
            errors.Required($"votes[{i}].nominationId", votes[i]?.NominationId);
            errors.Required($"votes[{i}].choice", votes[i]?.Choice);
            if (votes[i] is { NominationId: { } nomination, Choice: { } choice } && !ballots.TryAdd(nomination, choice))
            {
                errors.Add($"votes[{i}].nominationId", "Api.Field.Twice");
            }
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var actor = Actor.From(context.User);
        actor.Require(Roles.CouncilMember);
        var session = await service.GetSessionAsync(actor, id);
        if (session is null)
        {
            return ApiJson.NotFound("Api.NotFound.Session", id);
        }

        if (!session.IAmMember)
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "Api.Detail.NotYourSession");
        }

        var (version, precondition) = ApiPreconditions.Check(context, session.Version, requiredWhenExists: false);
        if (precondition is not null)
        {
            return precondition;
        }

        var voted = await service.VoteAsync(actor, id, ballots, version);
        if (!voted.IsSuccess)
        {
            return Refusal(context, voted.Errors, votes);
        }

        var after = await service.GetSessionAsync(actor, id);
        ApiPreconditions.SetETag(context, after?.Version);
        return TypedResults.Ok(after);
    }

    private static IResult Refusal(HttpContext context, IReadOnlyList<DomainError> errors, List<VoteRequest> votes)
    {
        if (errors.FirstOrDefault(ApiPreconditions.IsConcurrency) is { } concurrency)
        {
            return ApiPreconditions.Conflict(context, concurrency);
        }

        // The session's state refuses the ballot, not its content: closed, or this member's ballot already cast.
        if (errors.FirstOrDefault(e => e.Code is "council.session_closed" or "council.already_voted") is { } state)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, state);
        }

        return ApiJson.Invalid(errors, e =>
        {
            var index = e.Code == "council.not_on_agenda"
                ? votes.FindIndex(v => v.NominationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == e.Item)
                : -1;
            return index >= 0 ? $"votes[{index}].nominationId" : "votes";
        });
    }
}
