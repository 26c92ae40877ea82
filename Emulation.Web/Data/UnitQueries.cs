using Emulation.Domain.Organization;

namespace Emulation.Web.Data;

/// <summary>Where the organisation's own node is found among the units.</summary>
public static class UnitQueries
{
    /// <summary>The agency itself (the root of its tree), while active: one per deployment.</summary>
    public static IQueryable<Unit> Agency(this IQueryable<Unit> units) =>
        units.Where(u => u.Kind == UnitKind.Agency && u.ClosedOn == null);
}
