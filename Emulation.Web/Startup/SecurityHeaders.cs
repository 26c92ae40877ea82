using System.Security.Cryptography;

namespace Emulation.Web.Startup;

/// <summary>
/// Security headers on every response. The Content-Security-Policy allows only this origin: Blazor Server needs its
/// own scripts and a WebSocket back to this host ('self' covers ws:/wss: to the same host in CSP 3); MudBlazor sets
/// inline <c>style</c> attributes, so styles alone allow 'unsafe-inline'. The one inline script, the import map,
/// carries a per-request nonce (<see cref="NonceOf"/>), so scripts never need 'unsafe-inline'.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "Emulation.CspNonce";

    /// <summary>The nonce for this request's inline scripts; empty outside a request.</summary>
    public static string NonceOf(HttpContext? context) =>
        context?.Items[NonceKey] as string ?? "";

    public static string ContentSecurityPolicy(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /// <summary>Kestrel names itself in a <c>Server</c> header on every answer: a hint for an attacker, of no use to anyone else.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Hex, which the CSP's nonce grammar allows: a base64 '+' would reach the page HTML-encoded as &#x2B;.
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
