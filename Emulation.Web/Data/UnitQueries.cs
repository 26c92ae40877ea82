using Emulation.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>Where the organisation's own node is found among the units, and whose history a unit carries.</summary>
public static class UnitQueries
{
    /// <summary>The agency itself (the root of its tree), while active: one per deployment.</summary>
    public static IQueryable<Unit> Agency(this IQueryable<Unit> units) =>
        units.Where(u => u.Kind == UnitKind.Agency && u.ClosedOn == null);

    /// <summary>
    /// The predecessors whose history <paramref name="unitId"/> inherits, each with the last of its years that counts
    /// (<see cref="Reorganization.InheritedYears"/>), from the stored lineage.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, int>> InheritedYearsAsync(this EmulationDbContext db, int unitId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Reorganization.InheritedYears(unitId, await db.UnitLineages.AsNoTracking().ToListAsync());
    }
}
