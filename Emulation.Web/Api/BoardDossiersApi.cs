using Emulation.Domain.Proposals;
using Emulation.Web.Services;
using Emulation.Web.Services.Proposals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>The board's appraisal note on one nominee of a dossier sent to it.</summary>
public sealed record AppraisalNoteRequest(
    [RequiredField] int? NominationId,
    [Text(AppraisalNote.TextMaxLength, MultiLine = true)] string? Text);

/// <summary>
/// A dossier sent to the caller's receiving board, as its dossier page has it, through the same
/// <see cref="ReceivingBoardService"/>: <c>GET /api/v1/board/dossiers/{id}</c> reads the letter, the nominees (those the
/// agency withdrew listed with why) and the notes; <c>POST …/notes</c> writes the appraiser's note on one nominee. A
/// dossier not sent to the caller's board is 404; the service decides who may read and act (403). A note is added,
/// never changed, so it has no ETag: a dossier no longer with the board, or a nominee the agency withdrew, is 409.
/// </summary>
internal static class BoardDossiersApi
{
    public static RouteGroupBuilder MapBoardDossiersApi(this RouteGroupBuilder api)
    {
        var board = api.MapGroup("/board/dossiers").WithTags("Board");
        board.MapGet("/{id:int}", GetAsync).WithName("GetBoardDossier").RequireAuthorization(Policies.Appraise).ProducesProblem(StatusCodes.Status404NotFound);
        board.MapPost("/{id:int}/notes", AppraiseAsync).WithName("WriteAppraisalNote").RequireAuthorization(Policies.Appraise)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<BoardDossier>, LocalizedProblem>> GetAsync(HttpContext context,
        [FromServices] ReceivingBoardService service, int id)
    {
        var dossier = await service.DossierAsync(Actor.From(context.User), id);
        return dossier is null ? ApiJson.NotFound("Api.NotFound.Dossier", id) : TypedResults.Ok(dossier);
    }

    /// <summary>204 once written; a nominee the dossier does not carry is 400 naming <c>nominationId</c>.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> AppraiseAsync(HttpContext context,
        [FromServices] ReceivingBoardService service, int id, AppraisalNoteRequest request)
    {
        var written = await service.AppraiseAsync(Actor.From(context.User), id, request.NominationId!.Value, request.Text);
        if (written.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        return written.Errors[0].Code switch
        {
            "proposal.not_for_this_board" => ApiJson.NotFound("Api.NotFound.Dossier", id),
            "proposal.not_sent" or "proposal.nominee_withdrawn" => ApiProblems.Conflict(written.Errors[0]),
            "proposal.not_in_proposal" => ApiJson.Invalid(context, written.Errors, _ => "nominationId"),
            _ => ApiJson.Invalid(context, written.Errors, _ => "text"),
        };
    }
}
