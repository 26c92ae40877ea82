using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Imports;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Startup;

internal static class ExcelEndpoints
{
    public static IEndpointRouteBuilder MapExcelEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/staff-results/{unitId:int}/{year:int}.xlsx",
            async Task<IResult> (HttpContext context, [FromServices] StaffImportService imports, int unitId, int year) =>
            {
                try
                {
                    var document = await imports.BuildTemplateAsync(Actor.From(context.User), unitId, year);
                    return document is null
                        ? TypedResults.NotFound()
                        : TypedResults.File(document.Content, document.ContentType, document.FileName);
                }
                catch (AccessDeniedException)
                {
                    return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization();
        endpoints.MapGet("/documents/campaigns/{id:int}/scoring-table.xlsx",
            async Task<IResult> (HttpContext context, [FromServices] CampaignService campaigns, int id) =>
            {
                try
                {
                    var document = await campaigns.ExportScoringTableAsync(Actor.From(context.User), id);
                    return document is null
                        ? TypedResults.NotFound()
                        : TypedResults.File(document.Content, document.ContentType, document.FileName);
                }
                catch (AccessDeniedException)
                {
                    return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization();
        return endpoints;
    }
}
