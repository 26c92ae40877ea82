using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Council;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

public sealed record WrittenBallotRequest(
    [Text(CouncilMember.UserNameMaxLength)] string? MemberUserName,
    [RequiredField] int? NominationId,
    [RequiredField] BallotChoice? Choice);

/// <summary>The counts of a nomination voted on paper.</summary>
public sealed record PaperCountRequest(
    [RequiredField] int? NominationId,
    [RequiredField, Between(0, CouncilSession.MaxMembersNamed)] int? Yes,
    [RequiredField, Between(0, CouncilSession.MaxMembersNamed)] int? No,
    [RequiredField, Between(0, CouncilSession.MaxMembersNamed)] int? Abstain);

/// <summary>
/// <c>POST /api/v1/council/sessions/{id}/written-ballots</c>: the secretary (union officer) records an absent member's
/// written ballot, where the rule set in force counts them (off by default; the older Decree 91/2017 Art. 45(8)).
/// A rule set that does not count them, a present member, a second ballot or a closed session is 409.
/// <c>PUT /api/v1/council/sessions/{id}/paper-counts</c>: the secretary enters the counts of a nomination voted on paper
/// (again to correct them while the session is open); ballots already cast on it in the application, or a closed
/// session, is 409; counts beyond the present members who may vote is 400.
/// </summary>
internal static class CouncilWrittenBallotsApi
{
    private static readonly string[] StateCodes =
    [
        "council.written_ballots_not_counted", "council.member_present", "council.already_voted", "council.session_closed",
        "council.recused", "council.counted_on_paper", "council.voted_electronically",
    ];

    public static RouteGroupBuilder MapCouncilWrittenBallotsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/council/sessions/{id:int}/written-ballots", RecordAsync).WithTags("Council").WithName("RecordWrittenBallot").RequireAuthorization(Policies.RunCouncilSessions)
            .ProducesWriteProblems();
        api.MapPut("/council/sessions/{id:int}/paper-counts", PaperCountAsync).WithTags("Council").WithName("RecordPaperCount").RequireAuthorization(Policies.RunCouncilSessions)
            .ProducesWriteProblems();
        return api;
    }

    private static Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> PaperCountAsync(HttpContext context,
        [FromServices] CouncilSessionService service, int id, PaperCountRequest request) =>
        CouncilApi.ChangeSessionAsync(context, service, id,
            (actor, version) => service.RecordPaperCountAsync(actor, id, request.NominationId!.Value,
                new PaperCount(request.Yes!.Value, request.No!.Value, request.Abstain!.Value), version),
            refused => ApiPreconditions.StateRefusal(context, refused, StateCodes) ??
                ApiJson.Invalid(context, refused, e => e.Code == "council.not_on_agenda" ? "nominationId" : "yes"),
            new SessionChange(Policies.RunCouncilSessions));

    private static Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> RecordAsync(HttpContext context,
        [FromServices] CouncilSessionService service, int id, WrittenBallotRequest request) =>
        CouncilApi.ChangeSessionAsync(context, service, id,
            (actor, version) => service.RecordWrittenBallotAsync(actor, id, request.MemberUserName!.Trim(),
                request.NominationId!.Value, request.Choice!.Value, version),
            refused => ApiPreconditions.StateRefusal(context, refused, StateCodes) ??
                ApiJson.Invalid(context, refused, e => e.Code == "council.not_on_agenda" ? "nominationId" : "memberUserName"),
            new SessionChange(Policies.RunCouncilSessions));
}
