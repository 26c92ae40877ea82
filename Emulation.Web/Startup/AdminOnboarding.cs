using System.Security.Claims;
using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Startup;

/// <summary>
/// Who administers a new installation (section <c>Emulation:Admin</c>): read on a start without demo data, when no
/// administrator can sign in yet.
/// </summary>
public sealed class AdminOnboardingOptions
{
    public const string Section = "Emulation:Admin";

    public string UserName { get; set; } = "admin";

    public string FullName { get; set; } = "Quản trị hệ thống";

    /// <summary>A first password, to be changed at first sign-in; when empty a one-time setup link is logged instead.</summary>
    public string? InitialPassword { get; set; }

    /// <summary>How long a setup link works.</summary>
    public int SetupLinkHours { get; set; } = 24;
}

/// <summary>What the first start did about the administrator.</summary>
public enum OnboardingOutcome
{
    /// <summary>An administrator who can sign in exists: nothing was done.</summary>
    AdministratorExists,

    /// <summary>The administrator was created with the configured password, to be changed at first sign-in.</summary>
    CreatedWithInitialPassword,

    /// <summary>The administrator has no password yet; a one-time setup link was logged.</summary>
    SetupLinkLogged,
}

/// <summary>
/// The first start of an installation asks for nothing: the application's roles are created, and when no administrator
/// can sign in an administrator account is made from <see cref="AdminOnboardingOptions"/>, either with the configured
/// initial password (which must be changed at first sign-in, <see cref="AccountService.MustChangePasswordClaim"/>) or
/// with no password and a one-time setup link written to the log (<see cref="SetupPath"/>): the link sets the password
/// once, and stops working when it has been used (the password and security stamp change) or after
/// <see cref="AdminOnboardingOptions.SetupLinkHours"/>. A restart while the link is unused logs a new one.
/// Scoped: Identity's managers are.
/// </summary>
public sealed class AdminOnboarding(UserManager<AppUser> users, RoleManager<IdentityRole> roles,
    IOptions<AdminOnboardingOptions> options, IConfiguration configuration, ILogger<AdminOnboarding> logger)
{
    public const string SetupPath = "/account/setup";

    public async Task<OnboardingOutcome> RunAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Succeed(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        var settings = options.Value;
        var administrators = await users.GetUsersInRoleAsync(Roles.Administrator);
        if (administrators.Any(a => a.PasswordHash is not null))
        {
            return OnboardingOutcome.AdministratorExists;
        }

        var userName = settings.UserName.Trim();
        var admin = await users.FindByNameAsync(userName);
        if (admin is null)
        {
            admin = new AppUser { UserName = userName, FullName = settings.FullName.Trim() };
            Succeed(await users.CreateAsync(admin), $"administrator {userName}");
        }

        if (!await users.IsInRoleAsync(admin, Roles.Administrator))
        {
            Succeed(await users.AddToRoleAsync(admin, Roles.Administrator), $"administrator {userName}");
        }

        if (!string.IsNullOrEmpty(settings.InitialPassword) && !await users.HasPasswordAsync(admin))
        {
            Succeed(await users.AddPasswordAsync(admin, settings.InitialPassword),
                $"the initial password of {userName} ({AdminOnboardingOptions.Section}:InitialPassword)");
            Succeed(await users.AddClaimAsync(admin, new Claim(AccountService.MustChangePasswordClaim, "true")), userName);
            logger.LogWarning("Administrator account {UserName} created with the configured initial password; it must be changed at first sign-in.",
                userName);
            return OnboardingOutcome.CreatedWithInitialPassword;
        }

        var token = await users.GeneratePasswordResetTokenAsync(admin);
        logger.LogWarning(
            "No administrator can sign in yet. Set the password of {UserName} once, within {Hours} hours, at: {SetupLink}",
            userName, settings.SetupLinkHours, SetupLink(configuration[PublicAddress.Key], userName, token));
        return OnboardingOutcome.SetupLinkLogged;
    }

    /// <summary>The setup page's address with the account and its one-time token; relative when no public address is set.</summary>
    public static string SetupLink(string? publicBaseUrl, string userName, string token) =>
        $"{publicBaseUrl?.TrimEnd('/')}{SetupPath}?user={Uri.EscapeDataString(userName)}&token={Uri.EscapeDataString(token)}";

    /// <summary>A configuration Identity refuses (a password its policy does not accept) stops the start, saying why.</summary>
    private static void Succeed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Onboarding could not set up {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

internal static class AdminOnboardingRegistration
{
    public static IServiceCollection AddAdminOnboarding(this IServiceCollection services)
    {
        services.AddOptions<AdminOnboardingOptions>().BindConfiguration(AdminOnboardingOptions.Section);
        services.AddScoped<AdminOnboarding>();
        // The setup link is Identity's password-reset token; nothing else issues one.
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AdminOnboardingOptions>>((tokens, admin) =>
                tokens.TokenLifespan = TimeSpan.FromHours(Math.Max(1, admin.Value.SetupLinkHours)));
        return services;
    }
}
