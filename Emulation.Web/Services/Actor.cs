using System.Security.Claims;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.Organization;

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

    /// <summary>The account's full name as it was at sign-in, for the app bar.</summary>
    public const string FullNameClaim = "emulation:fullname";

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Whether <paramref name="policy"/> (one of <see cref="Policies"/>) admits this actor.</summary>
    public bool Can(string policy) => Policies.RolesOf(policy).Any(Roles.Contains);

    /// <summary>
    /// Whether the actor reads <paramref name="unitId"/> through <paramref name="db"/>, the context opened for them
    /// (<see cref="ActorDbContexts"/>): department heads their own unit only, the roles that see all units every unit of
    /// their agency (<see cref="AgencyRecords"/>), never another agency's, whatever their role.
    /// </summary>
    public bool CanSeeUnit(EmulationDbContext db, int unitId) => SeesUnitByRole(unitId) && InAgencyOf(db, unitId);

    /// <summary>The role half of <see cref="CanSeeUnit"/>: heads their own unit, the roles that see all units any.</summary>
    internal bool SeesUnitByRole(int unitId) =>
        Can(Policies.SeeAllUnits) || (IsInRole(Data.Roles.DepartmentHead) && UnitId == unitId);

    /// <summary>
    /// Whether <paramref name="unitId"/> lies in the agency of the context opened for this actor; a context opened for
    /// someone else (or for no one) would answer for the wrong agency, so it is a programming error.
    /// </summary>
    private bool InAgencyOf(EmulationDbContext db, int unitId)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Author?.UserId != UserId || (db.ActorScope?.ActorUnit != (OrganizationScope.KeepsWhole(this) ? null : UnitId)))
        {
            throw new InvalidOperationException($"The context was not opened for {UserName}: open it with CreateDbContextAsync(actor).");
        }

        return AgencyRecords.Covers(db, unitId);
    }

    public bool CanEditUnit(int unitId) => IsInRole(Data.Roles.DepartmentHead) && UnitId == unitId;

    /// <summary>Whoever may see <paramref name="unitId"/>, and the person themselves.</summary>
    public bool CanSeePerson(EmulationDbContext db, int personId, int unitId) => PersonId == personId || CanSeeUnit(db, unitId);

    /// <summary>A member of staff acts only on their own record.</summary>
    public void RequireOwnPerson(int personId)
    {
        if (!IsInRole(Data.Roles.Staff) || PersonId != personId)
        {
            throw new AccessDeniedException($"{UserName} may act only on their own record, not on person {personId}.");
        }
    }

    public void RequireSeePerson(EmulationDbContext db, int personId, int unitId)
    {
        if (!CanSeePerson(db, personId, unitId))
        {
            throw new AccessDeniedException($"{UserName} may not see person {personId}.");
        }
    }

    /// <summary>
    /// Refuses the call unless <paramref name="policy"/> admits this actor: services check the same named policies as
    /// pages and the menu. Checking has no side effect; who the audit trail names is set where the data is opened
    /// (<see cref="ActorDbContexts"/>).
    /// </summary>
    public void RequirePolicy(string policy)
    {
        if (!Can(policy))
        {
            throw new AccessDeniedException($"{UserName} is not admitted by the policy {policy}.");
        }
    }

    /// <summary>
    /// The receiving board (the unit) the actor answers for under <paramref name="policy"/>; an account of a board role
    /// bound to no board is refused rather than shown every board's work.
    /// </summary>
    public int RequireBoard(string policy)
    {
        RequirePolicy(policy);
        return UnitId ?? throw new AccessDeniedException($"{UserName} is bound to no receiving board.");
    }

    public void RequireEditUnit(int unitId)
    {
        if (!CanEditUnit(unitId))
        {
            throw new AccessDeniedException($"{UserName} may not change unit {unitId}.");
        }
    }

    public void RequireSeeUnit(EmulationDbContext db, int unitId)
    {
        if (!CanSeeUnit(db, unitId))
        {
            throw new AccessDeniedException($"{UserName} may not see unit {unitId}.");
        }
    }

    /// <summary>How the audit trail names this actor.</summary>
    public AuditUser ToAuditUser() => new(UserId, UserName);

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
