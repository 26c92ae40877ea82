using Emulation.Domain.Results;
using Emulation.Web.Services;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>What the proceedings are and the day they began.</summary>
public sealed record UnitProceedingsRequest(
    [Text(UnitProceedings.MaxTextLength, MultiLine = true)] string? Text,
    [RequiredField, Between(2000, 2100)] DateOnly? Since);

/// <summary>
/// Whether the unit is under inspection, or has a complaint or denunciation being handled, in the campaign's year
/// (<paramref name="Pending"/>: its titles wait), and, when it is, what and since when, recorded by whom.
/// </summary>
public sealed record UnitProceedingsResponse(string UnitCode, int Year, bool Pending, string? Text, DateOnly? Since,
    string? RecordedBy, DateTimeOffset? RecordedAt);

/// <summary>
/// A unit's proceedings in a campaign's year (Decree 152/2025 Art. 4(4)), through the same <see cref="ProceedingsService"/>
/// as the unit's workspace: <c>GET /api/v1/campaigns/{id}/proceedings/{unitCode}</c> (those who follow the campaign) with
/// the record's version as the ETag; <c>PUT</c> records or rewrites them and <c>DELETE</c> clears them once settled (the
/// union officer, never about their own unit: 403). Rewriting or clearing what is recorded must send <c>If-Match</c>
/// (428 without it, 412 when stale); two first records at once are 409.
/// </summary>
internal static class UnitProceedingsApi
{
    public static RouteGroupBuilder MapUnitProceedingsApi(this RouteGroupBuilder api)
    {
        var proceedings = api.MapGroup("/campaigns/{id:int}/proceedings").WithTags("Campaigns");
        proceedings.MapGet("/{unitCode}", GetAsync).WithName("GetUnitProceedings").RequireAuthorization(Policies.FollowProgress).ProducesProblem(StatusCodes.Status404NotFound);
        proceedings.MapPut("/{unitCode}", PutAsync).WithName("PutUnitProceedings").RequireAuthorization(Policies.FollowProgress).RequiresIfMatch();
        proceedings.MapDelete("/{unitCode}", DeleteAsync).WithName("ClearUnitProceedings").RequireAuthorization(Policies.FollowProgress).RequiresIfMatch();
        return api;
    }

    private static async Task<Results<Ok<UnitProceedingsResponse>, LocalizedProblem>> GetAsync(HttpContext context,
        [FromServices] RecordsService records, [FromServices] ProceedingsService service, int id, string unitCode)
    {
        var (view, missing) = await ViewAsync(Actor.From(context.User), records, service, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        var recorded = view!.Value.View.Recorded;
        ApiPreconditions.SetETag(context, recorded?.Version);
        return TypedResults.Ok(new UnitProceedingsResponse(view.Value.UnitCode, view.Value.View.Year, recorded is not null, recorded?.Text,
            recorded?.Since, recorded?.RecordedBy, recorded?.RecordedAt));
    }

    /// <summary>204 with the new ETag; a refusal of the text or the day is 400 naming it.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> PutAsync(HttpContext context,
        [FromServices] RecordsService records, [FromServices] ProceedingsService service, int id, string unitCode,
        UnitProceedingsRequest request)
    {
        var actor = Actor.From(context.User);
        var (view, missing) = await ViewAsync(actor, records, service, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        var (version, precondition) = ApiPreconditions.Check(context, view!.Value.View.Recorded?.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var saved = await service.RecordAsync(actor, id, view.Value.UnitId, request.Text!, request.Since!.Value, version);
        if (!saved.IsSuccess)
        {
            return saved.Errors[0].Code == ProceedingsService.NotFound(id).Code
                ? ApiJson.NotFound("Api.NotFound.Campaign", id)
                : ApiJson.Invalid(context, saved.Errors, e => e.Code.StartsWith("proceedings.since", StringComparison.Ordinal) ? "since" : "text");
        }

        ApiPreconditions.SetETag(context, saved.Value);
        return TypedResults.NoContent();
    }

    /// <summary>204 once cleared; nothing recorded is 404.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> DeleteAsync(HttpContext context,
        [FromServices] RecordsService records, [FromServices] ProceedingsService service, int id, string unitCode)
    {
        var actor = Actor.From(context.User);
        var (view, missing) = await ViewAsync(actor, records, service, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        if (view!.Value.View.Recorded is not { } recorded)
        {
            return ApiJson.NotFound("Api.NotFound.Proceedings", unitCode);
        }

        var (version, precondition) = ApiPreconditions.Check(context, recorded.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var cleared = await service.ClearAsync(actor, id, view.Value.UnitId, version!.Value);
        return cleared.IsSuccess ? TypedResults.NoContent() : ApiJson.Invalid(context, cleared.Errors, _ => "$");
    }

    /// <summary>The unit's proceedings as the caller may read them, or 404 for a unit or campaign that does not exist.</summary>
    private static async Task<((int UnitId, string UnitCode, UnitProceedingsView View)? Found, LocalizedProblem? Missing)> ViewAsync(Actor actor,
        RecordsService records, ProceedingsService service, int campaignId, string unitCode)
    {
        actor.RequirePolicy(Policies.FollowProgress);
        if (await records.UnitAsync(actor, unitCode) is not { } unit)
        {
            return (null, ApiJson.NotFound("Api.NotFound.Unit", unitCode));
        }

        return await service.GetAsync(actor, campaignId, unit.Id) is { } view
            ? ((unit.Id, unit.Code, view), null)
            : (null, ApiJson.NotFound("Api.NotFound.Campaign", campaignId));
    }
}
