using Emulation.Web.Api;
using Emulation.Web.Resources;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Startup;

/// <summary>
/// A page's form bigger than the server reads (Kestrel's cap on a body, 30 MB unless configured) fails while the
/// antiforgery check reads it, and the framework answers a bare English 400 about a missing token. The form is read here
/// first, so that a body over the cap is answered with a page in the user's language that says the limit (413), and
/// nothing of it reaches a page. The API's bodies have their own cap and problem (<see cref="ApiJson.MaxBodyBytes"/>).
/// </summary>
internal static class OversizedForms
{
    public static IApplicationBuilder UseOversizedFormsRefused(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || ApiExceptionHandler.IsApi(request.Path))
            {
                await next(context);
                return;
            }

            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            var status = request.ContentLength > limit ? StatusCodes.Status413PayloadTooLarge : await ReadAsync(context);
            if (status is null)
            {
                await next(context);
                return;
            }

            var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var back = (request.PathBase + request.Path + request.QueryString, localizer["Upload.Back"].Value);
            var (title, detail) = status == StatusCodes.Status413PayloadTooLarge
                ? (localizer["Upload.TooLarge"], localizer["Upload.TooLargeDetail", Math.Max(1, (limit ?? 0) / 1_000_000)])
                : (localizer["Upload.Unreadable"], localizer["Upload.UnreadableDetail"]);
            await ProblemPage.WriteAsync(context, localizer, status.Value, title, detail, errors: null, back);
        });

    /// <summary>Reads the form into the request (pages and the antiforgery check read it from there); the refusal's status, or null.</summary>
    private static async Task<int?> ReadAsync(HttpContext context)
    {
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return StatusCodes.Status413PayloadTooLarge;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>
    /// The form of a request that has one, or null when it has none or it cannot be read; a middleware that looks into
    /// a form before this one refuses it (the sign-in's rate limiter) reads it through here, and the request keeps the
    /// failed read for this one to answer.
    /// </summary>
    public static async Task<IFormCollection?> TryReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return null;
        }
    }

    /// <summary>
    /// A multipart body cut short (the reader's end of stream), malformed or without its boundary, past the form
    /// reader's own limits on parts, keys and values, or over the server's cap (Kestrel's 413, an IOException too).
    /// </summary>
    private static bool IsUnreadable(Exception e) => e is InvalidDataException or IOException;
}
