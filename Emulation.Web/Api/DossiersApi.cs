using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Decisions;
using Emulation.Domain.Proposals;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Proposals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>
/// The submission letter that sends passed nominations up: its number, date, recipient, and the receiving board when the
/// level that decides works in this deployment (omitted: outside it).
/// </summary>
[NoRepeats(nameof(NominationIds))]
public sealed record SendDossierRequest(
    [Text(Proposal.NumberMaxLength)] string? Number,
    [Between(2000, 2100)] DateOnly? Date,
    [Text(Proposal.RecipientMaxLength)] string? Recipient,
    [AboveZeroAtMost(int.MaxValue)] int? ReceivingBoardId,
    [RequiredField, AtMost(Nomination.MaxPerRequest)] List<int>? NominationIds);

/// <summary>Sending an amended dossier again: under a new letter number when one was issued (omitted: the same), on a day (today).</summary>
public sealed record ResendDossierRequest(
    [Text(Proposal.NumberMaxLength, Optional = true)] string? Number,
    [Between(2000, 2100)] DateOnly? Date);

/// <summary>Why the receiving level outside the deployment returned the dossier for amendment.</summary>
public sealed record ReturnDossierRequest([Text(Proposal.ReasonMaxLength, MultiLine = true)] string? Reason);

/// <summary>Nominees taken out of a dossier back for amendment, with why.</summary>
[NoRepeats(nameof(NominationIds))]
public sealed record WithdrawFromDossierRequest(
    [RequiredField, AtMost(Nomination.MaxPerRequest)] List<int>? NominationIds,
    [Text(Nomination.ReasonMaxLength, MultiLine = true)] string? Reason);

/// <summary>Passed nominees of the dossier's campaign, decided at its level, added to it while it is back for amendment.</summary>
[NoRepeats(nameof(NominationIds))]
public sealed record AddToDossierRequest([RequiredField, AtMost(Nomination.MaxPerRequest)] List<int>? NominationIds);

/// <summary>
/// What the deciding level outside the deployment decided for some nominees: granted under its decision (number, date,
/// issuer; the level's own name when omitted), or not granted with the reason.
/// </summary>
[NoRepeats(nameof(NominationIds))]
public sealed record DossierOutcomeRequest(
    [RequiredField] bool? Granted,
    [Text(Decision.NumberMaxLength, Optional = true)] string? DecisionNumber,
    [Between(2000, 2100)] DateOnly? DecisionDate,
    [Text(Award.IssuerMaxLength, Optional = true)] string? IssuerName,
    [Text(Nomination.ReasonMaxLength, Optional = true, MultiLine = true)] string? Reason,
    [RequiredField, AtMost(Nomination.MaxPerRequest)] List<int>? NominationIds);

/// <summary>
/// The agency's proposal dossiers (hồ sơ đề nghị), as its proposals page has them, through the same
/// <see cref="ProposalService"/> and its policies: the leadership sends passed nominations up (<c>POST
/// /api/v1/campaigns/{id}/dossiers</c>), amends a dossier back for amendment (<c>…/withdraw</c>, <c>…/add</c>) and sends
/// it again (<c>…/resend</c>); the leadership and the union officer read a dossier (<c>GET /api/v1/dossiers/{id}</c>:
/// nominees, withdrawn ones with why, the board's notes, each step of its way) and record what a level outside the
/// deployment returned or decided (<c>…/return</c>, <c>…/outcome</c>). A dossier answers with its version as an
/// <c>ETag</c>; a change may send it in <c>If-Match</c> (412 when the dossier changed since), and without it a change
/// that loses a race with another (an amendment and the resend at once) is 409. A refusal by the dossier's or a
/// nominee's state is 409 with the error's code; a nominee unknown, of another campaign or of another level is 400
/// naming <c>nominationIds</c>.
/// </summary>
internal static class DossiersApi
{
    /// <summary>Refusals by where the dossier or a nominee stands, not by what was sent.</summary>
    private static readonly string[] StateCodes =
    [
        "proposal.not_sent", "proposal.not_returned", "proposal.not_returned_for_amendment", "proposal.board_decides",
        "nomination.already_decided", "nomination.not_passed", "nomination.not_sent_up", "nomination.cannot_withdraw",
        "nomination.withdrawn", "nomination.results_returned", "campaign.title_not_given_by_kind",
    ];

    public static RouteGroupBuilder MapDossiersApi(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{id:int}/dossiers", SendAsync).WithTags("Dossiers").WithName("SendDossier").RequireAuthorization(Policies.Approve)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        var dossiers = api.MapGroup("/dossiers").WithTags("Dossiers");
        dossiers.MapGet("/{id:int}", GetAsync).WithName("GetDossier").RequireAuthorization(Policies.Propose).ProducesProblem(StatusCodes.Status404NotFound);
        dossiers.MapPost("/{id:int}/resend", ResendAsync).WithName("ResendDossier").RequireAuthorization(Policies.Approve).ProducesWriteProblems();
        dossiers.MapPost("/{id:int}/return", ReturnAsync).WithName("RecordDossierReturn").RequireAuthorization(Policies.Propose).ProducesWriteProblems();
        dossiers.MapPost("/{id:int}/withdraw", WithdrawAsync).WithName("WithdrawFromDossier").RequireAuthorization(Policies.Approve).ProducesWriteProblems();
        dossiers.MapPost("/{id:int}/add", AddAsync).WithName("AddToDossier").RequireAuthorization(Policies.Approve).ProducesWriteProblems();
        dossiers.MapPost("/{id:int}/outcome", RecordOutcomeAsync).WithName("RecordDossierOutcome").RequireAuthorization(Policies.Propose).ProducesWriteProblems();
        return api;
    }

    private static async Task<Results<Ok<DossierView>, LocalizedProblem>> GetAsync(HttpContext context,
        [FromServices] ProposalService service, int id)
    {
        var dossier = await service.DossierAsync(Actor.From(context.User), id);
        if (dossier is null)
        {
            return ApiJson.NotFound("Api.NotFound.Proposal", id);
        }

        ApiPreconditions.SetETag(context, dossier.Version);
        return TypedResults.Ok(dossier);
    }

    /// <summary>201 with the new dossier's address; a nominee decided or not passed is 409, anything else refused is 400.</summary>
    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> SendAsync(HttpContext context,
        [FromServices] ProposalService service, [FromServices] CampaignService campaigns, int id, SendDossierRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Approve);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        var sent = await service.SendUpAsync(actor, id, request.NominationIds!, new ProposalInput
        {
            Number = request.Number,
            Date = request.Date?.ToDateTime(TimeOnly.MinValue),
            Recipient = request.Recipient,
            ReceivingUnitId = request.ReceivingBoardId,
        });
        return sent.IsSuccess
            ? TypedResults.Created($"/api/v1/dossiers/{sent.Value}", new IdResponse(sent.Value))
            : Refusal(context, sent.Errors);
    }

    /// <summary>Sends a dossier returned for amendment again (leadership); one not returned is 409.</summary>
    private static Task<Results<Ok<DossierView>, LocalizedProblem>> ResendAsync(HttpContext context,
        [FromServices] ProposalService service, int id, ResendDossierRequest request) =>
        ChangeAsync(context, service, id, Policies.Approve, (actor, version) => service.SendAgainAsync(actor, id,
            new ProposalInput { Number = request.Number, Date = request.Date?.ToDateTime(TimeOnly.MinValue) }, version));

    /// <summary>Records the return of a dossier sent outside the deployment (a board in it returns its own: 409).</summary>
    private static Task<Results<Ok<DossierView>, LocalizedProblem>> ReturnAsync(HttpContext context,
        [FromServices] ProposalService service, int id, ReturnDossierRequest request) =>
        ChangeAsync(context, service, id, Policies.Propose,
            (actor, version) => service.ReturnAsync(actor, id, request.Reason, version));

    /// <summary>Takes nominees out of a dossier back for amendment, all or none (leadership).</summary>
    private static Task<Results<Ok<DossierView>, LocalizedProblem>> WithdrawAsync(HttpContext context,
        [FromServices] ProposalService service, int id, WithdrawFromDossierRequest request) =>
        ChangeAsync(context, service, id, Policies.Approve,
            (actor, version) => service.WithdrawFromDossierAsync(actor, id, request.NominationIds!, request.Reason, version));

    /// <summary>Adds passed nominees of the campaign decided at the dossier's level, all or none (leadership).</summary>
    private static Task<Results<Ok<DossierView>, LocalizedProblem>> AddAsync(HttpContext context,
        [FromServices] ProposalService service, int id, AddToDossierRequest request) =>
        ChangeAsync(context, service, id, Policies.Approve,
            (actor, version) => service.AddToDossierAsync(actor, id, request.NominationIds!, version));

    /// <summary>
    /// Records what a level outside the deployment decided for some nominees: granted ones become awards under its
    /// decision; the dossier closes when none waits.
    /// </summary>
    private static Task<Results<Ok<DossierView>, LocalizedProblem>> RecordOutcomeAsync(HttpContext context,
        [FromServices] ProposalService service, int id, DossierOutcomeRequest request) =>
        ChangeAsync(context, service, id, Policies.Propose, (actor, version) => service.RecordOutcomeAsync(actor, id,
            request.NominationIds!, new ProposalOutcomeInput
            {
                Granted = request.Granted!.Value,
                DecisionNumber = request.DecisionNumber,
                DecisionDate = request.DecisionDate?.ToDateTime(TimeOnly.MinValue),
                IssuerName = request.IssuerName,
                Reason = request.Reason,
            }, version));

    /// <summary>
    /// The one way an endpoint changes a dossier: the caller holds <paramref name="policy"/>; the dossier exists (else
    /// 404); <c>If-Match</c>, when sent, matches its version (else 412); <paramref name="change"/> runs with the version
    /// read, so that a change landing in between is refused; a success answers with the dossier as it now stands and its
    /// new <c>ETag</c>.
    /// </summary>
    private static async Task<Results<Ok<DossierView>, LocalizedProblem>> ChangeAsync(HttpContext context,
        ProposalService service, int id, string policy, Func<Actor, Guid?, Task<Result>> change)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(policy);
        var dossier = await service.DossierAsync(actor, id);
        if (dossier is null)
        {
            return ApiJson.NotFound("Api.NotFound.Proposal", id);
        }

        var (version, precondition) = ApiPreconditions.Check(context, dossier.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var changed = await change(actor, version);
        if (!changed.IsSuccess)
        {
            return Refusal(context, changed.Errors);
        }

        var after = await service.DossierAsync(actor, id);
        ApiPreconditions.SetETag(context, after?.Version);
        return TypedResults.Ok(after!);
    }

    /// <summary>409/412 for a concurrent save, 409 (with the code) for a refusal by the state of things, else 400 naming the fields.</summary>
    private static LocalizedProblem Refusal(HttpContext context, IReadOnlyList<DomainError> errors) =>
        ApiPreconditions.StateRefusal(context, errors, StateCodes) ?? ApiJson.Invalid(context, errors, FieldOf);

    /// <summary>The request field a refusal concerns; what concerns the nominees chosen names <c>nominationIds</c>.</summary>
    private static string FieldOf(DomainError error) => error.Code switch
    {
        "proposal.number_required" => "number",
        "proposal.recipient_required" => "recipient",
        "proposal.unknown_board" => "receivingBoardId",
        "proposal.reason_required" or "nomination.reason_required" => "reason",
        "decision.number_required" or "decision.number_format" => "decisionNumber",
        "proposal.too_long" => "issuerName",
        _ when error.Code.StartsWith("text.", StringComparison.Ordinal) => "reason",
        _ => "nominationIds",
    };
}
