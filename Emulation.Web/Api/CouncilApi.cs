using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Council;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

public sealed record VoteRequest([RequiredField] int? NominationId, [RequiredField] BallotChoice? Choice);

public sealed record BallotSheetRequest([RequiredField, AtMost(CouncilSession.MaxBallotsPerSheet)] List<VoteRequest>? Votes);

/// <summary>A receipt code as given to a member when their ballot sheet was cast.</summary>
public sealed record ReceiptCheckRequest([Text(BallotReceipt.MaxTypedLength)] string? Code);

/// <summary>The nominations on which a ballot with the code was counted; empty when none was.</summary>
public sealed record ReceiptCheckResponse(IReadOnlyList<int> CountedOn);

/// <summary>Opens a session: the day it is held (today when omitted) and the council member who chairs it.</summary>
public sealed record OpenSessionRequest([Between(2000, 2100)] DateOnly? HeldOn, [Text(CouncilMember.UserNameMaxLength)] string? ChairUserName);

/// <summary>The user names of the members present; every other member of the session is absent.</summary>
public sealed record AttendanceRequest([AtMost(CouncilSession.MaxMembersNamed)] List<string>? Present);

/// <summary>
/// <c>/api/v1/council/sessions</c>: the council's sessions with members, attendance and the ballots as they stand,
/// and a member's own secret ballot sheet (answered with a receipt code, <c>receipt</c>, stored nowhere, which
/// <c>POST /{id}/receipts</c> checks); the secretary (union officer) opens a session on a campaign's proposed nominations
/// (<c>POST /api/v1/campaigns/{id}/council-sessions</c>), marks attendance and closes it, which decides every
/// nomination. Voting is open while the session is; a member never votes on themselves or their unit (recusal is
/// worked out from the seat, shown as <c>iRecuse</c>). The same endpoints serve a receiving board's council: its members
/// and appraisers list and read their own board's sessions and its members vote in them, each caller only in their own
/// council's sessions (another council's session is 403). The session service decides who may read and who may act.
/// </summary>
internal static class CouncilApi
{
    public static RouteGroupBuilder MapCouncilApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/council/sessions").WithTags("Council");
        sessions.MapGet("/", async (HttpContext context, [FromServices] CouncilSessionService service, int? campaignId) =>
                TypedResults.Ok(await service.ListAsync(Actor.From(context.User), campaignId)))
            .WithName("ListCouncilSessions").RequireAuthorization(Policies.ReadOwnCouncil);
        sessions.MapGet("/{id:int}", GetAsync).WithName("GetCouncilSession").RequireAuthorization(Policies.ReadOwnCouncil)
            .ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapPost("/{id:int}/votes", VoteAsync).WithName("CastVotes").RequireAuthorization(Policies.CastOwnBallot).ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        sessions.MapPost("/{id:int}/receipts", CheckReceiptAsync).WithName("CheckBallotReceipt").RequireAuthorization(Policies.ReadOwnCouncil)
            .ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapPut("/{id:int}/attendance", AttendanceAsync).WithName("SetCouncilAttendance").RequireAuthorization(Policies.RunCouncilSessions).RequiresIfMatch();
        sessions.MapPost("/{id:int}/close", CloseAsync).WithName("CloseCouncilSession").RequireAuthorization(Policies.RunCouncilSessions).ProducesWriteProblems();
        api.MapGet("/council/members", async (HttpContext context, [FromServices] CouncilSessionService service) =>
                TypedResults.Ok(await service.CouncilAsync(Actor.From(context.User))))
            .WithTags("Council").WithName("ListCouncilMembers").RequireAuthorization(Policies.ReadOwnCouncil);
        api.MapPost("/campaigns/{id:int}/council-sessions", OpenAsync).WithTags("Council").WithName("OpenCouncilSession").RequireAuthorization(Policies.RunCouncilSessions)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> GetAsync(HttpContext context, [FromServices] CouncilSessionService service, int id)
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
    private static async Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> VoteAsync(HttpContext context, [FromServices] CouncilSessionService service, int id, BallotSheetRequest request)
    {
        var errors = new FieldErrors();
        var votes = request.Votes ?? [];
        var ballots = new Dictionary<int, BallotChoice>();
        for (var i = 0; i < votes.Count; i++)
        {
            if (votes[i] is not { NominationId: { } nomination, Choice: { } choice })
            {
                errors.Add($"votes[{i}]", FieldErrors.RequiredKey);
            }
            else if (!ballots.TryAdd(nomination, choice))
            {
                errors.Add($"votes[{i}].nominationId", "Api.Field.Twice");
            }
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        // The receipt code is in this answer only: it is stored nowhere.
        string? receipt = null;
        return await ChangeSessionAsync(context, service, id, async (actor, version) =>
            {
                var voted = await service.VoteAsync(actor, id, ballots, version);
                receipt = voted.IsSuccess ? voted.Value.Code : null;
                return voted.IsSuccess ? Result.Success() : Result.Failure(voted.Errors);
            },
            errors => Refusal(context, errors, votes),
            new SessionChange(Policies.CastOwnBallot)
            {
                Check = session => session.IAmMember
                    ? null
                    : ApiProblems.Status(StatusCodes.Status403Forbidden, "Api.Detail.NotYourSession"),
                Answer = session => session with { Receipt = receipt },
            });
    }

    /// <summary>
    /// Which nominations of the session count a ballot sealed with the receipt code in the body (POST, so the code is
    /// in no address or request log). A code that cannot be a receipt is 400; none counted is an empty list.
    /// </summary>
    private static async Task<Results<Ok<ReceiptCheckResponse>, LocalizedProblem>> CheckReceiptAsync(HttpContext context,
        [FromServices] CouncilSessionService service, int id, ReceiptCheckRequest request)
    {
        var counted = await service.CheckReceiptAsync(Actor.From(context.User), id, request.Code);
        if (counted.IsSuccess)
        {
            return TypedResults.Ok(new ReceiptCheckResponse(counted.Value));
        }

        return counted.Errors[0].Code == "council.session_not_found"
            ? ApiJson.NotFound("Api.NotFound.Session", id)
            : ApiJson.Invalid(context, counted.Errors, _ => "code");
    }

    /// <summary>
    /// Opens a session on the campaign's proposed nominations with every council member seated and nobody present yet.
    /// A session of the campaign already open, nothing to vote on, nominees still in public consultation or, for a
    /// title put to consultation, never published (each named, in <c>reasons</c>) is 409.
    /// </summary>
    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> OpenAsync(HttpContext context, [FromServices] CouncilSessionService service,
        [FromServices] CampaignService campaigns, int id, OpenSessionRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.RunCouncilSessions);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        var opened = await service.OpenAsync(actor, id, new OpenSessionInput
        {
            HeldOn = request.HeldOn?.ToDateTime(TimeOnly.MinValue),
            ChairUserName = request.ChairUserName!.Trim(),
        });
        if (opened.IsSuccess)
        {
            return TypedResults.Created($"/api/v1/council/sessions/{opened.Value}", new IdResponse(opened.Value));
        }

        // The law publishes the list before the council meets: every nominee never published is named, with any window
        // still running, in one 409.
        if (opened.Errors.Any(e => e.Code == "consultation.not_published"))
        {
            return ApiProblems.Refusals(StatusCodes.Status409Conflict,
                [.. opened.Errors.Where(e => e.Code is "consultation.not_published" or "consultation.still_open")]);
        }

        if (ApiPreconditions.StateRefusal(context, opened.Errors, "council.already_open", "council.nothing_to_vote",
                "council.no_members", "consultation.still_open", "nomination.results_returned") is { } state)
        {
            return state;
        }

        return ApiJson.Invalid(context, opened.Errors, e => e.Code == "council.chair_not_member" ? "chairUserName" : "$");
    }

    /// <summary>
    /// Replaces the session's attendance: the members listed are present, the others absent. The session exists, so
    /// <c>If-Match</c> is required (428 without, 412 when stale). A member who has voted cannot be marked absent (409).
    /// </summary>
    private static async Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> AttendanceAsync(HttpContext context, [FromServices] CouncilSessionService service, int id, AttendanceRequest request)
    {
        var errors = new FieldErrors();
        errors.Required("present", request.Present);
        var present = request.Present ?? [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < present.Count; i++)
        {
            errors.Text($"present[{i}]", present[i], CouncilMember.UserNameMaxLength);
            if (!string.IsNullOrWhiteSpace(present[i]) && !names.Add(present[i].Trim()))
            {
                errors.Add($"present[{i}]", "Api.Field.Twice");
            }
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        return await ChangeSessionAsync(context, service, id,
            (actor, version) => service.SetAttendanceAsync(actor, id, names, version),
            refused => ApiPreconditions.StateRefusal(context, refused, "council.session_closed", "council.already_voted") ??
                ApiJson.Invalid(context, refused, e =>
                {
                    var index = present.FindIndex(p => p.Trim() == e.Item);
                    return index >= 0 ? $"present[{index}]" : "present";
                }),
            new SessionChange(Policies.RunCouncilSessions)
            {
                // The service marks only the session's own members; a name that is not one of them is a mistake to report.
                Check = session =>
                {
                    for (var i = 0; i < present.Count; i++)
                    {
                        if (session.Seats.All(s => s.UserName != present[i].Trim()))
                        {
                            errors.Add($"present[{i}]", CouncilErrors.NotAMember(present[i].Trim()));
                        }
                    }

                    return errors.Any ? ApiJson.Invalid(errors) : null;
                },
            });
    }

    /// <summary>
    /// Closes the session: each nomination still undecided is passed or failed by the rule set in force. Without
    /// quorum, or already closed, it is 409 and nothing changes. <c>If-Match</c> is optional; when sent, a session saved since is 412.
    /// </summary>
    private static Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> CloseAsync(HttpContext context, [FromServices] CouncilSessionService service, int id) =>
        ChangeSessionAsync(context, service, id, (actor, version) => service.CloseAsync(actor, id, version),
            // Closing takes no input: whatever refuses it is the state of the session or of the rules.
            refused => ApiPreconditions.StateRefusal(context, refused) ?? ApiProblems.Conflict(refused[0]),
            new SessionChange(Policies.RunCouncilSessions));

    /// <summary>
    /// The one way an endpoint changes a session: the caller holds <see cref="SessionChange.Policy"/>; the session
    /// exists (else 404); <see cref="SessionChange.Check"/> finds nothing against it as read; <c>If-Match</c>, required
    /// where the endpoint declares it (<see cref="ApiPreconditions.RequiresIfMatch"/>) or optional, matches its version
    /// (428/412); then
    /// <paramref name="change"/> runs with the version read, a refusal is answered by <paramref name="refused"/>, and a
    /// success with the session as it now stands (<see cref="AnswerAsync"/>).
    /// </summary>
    internal static async Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> ChangeSessionAsync(HttpContext context,
        CouncilSessionService service, int id, Func<Actor, Guid?, Task<Result>> change,
        Func<IReadOnlyList<DomainError>, LocalizedProblem> refused, SessionChange how)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(how.Policy);
        var session = await service.GetSessionAsync(actor, id);
        if (session is null)
        {
            return ApiJson.NotFound("Api.NotFound.Session", id);
        }

        if (how.Check?.Invoke(session) is { } problem)
        {
            return problem;
        }

        var (version, precondition) = ApiPreconditions.Check(context, session.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var changed = await change(actor, version);
        return changed.IsSuccess ? await AnswerAsync(context, service, actor, id, how.Answer) : refused(changed.Errors);
    }

    /// <summary>200 with the session as it now stands (through <paramref name="answer"/> when given) and its new ETag.</summary>
    private static async Task<Results<Ok<CouncilSessionView>, LocalizedProblem>> AnswerAsync(HttpContext context,
        CouncilSessionService service, Actor actor, int id, Func<CouncilSessionView, CouncilSessionView>? answer)
    {
        var after = await service.GetSessionAsync(actor, id);
        ApiPreconditions.SetETag(context, after?.Version);
        return TypedResults.Ok(after is not null && answer is not null ? answer(after) : after);
    }

    private static LocalizedProblem Refusal(HttpContext context, IReadOnlyList<DomainError> errors, List<VoteRequest> votes)
    {
        // The session's state refuses the ballot, not its content: closed, or this member's ballot already cast.
        return ApiPreconditions.StateRefusal(context, errors, "council.session_closed", "council.already_voted",
            "nomination.results_returned") ?? ApiJson.Invalid(context, errors, e =>
        {
            var index = e.Code == "council.not_on_agenda"
                ? votes.FindIndex(v => v.NominationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == e.Item)
                : -1;
            return index >= 0 ? $"votes[{index}].nominationId" : "votes";
        });
    }
}

/// <summary>
/// What an endpoint asks of <see cref="CouncilApi.ChangeSessionAsync"/> besides the change: the policy the caller holds,
/// a check against the session as read (a problem, or null to go on), and what the answer adds to the session as it now stands.
/// </summary>
internal sealed record SessionChange(string Policy)
{
    public Func<CouncilSessionView, LocalizedProblem?>? Check { get; init; }
    public Func<CouncilSessionView, CouncilSessionView>? Answer { get; init; }
}
