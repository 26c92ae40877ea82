using Emulation.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Components.Account;

/// <summary>
/// Signs a live circuit out within a minute when the user's security stamp changes (sign-out elsewhere, password
/// change, role change) or the account is disabled.
/// </summary>
internal sealed class RevalidatingIdentityStateProvider(
    ILoggerFactory loggerFactory,
    IDbContextFactory<EmulationDbContext> contexts,
    IOptions<IdentityOptions> options) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>The cookie's own check (<see cref="AccountStateValidator.IsCurrentAsync"/>), made again every minute.</summary>
    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState,
        CancellationToken cancellationToken) =>
        AccountStateValidator.IsCurrentAsync(contexts, authenticationState.User, options.Value.ClaimsIdentity);
}
