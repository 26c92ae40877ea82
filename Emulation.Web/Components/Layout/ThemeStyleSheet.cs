using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Emulation.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Emulation.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme (its CSS variables, ~12 KB) as a style sheet of its own, rendered once from
/// <see cref="MudThemeProvider"/> and cached by browsers for a year under a URL that names its content, instead of a
/// <c>style</c> element repeated in every page.
/// </summary>
public sealed partial class ThemeStyleSheet(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public const string Path = "/theme.css";

    private readonly Lazy<Task<(string Css, string Version)>> _rendered = new(() => RenderAsync(services, loggerFactory));

    /// <summary>The address to link, with the content's hash so that a changed theme is fetched anew.</summary>
    public async Task<string> UrlAsync() => $"theme.css?v={(await _rendered.Value).Version}";

    public async Task<string> CssAsync() => (await _rendered.Value).Css;

    private static async Task<(string Css, string Version)> RenderAsync(IServiceProvider services, ILoggerFactory loggerFactory)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = EmulationTheme.Theme,
                [nameof(MudThemeProvider.ObserveSystemDarkModeChange)] = false,
            });
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
            return output.ToHtmlString();
        });

        var css = string.Concat(StyleElement().Matches(html).Select(m => m.Groups[1].Value));
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..12];
        return (css, version);
    }

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}

internal static class ThemeStyleSheetEndpoint
{
    public static IServiceCollection AddThemeStyleSheet(this IServiceCollection services) =>
        services.AddSingleton<ThemeStyleSheet>();

    public static IEndpointRouteBuilder MapThemeStyleSheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ThemeStyleSheet.Path, async (HttpContext context, ThemeStyleSheet sheet) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(await sheet.CssAsync(), "text/css", Encoding.UTF8);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
