using System.Security.Claims;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;

namespace Emulation.Web.Services;

/// <summary>
/// Who is calling a service: every service method checks the role and, for department heads, the unit; for staff,
/// the person record the account is linked to (<see cref="PersonId"/>).
/// </summary>
public sealed record Actor(string UserId, string UserName, IReadOnlySet<string> Roles, int? UnitId, int? PersonId = null)
{
    public const string UnitClaim = "emulation:unit";

    /// <summary>The staff record the account is linked to (<see cref="AppUser.PersonId"/>).</summary>
    public const string PersonClaim = "emulation:person";

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsAnyOf(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>Department heads act only for their own unit; officers, council and leadership see all units.</summary>
    public bool CanSeeUnit(int unitId) =>
        IsAnyOf(Data.Roles.Administrator, Data.Roles.UnionOfficer, Data.Roles.CouncilMember, Data.Roles.Leadership) ||
        (IsInRole(Data.Roles.DepartmentHead) && UnitId == unitId);

    public bool CanEditUnit(int unitId) => IsInRole(Data.Roles.DepartmentHead) && UnitId == unitId;

    /// <summary>Whoever may see <paramref name="unitId"/>, and the person themselves.</summary>
    public bool CanSeePerson(int personId, int unitId) => CanSeeUnit(unitId) || PersonId == personId;

    /// <summary>A member of staff acts only on their own record.</summary>
    public void RequireOwnPerson(int personId)
    {
        if (!IsInRole(Data.Roles.Staff) || PersonId != personId)
        {
            throw new AccessDeniedException($"{UserName} may act only on their own record, not on person {personId}.");
        }

        ActsFromHere();
    }

    public void RequireSeePerson(int personId, int unitId)
    {
        if (!CanSeePerson(personId, unitId))
        {
            throw new AccessDeniedException($"{UserName} may not see person {personId}.");
        }

        ActsFromHere();
    }

    public void Require(params string[] roles)
    {
        if (!IsAnyOf(roles))
        {
            throw new AccessDeniedException($"{UserName} needs one of the roles {string.Join(", ", roles)}.");
        }

        ActsFromHere();
    }

    public void RequireEditUnit(int unitId)
    {
        if (!CanEditUnit(unitId))
        {
            throw new AccessDeniedException($"{UserName} may not change unit {unitId}.");
        }

        ActsFromHere();
    }

    public void RequireSeeUnit(int unitId)
    {
        if (!CanSeeUnit(unitId))
        {
            throw new AccessDeniedException($"{UserName} may not see unit {unitId}.");
        }

        ActsFromHere();
    }

    /// <summary>
    /// A passed check names this actor in the audit trail for the rest of the calling service method (see
    /// <see cref="AuditUser"/>): services are singletons, so the actor they are handed is the only reliable "who".
    /// </summary>
    private void ActsFromHere() => AuditUser.Set(new AuditUser(UserId, UserName));

    public static Actor From(ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var unit = int.TryParse(principal.FindFirstValue(UnitClaim), out var id) ? id : (int?)null;
        var person = int.TryParse(principal.FindFirstValue(PersonClaim), out var personId) ? personId : (int?)null;
        return new Actor(
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            principal.Identity?.Name ?? "",
            roles,
            unit,
            person);
    }
}
