using System.Globalization;
using System.Security.Claims;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services;

/// <summary>
/// Puts the account's full name, the department head's unit and the staff member's person record into the login cookie
/// so every request knows them.
/// </summary>
public sealed class UnitClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.FullNameClaim, user.FullName));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(Actor.UnitClaim, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.PersonId is { } personId)
        {
            identity.AddClaim(new Claim(Actor.PersonClaim, personId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
