using System.Security.Claims;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.Audit;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Startup;

/// <summary>The audit trail: the save interceptor on both providers' contexts, the viewer's service, and the request's user.</summary>
internal static class AuditRegistration
{
    public static IServiceCollection AddEmulationAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<AuditService>();
        // Singleton: the context factories' options are singletons too.
        services.ConfigureDbContext<SqliteEmulationDbContext>(
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>()), ServiceLifetime.Singleton);
        services.ConfigureDbContext<SqlServerEmulationDbContext>(
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>()), ServiceLifetime.Singleton);
        return services;
    }

    /// <summary>
    /// Names the request's user (or "anonymous") for changes saved while handling it, such as a failed sign-in's
    /// count; service calls name their actor on the contexts they open (see <see cref="AuditUser"/>).
    /// </summary>
    public static IApplicationBuilder UseAuditUser(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var user = context.User;
            AuditUser.Set(user.Identity?.IsAuthenticated == true
                ? new AuditUser(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity.Name ?? "")
                : AuditUser.Anonymous);
            await next(context);
        });
}
