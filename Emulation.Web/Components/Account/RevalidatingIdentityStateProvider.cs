using System.Security.Claims;
using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Components.Account;

/// <summary>
/// Signs a live circuit out within a minute when the user's security stamp changes (sign-out elsewhere, password
/// change, role change) or the account is disabled; at once when this server disabled it (<see cref="EndedSessions"/>).
/// </summary>
internal sealed class RevalidatingIdentityStateProvider(
    ILoggerFactory loggerFactory,
    IDbContextFactory<EmulationDbContext> contexts,
    IOptions<IdentityOptions> options,
    EndedSessions ended) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>
    /// The user as signed in, unless their sign-in was ended since: then no one, so that the open tab's next step is
    /// refused (<see cref="Services.CurrentActor"/>) rather than saved for a disabled account.
    /// </summary>
    public override async Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var state = await base.GetAuthenticationStateAsync();
        return ended.HasEnded(state.User, options.Value.ClaimsIdentity) ? SignedOut : state;
    }

    /// <summary>The cookie's own check (<see cref="AccountStateValidator.IsCurrentAsync"/>), made again every minute.</summary>
    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState,
        CancellationToken cancellationToken) =>
        AccountStateValidator.IsCurrentAsync(contexts, authenticationState.User, options.Value.ClaimsIdentity);
}
