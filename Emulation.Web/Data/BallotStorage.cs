using Emulation.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>
/// Where the secret ballots' contents lie in the database file. A row inserted into a page is placed after the rows
/// inserted before it, so the bytes of the file keep the order of casting even though no column does, and that order,
/// set beside the audit trail's times of participation, would tell whose ballot is whose. When a session closes, the
/// contents are written again in the order of their seals (random), the old bytes overwritten, and the SQLite
/// write-ahead log emptied; on SQL Server the table's pages are rebuilt in the order of the key.
/// </summary>
public static class BallotStorage
{
    private const string Table = CouncilSessionConfiguration.BallotsTable;
    private const string Staging = "ballots_in_seal_order";

    private const string RewriteSql =
        "CREATE TEMP TABLE \"" + Staging + "\" AS SELECT * FROM \"" + Table + "\"; " +
        "DELETE FROM \"" + Table + "\"; " +
        "INSERT INTO \"" + Table + "\" SELECT * FROM temp.\"" + Staging + "\" ORDER BY \"CouncilSessionId\", \"Receipt\"; " +
        "DROP TABLE temp.\"" + Staging + "\";";

    private const string RebuildSql = "ALTER INDEX ALL ON [" + Table + "] REBUILD";

    public static async Task RewriteInSealOrderAsync(EmulationDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlRawAsync(RebuildSql, cancellationToken);
            return;
        }

        // One connection throughout: secure_delete is a setting of the connection, and zeroes the bytes of the deleted
        // rows and freed pages instead of leaving them in the file.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON", cancellationToken);
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync(RewriteSql, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            // The log kept each casting's page as it was then; emptied once every reader has moved past it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = OFF", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
    }
}
