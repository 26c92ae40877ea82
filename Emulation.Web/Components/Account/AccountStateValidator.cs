using System.Security.Claims;
using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Components.Account;

/// <summary>
/// The cookie's check on every request: the account still exists, is not disabled, and its security stamp is the one
/// the cookie was issued with. Otherwise the cookie is rejected and the browser signed out.
/// </summary>
internal sealed class AccountStateValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<AppUser> signInManager,
    ILoggerFactory logger, IDbContextFactory<EmulationDbContext> contexts)
    : SecurityStampValidator<AppUser>(options, signInManager, logger)
{
    /// <summary>
    /// Reads the account with a context of its own, disposed at once, not the request's scoped one: a circuit's
    /// connection is one request that lasts as long as the tab, and the scoped context (with its tracked account)
    /// would stay in memory all that time, for every open tab.
    /// </summary>
    protected override async Task<AppUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var claims = SignInManager.Options.ClaimsIdentity;
        if (principal?.FindFirstValue(claims.UserIdClaimType) is not { } id)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id);
        return user is not null && user.SecurityStamp == principal.FindFirstValue(claims.SecurityStampClaimType) &&
            IsEnabled(user)
            ? user
            : null;
    }

    /// <summary>
    /// The stamp matched, so the cookie's claims are those the account had when it was issued and still has (a role or
    /// unit change gives a new stamp): keep them rather than rebuild the principal and re-issue the cookie on every request.
    /// </summary>
    protected override Task SecurityStampVerified(AppUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;

    /// <summary>
    /// Not disabled by an administrator (locked out with no end). A lockout after failed sign-ins only refuses new
    /// sign-ins: anyone who knows a user name can cause one by typing wrong passwords, and it must not also end the
    /// owner's open sessions and tokens (the guesses prove nothing against them).
    /// </summary>
    public static bool IsEnabled(AppUser user) => user.LockoutEnd != AccountService.DisabledUntil;
}
