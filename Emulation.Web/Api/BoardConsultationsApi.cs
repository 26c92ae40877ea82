using Emulation.Web.Services;
using Emulation.Web.Services.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>The day the board publishes the dossier's list (today when omitted); never one already past.</summary>
public sealed record PublishConsultationRequest([Between(2000, 2100)] DateOnly? PublishedOn);

/// <summary>
/// A receiving board's public consultation on a dossier sent to it, as its dossier page has it, through the same
/// <see cref="ConsultationService"/>: <c>GET /api/v1/board/dossiers/{id}/consultation</c> reads the lists with their
/// windows (a list published before the dossier was sent again is <c>superseded</c>), the comments (every one with its
/// contact for the board's appraiser, the accepted ones for its council's members) and, for the appraiser, the nominees
/// awaiting publication (<c>publishAgain</c>: those a superseded list carried); the appraiser publishes them
/// (<c>POST …/consultations</c>) and accepts or hides a comment (<c>POST /api/v1/board/consultation-comments/{id}/accept</c>,
/// <c>…/hide</c>). A dossier not sent to the caller's board is 404; the services decide who may read and act (403).
/// A list is written once and a comment only moves between accepted and hidden, so neither has an ETag: a step the
/// state refuses (nothing left to publish, a dossier returned, a comment already so) or that lost a race is 409.
/// </summary>
internal static class BoardConsultationsApi
{
    public static RouteGroupBuilder MapBoardConsultationsApi(this RouteGroupBuilder api)
    {
        var board = api.MapGroup("/board").WithTags("Board");
        board.MapGet("/dossiers/{id:int}/consultation", GetPlanAsync).WithName("GetDossierConsultation")
            .ProducesProblem(StatusCodes.Status404NotFound);
        board.MapPost("/dossiers/{id:int}/consultations", PublishAsync).WithName("PublishDossierConsultation").RequireAuthorization(Policies.Appraise)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        board.MapPost("/consultation-comments/{id:int}/accept",
                (HttpContext context, [FromServices] ConsultationService service, int id) => ModerateAsync(context, service, id, accept: true))
            .WithName("AcceptConsultationComment").RequireAuthorization(Policies.ModerateComments)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        board.MapPost("/consultation-comments/{id:int}/hide",
                (HttpContext context, [FromServices] ConsultationService service, int id) => ModerateAsync(context, service, id, accept: false))
            .WithName("HideConsultationComment").RequireAuthorization(Policies.ModerateComments)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<ConsultationPlan>, LocalizedProblem>> GetPlanAsync(HttpContext context,
        [FromServices] ConsultationService service, int id)
    {
        var plan = await service.GetDossierPlanAsync(Actor.From(context.User), id);
        return plan is null ? ApiJson.NotFound("Api.NotFound.Dossier", id) : TypedResults.Ok(plan);
    }

    /// <summary>
    /// Publishes every nominee of the dossier awaiting consultation; 201 with the new list's id. A day already past is
    /// 400; nothing left to publish, a dossier no longer with the board or no rule set in force is 409 with the code.
    /// </summary>
    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> PublishAsync(HttpContext context,
        [FromServices] ConsultationService service, [FromServices] TimeProvider clock, int id, PublishConsultationRequest request)
    {
        var published = await service.PublishOnProposalAsync(Actor.From(context.User), id,
            request.PublishedOn ?? OfficeTime.Date(clock.GetUtcNow()));
        if (published.IsSuccess)
        {
            return TypedResults.Created($"/api/v1/board/dossiers/{id}/consultation", new IdResponse(published.Value));
        }

        if (published.Errors.Any(e => e.Code == Domain.Proposals.ProposalErrors.NotForThisBoard().Code))
        {
            return ApiJson.NotFound("Api.NotFound.Dossier", id);
        }

        return published.Errors.Any(e => e.Code == "consultation.published_in_past")
            ? ApiJson.Invalid(context, published.Errors, _ => "publishedOn")
            : ApiProblems.Conflict(published.Errors[0]);
    }

    /// <summary>Accepts (the council reads it) or hides a comment on the board's list; 204, 404 for no such comment, 409 when already so.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> ModerateAsync(HttpContext context, ConsultationService service,
        int id, bool accept)
    {
        var moderated = await service.ModerateAsync(Actor.From(context.User), id, accept);
        if (moderated.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        return moderated.Errors[0] is { Code: "consultation.not_found" } missing
            ? ApiProblems.Status(StatusCodes.Status404NotFound, missing)
            : ApiProblems.Conflict(moderated.Errors[0]);
    }
}
