using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// A unit's people whose positions broke a year (a leaving, a leaving and a return, a move): the staff grid offers the
/// months these give, and a head's save or import of another figure needs a reason (part-year staff).
/// </summary>
internal static class BrokenYears
{
    /// <summary>
    /// The unit's people with a position that ended within <paramref name="year"/> before its last day: a move, a
    /// leaving, or a leaving and a return, each of which the positions alone can count the months of.
    /// </summary>
    public static async Task<List<Person>> PositionEndedInYearAsync(EmulationDbContext db, int unitId, int year,
        CancellationToken cancellationToken = default)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        return await db.People.AsNoTracking()
            .Where(p => p.UnitId == unitId && p.Tenures.Any(t => t.To != null && t.To >= yearStart && t.To < yearEnd))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Of <paramref name="people"/>, those whose year was broken by a leaving, with their stretches on the staff.</summary>
    public static Dictionary<int, YearOnStaff> Interrupted(IEnumerable<Person> people, int year) =>
        people.Select(p => (p.Id, Year: p.OnStaffIn(year))).Where(p => p.Year.Interrupted).ToDictionary(p => p.Id, p => p.Year);

    /// <summary>The months on the staff the positions give for each of the unit's people whose year was broken.</summary>
    public static async Task<Dictionary<int, int>> MonthsFromPositionsAsync(EmulationDbContext db, int unitId, int year,
        CancellationToken cancellationToken = default) =>
        Interrupted(await PositionEndedInYearAsync(db, unitId, year, cancellationToken), year)
            .ToDictionary(p => p.Key, p => p.Value.Months);
}
