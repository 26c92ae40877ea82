using Emulation.Web.Documents;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Startup;

/// <summary>File downloads for signed-in users; the service decides who may see which unit.</summary>
internal static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/documents").RequireAuthorization();

        documents.MapGet("/pledges/{campaignId:int}/{unitId:int}.docx",
            async (HttpContext context, [FromServices] PledgeDocumentService service, int campaignId, int unitId) =>
                Download(await service.GetDocxAsync(Actor.From(context.User), campaignId, unitId)));
        documents.MapGet("/pledges/{campaignId:int}/{unitId:int}.pdf",
            async (HttpContext context, [FromServices] PledgeDocumentService service, int campaignId, int unitId) =>
                Download(await service.GetPdfAsync(Actor.From(context.User), campaignId, unitId)));
        documents.MapGet("/council/{sessionId:int}/minutes.docx",
            async (HttpContext context, [FromServices] CouncilSessionService service, int sessionId) =>
                Download(await service.GetMinutesDocxAsync(Actor.From(context.User), sessionId)));
        return endpoints;
    }

    internal static IResult Download(DocumentFile? file) =>
        file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.ContentType, file.FileName);
}
