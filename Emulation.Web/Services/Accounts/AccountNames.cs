using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Accounts;

/// <summary>The people behind logins recorded on rows (who launched, who confirmed), so pages name people, not accounts.</summary>
public static class AccountNames
{
    /// <summary>
    /// The full name of each of <paramref name="userNames"/> that has one; a login missing from the answer (no such
    /// account any more, or no name given) is shown as itself.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> FullNamesAsync(EmulationDbContext db, IEnumerable<string> userNames)
    {
        var distinct = userNames.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        return await db.Users.AsNoTracking().Where(u => distinct.Contains(u.UserName!) && u.FullName != "")
            .Select(u => new { u.UserName, u.FullName }).ToDictionaryAsync(u => u.UserName!, u => u.FullName);
    }
}
