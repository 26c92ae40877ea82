using Emulation.Domain.Common;
using Emulation.Domain.Decisions;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Decisions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

[NoRepeats(nameof(NominationIds))]
public sealed record DecisionRequest(
    [Text(Decision.NumberMaxLength)] string? Number,
    [Between(2000, 2100)] DateOnly? Date,
    [Text(Decision.SignerMaxLength, Optional = true)] string? SignerName,
    [Text(Decision.SignerMaxLength, Optional = true)] string? SignerPosition,
    [RequiredField, AtMost(Domain.Awards.Nomination.MaxPerRequest)] List<int>? NominationIds);

/// <summary>A revocation decision (thu hồi) for some awards of one decision, with its number, signer and reason.</summary>
[NoRepeats(nameof(AwardIds))]
public sealed record RevocationRequest(
    [Text(Decision.NumberMaxLength)] string? Number,
    [Between(2000, 2100)] DateOnly? Date,
    [Text(Decision.SignerMaxLength, Optional = true)] string? SignerName,
    [Text(Decision.SignerMaxLength, Optional = true)] string? SignerPosition,
    [Text(Decision.ReasonMaxLength, MultiLine = true)] string? Reason,
    [RequiredField, AtMost(Domain.Awards.Nomination.MaxPerRequest)] List<int>? AwardIds);

/// <summary>
/// <c>/api/v1/decisions</c>: award and revocation decisions with their lines (their files are under
/// <see cref="DocumentsApi"/>, with the same token), <c>POST /api/v1/campaigns/{id}/decisions</c> to issue one for nominations the council passed, and
/// <c>POST /api/v1/decisions/{id}/revoke</c> to revoke awards of one by a new revocation decision. A decision is
/// written once and never replaced, so it has no ETag: issuing it again with a number already used is 409.
/// </summary>
internal static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var decisions = api.MapGroup("/decisions").WithTags("Decisions");
        decisions.MapGet("/", ListAsync).WithName("ListDecisions").RequireAuthorization(Policies.ReadDecisions);
        decisions.MapGet("/{id:int}", GetAsync).WithName("GetDecision").RequireAuthorization(Policies.ReadDecision).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/campaigns/{id:int}/decisions", IssueAsync).WithTags("Decisions").WithName("IssueDecision").RequireAuthorization(Policies.Approve)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        decisions.MapPost("/{id:int}/revoke", RevokeAsync).WithName("RevokeAwards").RequireAuthorization(Policies.Approve)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>
    /// 201 with the new decision's address, or its refusal: a number taken, a nomination decided meanwhile or one its
    /// campaign's kind may not grant is 409, else 400.
    /// </summary>
    internal static Results<Created<IdResponse>, LocalizedProblem> Issued(HttpContext context, Result<int> issued,
        Func<DomainError, string> fieldOf)
    {
        if (issued.IsSuccess)
        {
            return TypedResults.Created($"/api/v1/decisions/{issued.Value}", new IdResponse(issued.Value));
        }

        // The number was taken, or a nomination decided, perhaps by someone issuing at the same moment: a conflict
        // with what exists, not bad input.
        return ApiPreconditions.StateRefusal(context, issued.Errors, "decision.number_taken", "nomination.already_decided",
            "campaign.title_not_given_by_kind", "nomination.results_returned") ??
            ApiJson.Invalid(context, issued.Errors, fieldOf);
    }

    /// <summary>Decisions newest first, of one campaign and/or one year when asked.</summary>
    private static async Task<Ok<IReadOnlyList<DecisionSummary>>> ListAsync(HttpContext context, [FromServices] DecisionService decisions,
        int? campaignId, int? year)
    {
        var list = await decisions.ListAsync(Actor.From(context.User), campaignId);
        return TypedResults.Ok<IReadOnlyList<DecisionSummary>>(year is { } y ? [.. list.Where(d => d.Date.Year == y)] : list);
    }

    private static async Task<Results<Ok<DecisionDetail>, LocalizedProblem>> GetAsync(HttpContext context, [FromServices] DecisionService decisions, int id)
    {
        var decision = await decisions.GetAsync(Actor.From(context.User), id);
        return decision is null ? ApiJson.NotFound("Api.NotFound.Decision", id) : TypedResults.Ok(decision);
    }

    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> IssueAsync(HttpContext context, [FromServices] DecisionService decisions,
        [FromServices] CampaignService campaigns, int id, DecisionRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Approve);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        var issued = await decisions.IssueAwardDecisionAsync(actor, id, request.NominationIds!,
            Input(request.Number, request.Date, request.SignerName, request.SignerPosition));
        return Issued(context, issued, e => FieldOf(e, "nominationIds"));
    }

    internal static DecisionInput Input(string? number, DateOnly? date, string? signerName, string? signerPosition) => new()
    {
        DecisionNumber = number!.Trim(),
        DecisionDate = date?.ToDateTime(TimeOnly.MinValue),
        SignerName = signerName?.Trim() ?? "",
        SignerPosition = signerPosition?.Trim() ?? "",
    };

    /// <summary>The request field a refusal of a decision concerns; <paramref name="listed"/> for what it lists.</summary>
    internal static string FieldOf(DomainError error, string listed) => error.Code switch
    {
        "decision.number_required" or "decision.number_format" => "number",
        "decision.signer_required" => "signerName",
        "decision.reason_required" => "reason",
        "award.revoked_before_granted" => "date",
        "decision.nothing_listed" => listed,
        _ when error.Code.StartsWith("decision.", StringComparison.Ordinal) => "$",
        _ => listed,
    };

    /// <summary>
    /// Revokes the listed awards of decision <paramref name="id"/> by a new revocation decision (the original is never
    /// changed) and flags later recommendations whose streak counted them. An award already revoked is 409.
    /// </summary>
    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> RevokeAsync(HttpContext context, [FromServices] DecisionService decisions, int id, RevocationRequest request)
    {
        var awards = request.AwardIds!;
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Approve);
        var decision = await decisions.GetAsync(actor, id);
        if (decision is null)
        {
            return ApiJson.NotFound("Api.NotFound.Decision", id);
        }

        var errors = new FieldErrors();
        for (var i = 0; i < awards.Count; i++)
        {
            if (decision.Lines.All(l => l.AwardId != awards[i]))
            {
                errors.Add($"awardIds[{i}]", "Api.Field.NotInDecision", decision.Decision.Number);
            }
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var revoked = await decisions.RevokeAsync(actor, awards, new RevocationInput
        {
            Number = request.Number!.Trim(),
            Date = request.Date?.ToDateTime(TimeOnly.MinValue),
            SignerName = request.SignerName?.Trim() ?? "",
            SignerPosition = request.SignerPosition?.Trim() ?? "",
            Reason = request.Reason!.Trim(),
        });
        return ApiPreconditions.StateRefusal(context, revoked.Errors, "award.already_revoked") is { } already
            ? already
            : Issued(context, revoked, e => FieldOf(e, "awardIds"));
    }
}
