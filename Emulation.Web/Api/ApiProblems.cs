using Emulation.Domain.Common;
using Emulation.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Emulation.Web.Api;

/// <summary>
/// Problem details in the caller's language: the texts are looked up when the answer is written, so the request's
/// culture (Vietnamese unless <c>Accept-Language</c> asks for English) decides them. Titles are <c>Api.Title.&lt;status&gt;</c>.
/// </summary>
internal static partial class ApiProblems
{
    public static IStringLocalizer Localizer(HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>
    /// Runs <paramref name="texts"/> in the request's language. Authentication answers (401, 403) are written before
    /// the localisation middleware has run, and a middleware's own culture does not flow back out to an outer one, so
    /// the culture is taken from the request itself rather than from the thread.
    /// </summary>
    public static T InRequestCulture<T>(HttpContext context, Func<IStringLocalizer, T> texts)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ??
            System.Globalization.CultureInfo.GetCultureInfo(ApiAcceptLanguageProvider.Choose(context) ?? Startup.Cultures.Vietnamese);
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        try
        {
            return texts(Localizer(context));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>
    /// The framework's request validation writes its 400 through the problem-details service, with an English title
    /// and fields named by their C# paths (<c>Awards[0].Kind</c>): it gets the title in the caller's language and the
    /// JSON names the caller sent (<c>awards[0].kind</c>), as every other answer of the API has. Problems the app
    /// writes itself are left as they are.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation ||
            context.HttpContext.Items.ContainsKey(LocalizedProblem.Written))
        {
            return;
        }

        validation.Title = InRequestCulture(context.HttpContext, localizer => Title(localizer, StatusCodes.Status400BadRequest));
        var errors = validation.Errors.ToList();
        validation.Errors.Clear();
        foreach (var (key, messages) in errors)
        {
            var name = JsonName(key);
            validation.Errors[name] = validation.Errors.TryGetValue(name, out var earlier) ? [.. earlier, .. messages] : messages;
        }
    }

    /// <summary><c>Criteria[2].MaxPoints</c> → <c>criteria[2].maxPoints</c>, by the API's JSON naming policy.</summary>
    public static string JsonName(string memberPath) =>
        MemberName().Replace(memberPath, m => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|\.)[A-Za-z_][A-Za-z0-9_]*")]
    private static partial System.Text.RegularExpressions.Regex MemberName();

    public static string Title(IStringLocalizer localizer, int status)
    {
        var title = localizer[$"Api.Title.{status}"];
        return title.ResourceNotFound ? ReasonPhrases.GetReasonPhrase(status) : title.Value;
    }

    /// <summary>A problem with the status's title and, when given, the detail text under <paramref name="detailKey"/>.</summary>
    public static LocalizedProblem Status(int status, string? detailKey = null, params object[] args) =>
        new LocalizedProblem(status, detailKey is null ? null : l => l[detailKey, args]);

    /// <summary>A problem whose detail is a domain error in the caller's language.</summary>
    public static LocalizedProblem Status(int status, DomainError error) =>
        new LocalizedProblem(status, l => l.Describe(error));

    /// <summary>409: someone else saved first. The error's code stays in the detail for programs to match.</summary>
    public static LocalizedProblem Conflict(DomainError error) =>
        new LocalizedProblem(StatusCodes.Status409Conflict, l => $"{error.Code}: {l.Describe(error)}");

    public static LocalizedProblem NotFound(string detailKey, params object[] args) =>
        Status(StatusCodes.Status404NotFound, detailKey, args);

    /// <summary>
    /// A step refused for several reasons: the detail lists them in the caller's language, and the <c>reasons</c>
    /// extension gives each as a program reads it: <c>code</c>, <c>item</c>, <c>facts</c> and its <c>message</c>.
    /// </summary>
    public static LocalizedProblem Refusals(int status, IReadOnlyList<DomainError> errors) =>
        new(status, l => string.Join(" ", errors.Select(l.Describe)))
        {
            Extensions = l => new Dictionary<string, object?>
            {
                ["reasons"] = errors.Select(e => new
                {
                    code = e.Code,
                    item = e.Item,
                    facts = e.Facts.ToDictionary(f => f.Key, f => f.Value),
                    message = l.Describe(e),
                }).ToList(),
            },
        };

    /// <summary>For middleware and handlers that write the answer themselves.</summary>
    public static Task WriteAsync(HttpContext context, int status, string? detailKey = null) =>
        Status(status, detailKey).ExecuteAsync(context);
}

/// <summary>
/// A problem whose texts are written in the caller's language when the answer is sent: a status with its title and
/// a detail, or a 400 validation problem naming fields (<see cref="FieldErrors"/>). The one error type of the API's
/// typed results (<c>Results&lt;Ok&lt;T&gt;, LocalizedProblem&gt;</c>); it declares the 400 validation problem any
/// endpoint with input may answer, and each endpoint declares its other problem statuses.
/// </summary>
internal sealed class LocalizedProblem : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <summary>Marks the request whose validation problem names its fields already as the caller sent them.</summary>
    public static readonly object Written = new();

    private readonly int _status;
    private readonly Func<IStringLocalizer, string>? _detail;
    private readonly FieldErrors? _errors;

    public LocalizedProblem(int status, Func<IStringLocalizer, string>? detail)
    {
        _status = status;
        _detail = detail;
    }

    public LocalizedProblem(FieldErrors errors)
    {
        _status = StatusCodes.Status400BadRequest;
        _errors = errors;
    }

    public int? StatusCode => _status;

    /// <summary>Members added to the problem beside its detail, worded in the caller's language.</summary>
    public Func<IStringLocalizer, IDictionary<string, object?>>? Extensions { get; init; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (ProblemPage.Wanted(httpContext))
        {
            return ApiProblems.InRequestCulture(httpContext, localizer => ProblemPage.WriteAsync(httpContext, localizer, _status,
                ApiProblems.Title(localizer, _status), _detail?.Invoke(localizer), _errors?.ToDictionary(localizer)));
        }

        if (_errors is null)
        {
            return ApiProblems.InRequestCulture(httpContext, localizer =>
                    TypedResults.Problem(statusCode: _status, title: ApiProblems.Title(localizer, _status), detail: _detail?.Invoke(localizer),
                        extensions: Extensions?.Invoke(localizer)))
                .ExecuteAsync(httpContext);
        }

        httpContext.Items[Written] = true;
        return ApiProblems.InRequestCulture(httpContext, localizer => TypedResults.ValidationProblem(_errors.ToDictionary(localizer),
                title: ApiProblems.Title(localizer, StatusCodes.Status400BadRequest)))
            .ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest,
            typeof(HttpValidationProblemDetails), ["application/problem+json"]));
}

/// <summary>
/// API callers choose the language with <c>Accept-Language</c> (any English tag gives English); every other request
/// keeps the app's rule that only the user's explicit choice overrides Vietnamese.
/// </summary>
internal sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Choose(httpContext) is { } culture
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture))
            : NullProviderCultureResult;

    /// <summary>The API caller's preferred language among ours, by quality; null for other requests or no match.</summary>
    public static string? Choose(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api") ||
            !StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptLanguage, out var languages))
        {
            return null;
        }

        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Startup.Cultures.English;
            }

            if (tag.StartsWith("vi", StringComparison.OrdinalIgnoreCase))
            {
                return Startup.Cultures.Vietnamese;
            }
        }

        return null;
    }
}
