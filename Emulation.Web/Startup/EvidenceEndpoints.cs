using Emulation.Web.Services;
using Emulation.Web.Services.EvidenceFiles;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Startup;

/// <summary>Evidence downloads: always as an attachment with the type sniffed at upload, never rendered inline.</summary>
internal static class EvidenceEndpoints
{
    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/evidence/{id:int}",
            async Task<IResult> (HttpContext context, [FromServices] EvidenceService evidence, int id) =>
            {
                if (await evidence.OpenAsync(Actor.From(context.User), id) is not { } file)
                {
                    return TypedResults.NotFound();
                }

                context.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization();
        return endpoints;
    }
}
