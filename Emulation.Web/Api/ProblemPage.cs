using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Api;

/// <summary>
/// A problem answered to a browser: a file link (<c>/documents/…</c>) opened in a tab asks for HTML, and a person reads a
/// page in their language (what went wrong, which value of the address, a way back) where a program reads problem
/// details; so does a page's form the server refuses before any page runs (<see cref="Startup.OversizedForms"/>). API
/// calls always get problem details.
/// </summary>
internal static partial class ProblemPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Whether the request is a browser's for a file: under <see cref="DocumentsApi.Prefix"/> and asking for HTML.</summary>
    /// <remarks>An exception's answer is written once the exception handler has pointed the request elsewhere: its feature keeps the path.</remarks>
    public static bool Wanted(HttpContext context) =>
        (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Path is { } failed
            ? new PathString(failed) : context.Request.Path).StartsWithSegments(DocumentsApi.Prefix) &&
        context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Writes the page: the status's title, the detail, each refused value of the address by its label
    /// (<c>Query.Field.&lt;name&gt;</c>, the name itself when there is none), and a link back to <paramref name="back"/>
    /// (the home page when not given).
    /// </summary>
    public static Task WriteAsync(HttpContext context, IStringLocalizer localizer, int status, string title, string? detail,
        IReadOnlyDictionary<string, string[]>? errors, (string Path, string Label)? back = null)
    {
        var body = new StringBuilder();
        if (!string.IsNullOrEmpty(detail))
        {
            body.Append("<p data-testid=\"problem-detail\">").Append(Html.Encode(detail)).Append("</p>");
        }

        if (errors is { Count: > 0 })
        {
            body.Append("<ul data-testid=\"problem-fields\">");
            foreach (var (field, messages) in errors)
            {
                var label = localizer["Query.Field." + field];
                body.Append("<li><strong>").Append(Html.Encode(label.ResourceNotFound ? field : label.Value)).Append("</strong>: ")
                    .Append(Html.Encode(string.Join(" ", messages.Select(WithoutCode)))).Append("</li>");
            }

            body.Append("</ul>");
        }

        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{Html.Encode(language)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Html.Encode(title)}</title>
            <style>body{"{"}font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem{"}"}main{"{"}max-width:36rem;margin:2rem auto{"}"}h1{"{"}font-size:1.5rem{"}"}</style></head>
            <body><main><h1 data-testid="problem-title">{Html.Encode(title)}</h1>{body}<p><a href="{Html.Encode(back?.Path ?? "/")}">{Html.Encode(back?.Label ?? localizer["Problem.BackHome"])}</a></p></main></body>
            </html>
            """);
    }

    /// <summary>A domain error's text without the code a program reads (<c>StatisticsBadDate: …</c>): a person reads the words.</summary>
    private static string WithoutCode(string message) => ErrorCode().Replace(message, "");

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_.]+: ")]
    private static partial System.Text.RegularExpressions.Regex ErrorCode();
}
