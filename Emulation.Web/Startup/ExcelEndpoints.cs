using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Imports;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Startup;

/// <summary>Excel downloads: the staff results template, the staff list, and a campaign's scoring table.</summary>
internal static class ExcelEndpoints
{
    public static IEndpointRouteBuilder MapExcelEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/documents").RequireAuthorization();

        documents.MapGet("/staff-results/{unitId:int}/{year:int}.xlsx",
            async (HttpContext context, [FromServices] StaffImportService imports, int unitId, int year) =>
                Download(await imports.BuildTemplateAsync(Actor.From(context.User), unitId, year)));
        documents.MapGet("/campaigns/{id:int}/scoring-table.xlsx",
            async (HttpContext context, [FromServices] CampaignService campaigns, int id) =>
                Download(await campaigns.ExportScoringTableAsync(Actor.From(context.User), id)));
        documents.MapGet("/people/staff-list.xlsx",
                async (HttpContext context, [FromServices] StaffListImportService imports) =>
                    Download(await imports.BuildTemplateAsync(Actor.From(context.User))))
            .RequireAuthorization(Policies.KeepOrganization);
        return endpoints;
    }

    private static IResult Download(ExcelDocument? document) =>
        document is null ? TypedResults.NotFound() : TypedResults.File(document.Content, document.ContentType, document.FileName);
}
