using System.Text.Json;
using Emulation.Domain.Common;
using Emulation.Web.Documents;
using Emulation.Web.Services;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;

namespace Emulation.Web.Api;

/// <summary>
/// The one place where an exception becomes an answer for endpoints (the API, downloads): a service's refusal is 403,
/// a write that lost a race (a unique key or version someone else changed in the meantime, a database still busy with
/// another writer) is 412 when the caller named the version it read (<c>If-Match</c>) else 409, a broken business
/// rule is 409, a PDF the server has no typeface for is 503 naming the package to install, a request the server could not read keeps its own 4xx. Nothing of the request was saved: every service
/// writes in one transaction. Anything else on <c>/api</c> is a 500 problem without details (logged here);
/// pages and their downloads fall through to the HTML error page.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: the feature keeps where it went.
        var failed = httpContext.Features.Get<IExceptionHandlerFeature>();
        var endpoint = failed?.Endpoint ?? httpContext.GetEndpoint();
        var path = failed is null ? httpContext.Request.Path : new PathString(failed.Path);
        if (endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            return false;
        }

        var answer = Refusal(httpContext, exception);
        if (answer is null)
        {
            if (!IsApi(path))
            {
                return false;
            }

            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, path);
            answer = ApiProblems.Status(StatusCodes.Status500InternalServerError);
        }

        await answer.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>Whether the request is one of the API's, where every answer is problem details.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    /// <summary>Whether the request goes to an endpoint rather than to a page.</summary>
    public static bool IsEndpoint(HttpContext context) =>
        context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null;

    private static IResult? Refusal(HttpContext context, Exception exception) => exception switch
    {
        AccessDeniedException => ApiProblems.Status(StatusCodes.Status403Forbidden, "Api.Detail.Forbidden"),
        _ when ConcurrencyErrors.IsLostRace(exception) => ApiPreconditions.Conflict(context, ConcurrencyErrors.ChangedByOthers()),
        BusinessRuleViolationException broken => ApiProblems.Status(StatusCodes.Status409Conflict, "Api.Detail.RuleBroken", broken.Rule),
        // The server lacks the PDFs' typeface: say what to install instead of a stack trace (Word files still work).
        DocumentFontsMissingException => ApiProblems.Status(StatusCodes.Status503ServiceUnavailable, "Api.Detail.PdfFontsMissing",
            DocumentFontResolver.DebianPackage),
        // The framework could not read the body: JSON it stopped at names the field, a missing or empty body is "$".
        BadHttpRequestException { InnerException: JsonException json } =>
            ApiJson.Invalid(ApiJson.FieldPath(json.Path), "Api.Body.InvalidValue"),
        BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } when context.Request.HasJsonContentType() =>
            ApiJson.Invalid("$", "Api.Body.ObjectRequired"),
        BadHttpRequestException bad => ApiProblems.Status(bad.StatusCode),
        _ => null,
    };
}
