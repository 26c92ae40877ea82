using Emulation.Web.Components.Account;
using Emulation.Web.Data;
using Emulation.Web.Documents.Signing;
using Emulation.Web.Services;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Emulation.Web.Startup;

internal static class IdentityRegistration
{
    public const int MaxFailedLogins = 5;

    /// <summary>The certificate that encrypts the sign-in keys where they are stored (<see cref="CertificateOptions"/>).</summary>
    public const string KeyProtectionSection = "DataProtection";

    public static IServiceCollection AddEmulationIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddSingleton<Services.Accounts.EndedSessions>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "Emulation.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder().AddEmulationPolicies();

        // Sessions end when they should: the cookie's security stamp is compared with the account's on every request
        // (sign-out and a password change give a new stamp), and a locked or disabled account is refused at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequireDigit = true;
                options.Password.RequireUppercase = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EmulationDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<UnitClaimsFactory>();

        // After AddSignInManager, which registers the stock validator.
        services.AddScoped<ISecurityStampValidator, AccountStateValidator>();

        var keys = services.AddDataProtection()
            .SetApplicationName("Emulation")
            .PersistKeysToDbContext<EmulationDbContext>();
        // The keys sign every sign-in cookie: stored as plain XML, whoever can read the database could forge one. With a
        // certificate configured, each new key is stored encrypted; a certificate that cannot be loaded stops the start
        // rather than leaving the keys readable.
        if (configuration.GetSection(KeyProtectionSection).Get<CertificateOptions>() is { IsConfigured: true } protection)
        {
            keys.ProtectKeysWithCertificate(protection.Load());
        }

        return services;
    }

    /// <summary>The page where the signed-in user changes their own password.</summary>
    public const string ChangePasswordPath = "/account/password";

    /// <summary>
    /// A user signed in with a temporary password (<see cref="Services.Accounts.AccountService.MustChangePasswordClaim"/>)
    /// is sent to <see cref="ChangePasswordPath"/> from any page until they change it; signing out stays open, and files
    /// and the circuit are not pages. A page is told by the endpoint routing chose (a component's), not by the request's
    /// <c>Accept</c>: asking for <c>*/*</c>, or for nothing, opened every page without the change.
    /// </summary>
    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (context.User.HasClaim(c => c.Type == Services.Accounts.AccountService.MustChangePasswordClaim) &&
                HttpMethods.IsGet(request.Method) &&
                context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null &&
                !request.Path.StartsWithSegments(ChangePasswordPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }

            await next(context);
        });
}
