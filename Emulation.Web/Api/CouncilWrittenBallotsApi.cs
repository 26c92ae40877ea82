using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

public sealed record WrittenBallotRequest(string? MemberUserName, int? NominationId, BallotChoice? Choice);

/// <summary>
/// <c>POST /api/v1/council/sessions/{id}/written-ballots</c>: the secretary (union officer) records an absent member's
/// written ballot, where the rule set in force counts them (off by default; the older Decree 91/2017 Art. 45(8)).
/// A rule set that does not count them, a present member, a second ballot or a closed session is 409.
/// </summary>
internal static class CouncilWrittenBallotsApi
{
    private static readonly string[] StateCodes =
    [
        "council.written_ballots_not_counted", "council.member_present", "council.already_voted", "council.session_closed",
        "council.recused",
    ];

    public static RouteGroupBuilder MapCouncilWrittenBallotsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/council/sessions/{id:int}/written-ballots", RecordAsync).WithTags("Council").WithName("RecordWrittenBallot").Produces<CouncilSessionView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return api;
    }

    private static async Task<IResult> RecordAsync(HttpContext context, [FromServices] CouncilSessionService service, int id, WrittenBallotRequest request)
    {
        var errors = new FieldErrors();
        errors.Text("memberUserName", request.MemberUserName, CouncilMember.UserNameMaxLength);
        errors.Required("nominationId", request.NominationId);
        errors.Required("choice", request.Choice);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.RunCouncilSessions);
        var session = await service.GetSessionAsync(actor, id);
        if (session is null)
        {
            return ApiJson.NotFound("Api.NotFound.Session", id);
        }

        var (version, precondition) = ApiPreconditions.Check(context, session.Version, requiredWhenExists: false);
        if (precondition is not null)
        {
            return precondition;
        }

        var recorded = await service.RecordWrittenBallotAsync(actor, id, request.MemberUserName!.Trim(),
            request.NominationId!.Value, request.Choice!.Value, version);
        if (!recorded.IsSuccess)
        {
            if (recorded.Errors.FirstOrDefault(ApiPreconditions.IsConcurrency) is { } clash)
            {
                return ApiPreconditions.Conflict(context, clash);
            }

            return recorded.Errors.FirstOrDefault(e => StateCodes.Contains(e.Code)) is { } state
                ? ApiProblems.Conflict(state)
                : ApiJson.Invalid(recorded.Errors, e => e.Code == "council.not_on_agenda" ? "nominationId" : "memberUserName");
        }

        var after = await service.GetSessionAsync(actor, id);
        ApiPreconditions.SetETag(context, after?.Version);
        return TypedResults.Ok(after);
    }
}
