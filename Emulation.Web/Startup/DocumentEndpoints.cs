using Emulation.Web.Documents;
using Emulation.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Startup;

/// <summary>File downloads for signed-in users; the service decides who may see which unit.</summary>
internal static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/documents").RequireAuthorization();

        documents.MapGet("/pledges/{campaignId:int}/{unitId:int}.docx",
            (HttpContext context, [FromServices] PledgeDocumentService service, int campaignId, int unitId) =>
                Download(() => service.GetDocxAsync(Actor.From(context.User), campaignId, unitId)));
        documents.MapGet("/pledges/{campaignId:int}/{unitId:int}.pdf",
            (HttpContext context, [FromServices] PledgeDocumentService service, int campaignId, int unitId) =>
                Download(() => service.GetPdfAsync(Actor.From(context.User), campaignId, unitId)));
        return endpoints;
    }

    private static async Task<IResult> Download(Func<Task<DocumentFile?>> build)
    {
        try
        {
            return await build() is { } file
                ? TypedResults.File(file.Content, file.ContentType, file.FileName)
                : TypedResults.NotFound();
        }
        catch (AccessDeniedException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }
    }
}
