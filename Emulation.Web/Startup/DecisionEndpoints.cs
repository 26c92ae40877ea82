using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Services;
using Emulation.Web.Services.Decisions;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Startup;

/// <summary>Decision files, certificates and achievement-profile exports; the services decide who may see what.</summary>
internal static class DecisionEndpoints
{
    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/documents").RequireAuthorization();

        documents.MapGet("/decisions/{id:int}.docx",
            async (HttpContext context, [FromServices] DecisionDocumentService service, int id) =>
                Download(await service.GetDocxAsync(Actor.From(context.User), id)));
        documents.MapGet("/decisions/{id:int}.pdf",
            async (HttpContext context, [FromServices] DecisionDocumentService service, int id) =>
                Download(await service.GetPdfAsync(Actor.From(context.User), id)));
        documents.MapGet("/decisions/{id:int}/list.xlsx",
            async (HttpContext context, [FromServices] DecisionDocumentService service, int id) =>
                Download(await service.GetListXlsxAsync(Actor.From(context.User), id)));
        documents.MapGet("/awards/{id:int}/certificate.pdf",
            async (HttpContext context, [FromServices] DecisionDocumentService service,
                [FromServices] IConfiguration configuration, int id) =>
                Download(await service.GetCertificateAsync(Actor.From(context.User), id, PublicBaseUrl(context, configuration))));
        documents.MapGet("/profile/person/{id:int}.xlsx",
            async (HttpContext context, [FromServices] ProfileService service, int id) =>
                Download(await service.GetPersonXlsxAsync(Actor.From(context.User), id)));
        documents.MapGet("/profile/unit/{id:int}.xlsx",
            async (HttpContext context, [FromServices] ProfileService service, int id) =>
                Download(await service.GetUnitXlsxAsync(Actor.From(context.User), id)));
        return endpoints;
    }

    /// <summary>Where the public verification page is reached (<see cref="PublicAddress"/>).</summary>
    internal static string PublicBaseUrl(HttpContext context, IConfiguration configuration) =>
        PublicAddress.Of(context, configuration);

    internal static IResult Download(DocumentFile? file) =>
        file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.ContentType, file.FileName);
}
