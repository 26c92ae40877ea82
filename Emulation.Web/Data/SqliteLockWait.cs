using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Emulation.Web.Data;

/// <summary>
/// A SQLite connection that finds the database locked by another writer waits inside SQLite, which tries again within
/// milliseconds of the lock's release, for as long as the connection's command timeout (the wait was already that long).
/// </summary>
/// <remarks>
/// Without it Microsoft.Data.Sqlite meets the lock with "busy" and sleeps 150 ms before each retry: every save that
/// began while another was committing (a commit holds the lock for the few milliseconds of its write and sync) was
/// answered 150 ms or more later, at the working-day mix's rate of saves a large share of them.
/// </remarks>
public sealed class SqliteLockWait : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => WaitInSqlite(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        WaitInSqlite(connection);
        return Task.CompletedTask;
    }

    /// <summary>SQLite's own wait, in milliseconds: the connection's command timeout (0 there means no limit).</summary>
    public static int WaitMilliseconds(SqliteConnection connection) =>
        connection.DefaultTimeout == 0 ? int.MaxValue : (int)Math.Min(connection.DefaultTimeout * 1000L, int.MaxValue);

    private static void WaitInSqlite(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            raw.sqlite3_busy_timeout(handle, WaitMilliseconds(sqlite));
        }
    }
}
