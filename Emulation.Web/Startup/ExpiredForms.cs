using Emulation.Web.Api;
using Emulation.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Startup;

/// <summary>
/// A page's form whose antiforgery token no longer holds (the page was opened before its user signed in or out, in
/// another tab, or before the server's keys changed; or it was forged elsewhere) is answered with a page in the user's
/// language saying nothing was saved and to reload, instead of the framework's English 400 about a missing token.
/// </summary>
internal static class ExpiredForms
{
    public static IApplicationBuilder UseExpiredFormsExplained(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && !ApiExceptionHandler.IsApi(context.Request.Path))
            {
                var request = context.Request;
                await WriteAsync(context, request.PathBase + request.Path + request.QueryString);
                return;
            }

            await next(context);
        });

    /// <summary>The 400 page, with a link back to the page at <paramref name="back"/>, or home when it has none.</summary>
    public static Task WriteAsync(HttpContext context, string? back)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return ProblemPage.WriteAsync(context, localizer, StatusCodes.Status400BadRequest, localizer["Form.Expired"],
            localizer["Form.ExpiredDetail"], errors: null, back is null ? null : (back, localizer["Upload.Back"].Value));
    }
}
