using System.Threading.RateLimiting;
using Emulation.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Startup;

/// <summary>The <c>Security:LoginRateLimit</c> configuration section.</summary>
public sealed class LoginRateLimitOptions
{
    public const string Section = "Security:LoginRateLimit";

    /// <summary>Sign-in attempts allowed per client address in one window.</summary>
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Slows password guessing from one address across many accounts (lockout covers one account): the login form's
/// POST is limited per client IP; everything else is not limited. A refusal is 429 problem details, localised.
/// </summary>
internal static class RateLimiting
{
    public const string LoginPath = "/account/login";

    public static IServiceCollection AddEmulationRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var login = configuration.GetSection(LoginRateLimitOptions.Section).Get<LoginRateLimitOptions>()
            ?? new LoginRateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLoginPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = login.PermitLimit,
                            Window = login.Window,
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static bool IsLoginPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) &&
        context.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(
                System.Globalization.CultureInfo.InvariantCulture);
        }

        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
            title: localizer["Security.TooManyAttempts"], detail: localizer["Security.TooManyAttemptsDetail"])
            .ExecuteAsync(context);
    }
}
