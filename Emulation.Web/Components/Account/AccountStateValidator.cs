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
    /// The account's state is read with a context of its own, disposed at once, not the request's scoped one: a
    /// circuit's connection is one request that lasts as long as the tab, and the scoped context (with its tracked
    /// account) would stay in memory all that time, for every open tab. The user handed on is the id alone:
    /// <see cref="SecurityStampVerified"/> reads nothing of it.
    /// </summary>
    protected override async Task<AppUser?> VerifySecurityStamp(ClaimsPrincipal? principal) =>
        principal is not null && await IsCurrentAsync(contexts, principal, SignInManager.Options.ClaimsIdentity)
            ? new AppUser { Id = principal.FindFirstValue(SignInManager.Options.ClaimsIdentity.UserIdClaimType)! }
            : null;

    /// <summary>
    /// The principal's account still exists, is enabled, and has the security stamp the principal was issued with:
    /// the cookie's check on every request and a circuit's every minute. Two columns of one row, not the account.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(IDbContextFactory<EmulationDbContext> contexts, ClaimsPrincipal principal,
        ClaimsIdentityOptions claims)
    {
        if (principal.FindFirstValue(claims.UserIdClaimType) is not { } id)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd }).SingleOrDefaultAsync();
        return account is not null && account.SecurityStamp == principal.FindFirstValue(claims.SecurityStampClaimType)
            && IsEnabled(account.LockoutEnd);
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
    public static bool IsEnabled(AppUser user) => IsEnabled(user.LockoutEnd);

    private static bool IsEnabled(DateTimeOffset? lockoutEnd) => lockoutEnd != AccountService.DisabledUntil;
}
