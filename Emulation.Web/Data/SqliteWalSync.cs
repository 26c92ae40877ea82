using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Emulation.Web.Data;

/// <summary>
/// A SQLite connection to a database in WAL mode commits without waiting for the disk (<c>synchronous = NORMAL</c>); the
/// write-ahead log is synced at each checkpoint instead. Docs/decisions/0014 says why: a commit then holds the one write
/// lock for its write only (5 ms of a draft save's lock on these machines was the sync), and the database stays intact
/// and consistent after any crash; what a power loss may undo is the last transactions before it, never half of one.
/// </summary>
/// <remarks>
/// Set once per physical connection (the pool hands the same one out again with its settings), and only in WAL mode: in
/// a rollback journal, <c>NORMAL</c> could corrupt the file on a power loss, so another journal keeps SQLite's default.
/// </remarks>
public sealed class SqliteWalSync : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<sqlite3, object> _set = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SyncAtCheckpoints(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        SyncAtCheckpoints(connection);
        return Task.CompletedTask;
    }

    /// <summary>The connection's <c>synchronous</c> setting as SQLite reports it: 1 is NORMAL, 2 FULL.</summary>
    public static long Synchronous(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return (long)command.ExecuteScalar()!;
    }

    private void SyncAtCheckpoints(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || _set.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        // A database not yet in WAL mode (a new file before its first migration turns it on) is asked again next time.
        if (command.ExecuteScalar() is string mode && mode.Equals("wal", StringComparison.OrdinalIgnoreCase))
        {
            command.CommandText = "PRAGMA synchronous = NORMAL";
            command.ExecuteNonQuery();
            _set.AddOrUpdate(handle, handle);
        }
    }
}
