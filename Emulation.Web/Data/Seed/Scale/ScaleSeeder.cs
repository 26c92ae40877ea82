using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data.Seed.Scale;

/// <summary>
/// Fills a freshly migrated, empty SQLite database with a province-sized customer (<see cref="ScaleShape"/>) for load
/// tests: the same every time (fixed random seed). History rows go in through prepared INSERTs in one transaction;
/// the campaigns and the demo accounts through EF and Identity. Refuses, changing nothing, if the database holds any
/// data already.
/// </summary>
public sealed class ScaleSeeder(
    IDbContextFactory<EmulationDbContext> factory,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    DatabaseOptions options,
    ILogger<ScaleSeeder> logger)
{
    private const int RandomSeed = 20_261_126;

    /// <summary>Seeds and returns the demo accounts, or returns null (with the reason logged) when it refuses.</summary>
    public async Task<IReadOnlyList<DemoAccount>?> SeedAsync(ScaleShape shape)
    {
        shape.Validate();
        if (options.IsSqlServer)
        {
            logger.LogWarning("Scale seed: only for SQLite (Database:Provider is {Provider}); nothing seeded.",
                options.Provider);
            return null;
        }

        await using var db = await factory.CreateDbContextAsync();
        if (await HasDataAsync(db))
        {
            logger.LogWarning(
                "Scale seed refused: the database already has data. It only fills a fresh, empty database; nothing changed.");
            return null;
        }

        var watch = Stopwatch.StartNew();
        logger.LogInformation("Scale seed: {Units} units, {People} people, {Years} years of history…",
            shape.Units, shape.People, shape.Years);
        var random = new Random(RandomSeed);
        var campaignIds = await ScaleCampaigns.CreateAsync(db, shape);
        Progress("campaigns", campaignIds.Count, watch);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        // A cache big enough for the indexes being filled: with SQLite's 2 MB default the transaction spills the same
        // pages to the WAL over and over. Back to the default afterwards: the connection returns to the pool.
        await ExecuteAsync(connection, "PRAGMA cache_size = -262144");
        List<ScaleUnit> units;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            (units, var people) = ScaleOrganization.Insert(connection, transaction, shape, campaignIds, random);
            Progress("blocs, units and people", units.Count + people.Count, watch);
            var history = ScaleHistory.Insert(connection, transaction, shape, units, people, campaignIds, random);
            Progress("history (ratings, initiatives, titles, decisions)", history, watch);
            var submissions = ScaleCampaigns.Insert(connection, transaction, shape, units, people, campaignIds, random);
            Progress("pledges, results and this year's ratings", submissions, watch);
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, "PRAGMA cache_size = -2000");
        await ExecuteAsync(connection, "PRAGMA optimize");
        Progress("committed", 0, watch);

        var headCodes = units.Select(u => u.Code + "-001").ToList();
        var headNames = await db.People.AsNoTracking().Where(p => p.Code != null && headCodes.Contains(p.Code))
            .ToDictionaryAsync(p => p.UnitId, p => p.FullName);
        // The second person of the first unit signs in as a member of staff.
        var staffCode = units[0].Code + "-002";
        var staffPerson = await db.People.AsNoTracking().Where(p => p.Code == staffCode)
            .Select(p => new ScaleStaffPerson(p.Id, p.FullName, p.UnitId)).FirstOrDefaultAsync();
        var accounts = await new ScaleAccounts(db, users, roles).CreateAsync(units, headNames, staffPerson);
        Progress("demo accounts", accounts.Count, watch);
        logger.LogInformation("Scale seed done in {Seconds} s.",
            watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        return accounts;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<bool> HasDataAsync(EmulationDbContext db) =>
        await db.Units.AnyAsync() || await db.Blocs.AnyAsync() || await db.People.AnyAsync() ||
        await db.Campaigns.AnyAsync() || await db.StaffYearResults.AnyAsync() || await db.Awards.AnyAsync() ||
        await db.Decisions.AnyAsync() || await db.Users.AnyAsync();

    private void Progress(string stage, int rows, Stopwatch watch) =>
        logger.LogInformation("Scale seed: {Stage}: {Rows} rows, {Seconds} s", stage, rows,
            watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
}
