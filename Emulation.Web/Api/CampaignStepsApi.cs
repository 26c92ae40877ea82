using Emulation.Domain.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>
/// The campaign's steps after <c>/launch</c>: <c>/open-results</c> (pledging → reporting), <c>/start-review</c>
/// (reporting → review) and <c>/close</c> (review → closed), for the union officer. A campaign not in the state the
/// step needs is 409 with <c>campaign.wrong_status</c> at the start of the detail.
/// </summary>
internal static class CampaignStepsApi
{
    public static RouteGroupBuilder MapCampaignStepsApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns").RequireAuthorization(Policies.ManageCampaigns);
        campaigns.MapPost("/{id:int}/open-results", (HttpContext context, [FromServices] CampaignService service, int id) =>
                StepAsync(context, service, id, CampaignStep.OpenResults)).WithName("OpenCampaignResults").ProducesStepProblems();
        campaigns.MapPost("/{id:int}/start-review", (HttpContext context, [FromServices] CampaignService service, int id) =>
                StepAsync(context, service, id, CampaignStep.StartReview)).WithName("StartCampaignReview").ProducesStepProblems();
        campaigns.MapPost("/{id:int}/close", (HttpContext context, [FromServices] CampaignService service, int id) =>
                StepAsync(context, service, id, CampaignStep.Close)).WithName("CloseCampaign").ProducesStepProblems();
        return api;
    }

    private static RouteHandlerBuilder ProducesStepProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<NoContent, LocalizedProblem>> StepAsync(HttpContext context, CampaignService campaigns, int id, CampaignStep step)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.ManageCampaigns);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        var moved = await campaigns.MoveAsync(actor, id, step);
        if (moved.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        // The state of things refuses the step (wrong status, or the campaign changed meanwhile): the caller reads again.
        return ApiPreconditions.StateRefusal(context, moved.Errors, CampaignErrors.WrongStatus(default, default).Code) ??
            ApiJson.Invalid(context, moved.Errors, _ => "$");
    }
}
