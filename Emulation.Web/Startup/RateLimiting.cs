using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Emulation.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Startup;

/// <summary>The <c>Security:LoginRateLimit</c> configuration section.</summary>
public sealed class LoginRateLimitOptions
{
    public const string Section = "Security:LoginRateLimit";

    /// <summary>
    /// Sign-in attempts allowed per client address in one window: generous, since a whole office may sign in from one
    /// NAT address on a Monday morning; it only stops one machine from sweeping many accounts.
    /// </summary>
    public int PermitLimit { get; set; } = 100;

    /// <summary>Sign-in attempts allowed per user name typed (whether or not such an account exists) in one window.</summary>
    public int PermitLimitPerUserName { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>The <c>Security:CommentRateLimit</c> configuration section: the public consultation's comment form.</summary>
public sealed class CommentRateLimitOptions
{
    public const string Section = "Security:CommentRateLimit";

    /// <summary>Comments allowed per client address in one window: a person rarely sends more; a script is stopped.</summary>
    public int PermitLimit { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Slows password guessing (lockout covers one account): the login form's POST is limited per client address and,
/// separately, per user name typed, so one office behind one address is not locked out together while one account is
/// not guessed at from many addresses. The public consultation's comment form is limited per client address too
/// (<see cref="CommentRateLimitOptions"/>). Every other request is not limited. A refusal is a Vietnamese page (429) that
/// reads the same whether or not the user name exists.
/// </summary>
internal static class RateLimiting
{
    public const string LoginPath = "/account/login";

    /// <summary>The public consultation page, whose form posts comments to itself.</summary>
    public const string CommentPath = "/public/consultations";

    /// <summary>The login form's user name field (the <c>Input</c> model of <c>Login.razor</c>).</summary>
    public const string UserNameField = "Input.UserName";

    private static readonly object UserNameKey = new();

    public static IServiceCollection AddEmulationRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var login = configuration.GetSection(LoginRateLimitOptions.Section).Get<LoginRateLimitOptions>()
            ?? new LoginRateLimitOptions();
        var comments = configuration.GetSection(CommentRateLimitOptions.Section).Get<CommentRateLimitOptions>()
            ?? new CommentRateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsLoginPost(context)
                        ? RateLimitPartition.GetFixedWindowLimiter(
                            ClientKey(context.Connection.RemoteIpAddress), _ => Window(login.PermitLimit, login))
                        : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsLoginPost(context) && context.Items[UserNameKey] is string { Length: > 0 } userName
                        ? RateLimitPartition.GetFixedWindowLimiter(userName, _ => Window(login.PermitLimitPerUserName, login))
                        : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsCommentPost(context)
                        ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress),
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = comments.PermitLimit, Window = comments.Window, QueueLimit = 0 })
                        : RateLimitPartition.GetNoLimiter("")));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// Reads the user name from a login POST (the form is buffered, so the page reads it again) for the limiter,
    /// then limits. A form that cannot be read is limited by its address alone and refused after
    /// (<see cref="OversizedForms"/>).
    /// </summary>
    public static IApplicationBuilder UseEmulationRateLimiter(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsLoginPost(context) && await OversizedForms.TryReadAsync(context) is { } form)
            {
                // Keyed as Identity finds the account (NFC, then upper case), so that a spelling that signs in as the
                // same account (a Kelvin sign for a K) counts against the same limit.
                context.Items[UserNameKey] = context.RequestServices.GetRequiredService<ILookupNormalizer>()
                    .NormalizeName(form[UserNameField].ToString().Trim());
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    /// <summary>
    /// Whose attempts a limit per address counts: an IPv4 address (an IPv4-mapped IPv6 one too) alone, an IPv6 address
    /// by its /64, the least network one subscriber is given, so that the 2^64 addresses of one home or server are one
    /// client rather than as many fresh limits.
    /// </summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var network = address.GetAddressBytes();
        Array.Clear(network, 8, 8);
        return new IPAddress(network) + "/64";
    }

    private static FixedWindowRateLimiterOptions Window(int permits, LoginRateLimitOptions login) =>
        new() { PermitLimit = permits, Window = login.Window, QueueLimit = 0 };

    private static bool IsLoginPost(HttpContext context) => IsPostTo(context, LoginPath);

    private static bool IsCommentPost(HttpContext context) => IsPostTo(context, CommentPath);

    /// <summary>
    /// A POST that reaches the page at <paramref name="page"/>, told by the endpoint routing chose rather than by the
    /// address: routing also takes <c>/account/login/</c> and <c>/account/./login</c>, and those were not limited.
    /// </summary>
    private static bool IsPostTo(HttpContext context, string page) =>
        HttpMethods.IsPost(context.Request.Method) &&
        context.GetEndpoint() is RouteEndpoint endpoint &&
        string.Equals(endpoint.RoutePattern.RawText, page, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        var page = IsCommentPost(context)
            ? RefusalPage(localizer, seconds, "Consultation.TooManyComments", "Consultation.TooManyCommentsDetail",
                "Consultation.BackToList", CommentPath)
            : RefusalPage(localizer, seconds, "Security.TooManyAttempts", "Security.TooManyAttemptsDetail", "Security.BackToLogin",
                LoginPath);
        await context.Response.WriteAsync(page, cancellationToken);
    }

    /// <summary>A page of its own, in the user's language, that says to wait and links back to the form.</summary>
    private static string RefusalPage(IStringLocalizer localizer, int seconds, string titleKey, string detailKey, string backKey,
        string backPath)
    {
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        var title = html.Encode(localizer[titleKey]);
        var detail = html.Encode(string.Format(CultureInfo.CurrentCulture, localizer[detailKey], seconds));
        var back = html.Encode(localizer[backKey]);
        var language = html.Encode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        return $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
            <style>body{"{"}font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem{"}"}main{"{"}max-width:28rem;margin:2rem auto{"}"}h1{"{"}font-size:1.5rem{"}"}</style></head>
            <body><main><h1>{title}</h1><p data-testid="too-many-attempts">{detail}</p><p><a href="{backPath}">{back}</a></p></main></body>
            </html>
            """;
    }
}
