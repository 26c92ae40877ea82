using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Emulation.Web.Services.Accounts;

/// <summary>
/// The sign-ins this server has ended by disabling their account: each by its account and the security stamp it was
/// issued with. A request is checked against the account on every request (the cookie validator), but an
/// open tab's circuit only every minute (the revalidating authentication state); within that minute a
/// disabled account's tab could still save. This is read on each of the circuit's calls, in memory, so that the tab
/// is refused from the next click on, as the disabling confirmation says. The minute's check remains for what this
/// server did not see (another server, a stamp changed in the database).
/// </summary>
public sealed class EndedSessions
{
    private readonly ConcurrentDictionary<(string UserId, string Stamp), byte> _ended = new();

    /// <summary>Ends every sign-in of the account <paramref name="userId"/> issued with <paramref name="stamp"/>.</summary>
    public void End(string userId, string? stamp)
    {
        if (stamp is not null)
        {
            _ended.TryAdd((userId, stamp), 0);
        }
    }

    /// <summary>The principal's sign-in was ended here.</summary>
    public bool HasEnded(ClaimsPrincipal principal, ClaimsIdentityOptions claims)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(claims);
        return !_ended.IsEmpty
            && principal.FindFirstValue(claims.UserIdClaimType) is { } id
            && principal.FindFirstValue(claims.SecurityStampClaimType) is { } stamp
            && _ended.ContainsKey((id, stamp));
    }
}
