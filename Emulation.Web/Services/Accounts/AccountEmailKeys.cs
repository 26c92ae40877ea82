using Emulation.Web.Data;
using Emulation.Web.Services.Inbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Accounts;

/// <summary>An address taken off an account at start-up because another account held it too.</summary>
public sealed record ClearedAddress(string UserName, string FullName, string Address, string? KeptBy);

/// <summary>
/// Keeps every account's <c>NormalizedEmail</c> the key its address is compared by (<see cref="EmailAddress.Key"/>), which
/// a unique index guards. Run at each start, after the migrations: the migration <c>UniqueAccountEmail</c> empties the
/// column (SQL cannot put text in NFC), and this fills it again from the addresses, so an address saved before in another
/// Unicode form or with spaces around it finds its twin. Two accounts found holding one address keep it on one:
/// the one confirmed most recently (by the audit trail), else a confirmed one, else the first by user name; the others
/// lose it and carry <see cref="ClearedClaim"/>, which the administrator's account page shows until dismissed.
/// </summary>
public static class AccountEmailKeys
{
    /// <summary>A user claim holding the address taken off the account, for the administrator to settle.</summary>
    public const string ClearedClaim = "emulation:email_cleared";

    /// <summary>Fills the keys that are missing or stale; returns how many accounts lost an address to another.</summary>
    public static async Task<int> BackfillAsync(EmulationDbContext db, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Only the rows whose key may be stale are read: a key Identity wrote is the address in upper case. The database's
        // UPPER may differ from the invariant culture's on letters outside ASCII: those rows are read and checked here.
        var candidates = await db.Users.Where(u => u.Email == null
                ? u.NormalizedEmail != null
                : u.NormalizedEmail == null || u.NormalizedEmail != u.Email.ToUpper())
            .ToListAsync();
        var stale = candidates.Where(IsStale).ToList();
        if (stale.Count == 0)
        {
            return 0;
        }

        // The accounts a stale address may clash with: the stale ones, and those already holding one of their keys.
        var keys = stale.Where(u => u.Email is not null).Select(u => EmailAddress.Key(u.Email!)).Distinct().ToList();
        var staleIds = stale.Select(u => u.Id).ToList();
        var twins = await db.Users.Where(u => u.NormalizedEmail != null && keys.Contains(u.NormalizedEmail) && !staleIds.Contains(u.Id))
            .ToListAsync();
        var losers = await LosersAsync(db, [.. stale.Where(u => u.Email is not null), .. twins]);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Emptied first, then filled: a key moving from one row to another never meets itself on the way.
        foreach (var user in stale)
        {
            user.NormalizedEmail = null;
        }

        await db.SaveChangesAsync();
        foreach (var user in losers)
        {
            var address = EmailAddress.Stored(user.Email!);
            logger.LogWarning("The address {Address} is also another account's: taken off account {UserName}.", address, user.UserName);
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = user.Id, ClaimType = ClearedClaim, ClaimValue = address });
            user.Email = null;
            user.EmailConfirmed = false;
        }

        foreach (var user in stale.Where(u => u.Email is not null))
        {
            user.Email = EmailAddress.Stored(user.Email!);
            user.NormalizedEmail = EmailAddress.Key(user.Email);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return losers.Count;
    }

    /// <summary>The addresses taken off accounts the administrator keeps, with the account that holds each now.</summary>
    internal static async Task<IReadOnlyList<ClearedAddress>> ClearedAsync(EmulationDbContext db, Func<AppUser, Task<bool>> kept)
    {
        var cleared = await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == ClearedClaim)
            .Join(db.Users.AsNoTracking(), c => c.UserId, u => u.Id, (c, u) => new { User = u, Address = c.ClaimValue ?? "" })
            .ToListAsync();
        var shown = new List<ClearedAddress>();
        foreach (var row in cleared.OrderBy(r => r.User.UserName, StringComparer.Ordinal))
        {
            if (await kept(row.User))
            {
                var key = EmailAddress.Key(row.Address);
                var holder = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == key).Select(u => u.UserName).FirstOrDefaultAsync();
                shown.Add(new ClearedAddress(row.User.UserName ?? "", row.User.FullName, row.Address, holder));
            }
        }

        return shown;
    }

    private static bool IsStale(AppUser user) => user.Email is null
        ? user.NormalizedEmail is not null
        : user.Email != EmailAddress.Stored(user.Email) || user.NormalizedEmail != EmailAddress.Key(user.Email);

    /// <summary>Of each group of accounts holding one address, all but the one that keeps it.</summary>
    private static async Task<List<AppUser>> LosersAsync(EmulationDbContext db, IReadOnlyList<AppUser> holders)
    {
        var shared = holders.GroupBy(u => EmailAddress.Key(u.Email!)).Where(g => g.Count() > 1).ToList();
        if (shared.Count == 0)
        {
            return [];
        }

        var ids = shared.SelectMany(g => g.Select(u => u.Id)).ToList();
        var confirmedAt = (await db.AuditEntries.AsNoTracking()
                .Where(e => e.Entity == nameof(AppUser) && ids.Contains(e.EntityKey) && e.After != null && e.After.Contains("\"EmailConfirmed\":true"))
                .Select(e => new { e.EntityKey, e.At })
                .ToListAsync())
            .GroupBy(e => e.EntityKey).ToDictionary(g => g.Key, g => g.Max(e => e.At), StringComparer.Ordinal);
        return [.. shared.SelectMany(g => g
            .OrderByDescending(u => u.EmailConfirmed)
            .ThenByDescending(u => confirmedAt.GetValueOrDefault(u.Id))
            .ThenBy(u => u.UserName, StringComparer.Ordinal)
            .Skip(1))];
    }
}
