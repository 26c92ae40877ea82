using System.IO.Compression;
using Emulation.Web.Components.Layout;
using Microsoft.AspNetCore.ResponseCompression;

namespace Emulation.Web.Startup;

/// <summary>
/// Compresses the style sheets and scripts of packages (<c>/_content/…</c>) on the fly. The build compresses them,
/// but on their fingerprinted URLs — the ones the page links, cached for a year — this SDK serves only the raw file
/// (MudBlazor.min.css: 627 KB instead of ~45 KB), while our own assets and the framework's get their .br and .gz.
/// Each browser fetches such a file once, so compressing on the fly costs a few milliseconds per new visitor. Only
/// these public, static files (and the theme's style sheet, <see cref="ThemeStyleSheet"/>) are compressed: nothing that carries a secret, so no BREACH exposure.
/// </summary>
internal static class PackageAssetCompression
{
    private static readonly PathString PackageAssets = "/_content";

    public static IServiceCollection AddPackageAssetCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    public static IApplicationBuilder UsePackageAssetCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PackageAssets) || context.Request.Path == ThemeStyleSheet.Path,
            branch => branch.UseResponseCompression());
}
