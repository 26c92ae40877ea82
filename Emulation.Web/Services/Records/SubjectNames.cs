using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Records;

/// <summary>
/// The names of the subjects of awards and nominations as they read in lists and refusals: a person's full name, or
/// the unit's name for a collective one. Two queries, whatever the number of subjects.
/// </summary>
internal static class SubjectNames
{
    public static async Task<Dictionary<(int? PersonId, int UnitId), string>> LoadAsync(EmulationDbContext db,
        IEnumerable<(int? PersonId, int UnitId)> subjects)
    {
        var list = subjects.Distinct().ToList();
        var personIds = list.Where(s => s.PersonId != null).Select(s => s.PersonId!.Value).Distinct().ToList();
        var unitIds = list.Where(s => s.PersonId == null).Select(s => s.UnitId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.FullName })
            .ToDictionaryAsync(p => p.Id, p => p.FullName);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name })
            .ToDictionaryAsync(u => u.Id, u => u.Name);
        return list.ToDictionary(s => s, s => s.PersonId is { } p ? people.GetValueOrDefault(p, "") : units.GetValueOrDefault(s.UnitId, ""));
    }
}
