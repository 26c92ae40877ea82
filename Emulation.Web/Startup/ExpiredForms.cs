using Emulation.Web.Api;
using Emulation.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Startup;

/// <summary>
/// A page's form that no longer holds is answered with a page in the user's language saying nothing was saved and to
/// reload, instead of the framework's English 400s: its antiforgery token no longer holds (the page was opened before
/// its user signed in or out, in another tab, or before the server's keys changed; or it was forged elsewhere), or the
/// page no longer draws the form it names (someone else took the step it offered since the page was opened, or the
/// form's name was forged).
/// </summary>
internal static class ExpiredForms
{
    public static IApplicationBuilder UseExpiredFormsExplained(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var back = request.PathBase + request.Path + request.QueryString;
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && !ApiExceptionHandler.IsApi(request.Path))
            {
                await WriteAsync(context, "Form.Expired", back);
                return;
            }

            if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType ||
                context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            {
                await next(context);
                return;
            }

            // The page's answer is held back until it is known: a form the page no longer draws is a bare 400 in
            // English plain text, written by the framework before anything here could stop it.
            var response = context.Response;
            var original = response.Body;
            using var held = new MemoryStream();
            response.Body = held;
            try
            {
                await next(context);
            }
            finally
            {
                response.Body = original;
            }

            if (response.StatusCode == StatusCodes.Status400BadRequest &&
                response.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
            {
                response.Headers.ContentLength = null;
                await WriteAsync(context, "Form.Gone", back);
                return;
            }

            held.Position = 0;
            await held.CopyToAsync(original, context.RequestAborted);
        });

    /// <summary>The 400 page of the form that no longer holds, with a link back to the page at <paramref name="back"/>, or home when it has none.</summary>
    public static Task WriteAsync(HttpContext context, string why, string? back)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return ProblemPage.WriteAsync(context, localizer, StatusCodes.Status400BadRequest, localizer[why],
            localizer[why + "Detail"], errors: null, back is null ? null : (back, localizer["Upload.Back"].Value));
    }
}
