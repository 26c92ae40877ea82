using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>A nomination added by hand: the unit, the person for an individual title (none for a collective one), why.</summary>
public sealed record NominationRequest(
    [Text(Unit.CodeMaxLength)] string? UnitCode,
    [Text(Person.CodeMaxLength, Optional = true)] string? PersonCode,
    [RequiredField] Title? Title,
    [Text(Nomination.ReasonMaxLength, MultiLine = true)] string? Reason);

public sealed record ReasonRequest([Text(Nomination.ReasonMaxLength)] string? Reason);

[NoRepeats(nameof(NominationIds))]
public sealed record RejectNominationsRequest(
    [RequiredField, AtMost(Nomination.MaxPerRequest)] List<int>? NominationIds,
    [Text(Nomination.ReasonMaxLength)] string? Reason);

/// <summary>Approving one nomination issues an award decision for it: its number, date and signer.</summary>
public sealed record ApproveNominationRequest(
    [Text(Decision.NumberMaxLength)] string? Number,
    [Between(2000, 2100)] DateOnly? Date,
    [Text(Decision.SignerMaxLength, Optional = true)] string? SignerName,
    [Text(Decision.SignerMaxLength, Optional = true)] string? SignerPosition);

public sealed record NominatedResponse(int Added);

/// <summary>
/// Nominations (đề nghị khen thưởng) of a campaign and their steps: the union officer puts the recommended awards to
/// the council or adds one by hand, and withdraws one, each with a reason; leadership approves what the council passed
/// (by issuing an award decision: approving several at once is <c>POST /api/v1/campaigns/{id}/decisions</c>) or
/// rejects, with a reason. A refusal by the nomination's state (already decided, not passed, withdrawn)
/// is 409 with the error's code; the services check who may do what.
/// </summary>
internal static class NominationsApi
{
    /// <summary>Refusals by where the nomination stands, not by what was sent.</summary>
    private static readonly HashSet<string> StateCodes = new(StringComparer.Ordinal)
    {
        "nomination.already_decided", "nomination.not_passed", "nomination.withdrawn", "nomination.cannot_withdraw",
        "nomination.basis_revoked", "nomination.duplicate", "award.revoked",
        "campaign.wrong_status", "rules.none_for_year", "campaign.title_not_given_by_kind",
        "nomination.results_not_submitted", "nomination.results_returned",
    };

    public static RouteGroupBuilder MapNominationsApi(this RouteGroupBuilder api)
    {
        var campaign = api.MapGroup("/campaigns/{id:int}/nominations").WithTags("Nominations");
        campaign.MapGet("/", ListAsync).WithName("ListNominations").RequireAuthorization(Policies.ReadEvaluation).ProducesProblem(StatusCodes.Status404NotFound);
        campaign.MapPost("/", AddAsync).WithName("AddNomination").RequireAuthorization(Policies.ManageCampaigns)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        campaign.MapPost("/from-recommendations", NominateRecommendedAsync).WithName("NominateRecommended").RequireAuthorization(Policies.ManageCampaigns)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        campaign.MapPost("/reject", RejectManyAsync).WithName("RejectNominations").RequireAuthorization(Policies.Approve)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var nominations = api.MapGroup("/nominations").WithTags("Nominations");
        nominations.MapGet("/{id:int}", GetAsync).WithName("GetNomination").RequireAuthorization(Policies.ReadEvaluation).ProducesProblem(StatusCodes.Status404NotFound);
        nominations.MapPost("/{id:int}/withdraw", WithdrawAsync).WithName("WithdrawNomination").RequireAuthorization(Policies.ManageCampaigns)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        nominations.MapPost("/{id:int}/approve", ApproveAsync).WithName("ApproveNomination").RequireAuthorization(Policies.Approve)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        nominations.MapPost("/{id:int}/reject", RejectAsync).WithName("RejectNomination").RequireAuthorization(Policies.Approve)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>Every nomination of the campaign with its status, ballot and who added or withdrew it and why.</summary>
    private static async Task<Results<Ok<IReadOnlyList<NominationView>>, LocalizedProblem>> ListAsync(HttpContext context,
        [FromServices] CouncilService council, [FromServices] CampaignService campaigns, int id)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.ReadEvaluation);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        return TypedResults.Ok(await council.ListAsync(actor, id));
    }

    private static async Task<Results<Ok<NominationView>, LocalizedProblem>> GetAsync(HttpContext context, [FromServices] CouncilService council, int id)
    {
        var nomination = await council.GetAsync(Actor.From(context.User), id);
        return nomination is null ? ApiJson.NotFound("Api.NotFound.Nomination", id) : TypedResults.Ok(nomination);
    }

    /// <summary>Puts every award the evaluation recommends to the council (the campaign must be in review); answers how many were added.</summary>
    private static async Task<Results<Ok<NominatedResponse>, LocalizedProblem>> NominateRecommendedAsync(HttpContext context, [FromServices] NominationService nominations,
        [FromServices] CampaignService campaigns, int id)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.ManageCampaigns);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        var nominated = await nominations.NominateRecommendedAsync(actor, id);
        if (!nominated.IsSuccess)
        {
            return ApiProblems.Conflict(nominated.Errors[0]);
        }

        return TypedResults.Ok(new NominatedResponse(nominated.Value));
    }

    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> AddAsync(HttpContext context, [FromServices] NominationService nominations,
        [FromServices] CampaignService campaigns, [FromServices] RecordsService records, int id, NominationRequest request)
    {
        var errors = new FieldErrors();
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.ManageCampaigns);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        var unitId = (await records.UnitAsync(actor, request.UnitCode!.Trim()))?.Id;
        var personId = string.IsNullOrWhiteSpace(request.PersonCode) ? null : await records.PersonIdAsync(actor, request.PersonCode.Trim());
        if (unitId is null)
        {
            errors.Add("unitCode", "Api.NotFound.Unit", request.UnitCode.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.PersonCode) && personId is null)
        {
            errors.Add("personCode", "Api.NotFound.Person", request.PersonCode.Trim());
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var added = await nominations.AddAsync(actor, id, new AddNominationInput
        {
            UnitId = unitId!.Value,
            PersonId = personId,
            Title = request.Title!.Value,
            Reason = request.Reason!.Trim(),
        });
        if (added.IsSuccess)
        {
            return TypedResults.Created($"/api/v1/nominations/{added.Value}", new IdResponse(added.Value));
        }

        return ApiPreconditions.StateRefusal(context, added.Errors, StateCodes) ?? ApiJson.Invalid(context, added.Errors, e => e.Code switch
        {
            "nomination.subject_mismatch" => request.PersonCode is null ? "title" : "personCode",
            "nomination.unit_not_nominable" => "unitCode",
            "nomination.reason_required" => "reason",
            _ => "$",
        });
    }

    /// <summary>Takes the nomination off the list before leadership decides, with the reason kept and shown.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> WithdrawAsync(HttpContext context, [FromServices] NominationService nominations,
        [FromServices] CouncilService council, int id, ReasonRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.ManageCampaigns);
        if (await council.GetAsync(actor, id) is not { } nomination)
        {
            return ApiJson.NotFound("Api.NotFound.Nomination", id);
        }

        var withdrawn = await nominations.WithdrawAsync(actor, nomination.CampaignId, id, request.Reason!.Trim());
        return Done(context, withdrawn);
    }

    /// <summary>Approves a nomination the council passed by issuing an award decision for it alone; 201 with the decision.</summary>
    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> ApproveAsync(HttpContext context, [FromServices] DecisionService decisions,
        [FromServices] CouncilService council, int id, ApproveNominationRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Approve);
        if (await council.GetAsync(actor, id) is not { } nomination)
        {
            return ApiJson.NotFound("Api.NotFound.Nomination", id);
        }

        var issued = await decisions.IssueAwardDecisionAsync(actor, nomination.CampaignId, [id],
            DecisionsApi.Input(request.Number, request.Date, request.SignerName, request.SignerPosition));
        if (!issued.IsSuccess && ApiPreconditions.StateRefusal(context, issued.Errors, StateCodes) is { } state)
        {
            return state;
        }

        return DecisionsApi.Issued(context, issued, e => DecisionsApi.FieldOf(e, "$"));
    }

    /// <summary>Leadership rejects the nomination, with the reason kept and shown.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> RejectAsync(HttpContext context, [FromServices] AwardService awards,
        [FromServices] CouncilService council, int id, ReasonRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Approve);
        if (await council.GetAsync(actor, id) is not { } nomination)
        {
            return ApiJson.NotFound("Api.NotFound.Nomination", id);
        }

        return Done(context, await awards.RejectAsync(actor, nomination.CampaignId, [id], request.Reason!.Trim()));
    }

    /// <summary>Rejects several nominations of the campaign at once, all or nothing, with one reason.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> RejectManyAsync(HttpContext context, [FromServices] AwardService awards,
        [FromServices] CouncilService council, [FromServices] CampaignService campaigns, int id, RejectNominationsRequest request)
    {
        var ids = request.NominationIds!;
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Approve);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        // The service leaves out what is not the campaign's; the API names it instead of rejecting less than was asked.
        var known = (await council.ListAsync(actor, id)).Select(n => n.Id).ToHashSet();
        var errors = new FieldErrors();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                errors.Add($"nominationIds[{i}]", "Api.Field.NotInCampaign", id);
            }
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        return Done(context, await awards.RejectAsync(actor, id, ids, request.Reason!.Trim()), "nominationIds");
    }

    /// <summary>204, or the refusal: 404 for a nomination gone, 409 for its state, else 400.</summary>
    private static Results<NoContent, LocalizedProblem> Done(HttpContext context, Result result, string listed = "$")
    {
        if (result.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        if (result.Errors.Any(e => e.Code == "nomination.not_found"))
        {
            return ApiProblems.Status(StatusCodes.Status404NotFound, result.Errors[0]);
        }

        return ApiPreconditions.StateRefusal(context, result.Errors, StateCodes) ??
            ApiJson.Invalid(context, result.Errors, e => e.Code == "nomination.reason_required" ? "reason" : listed);
    }
}
