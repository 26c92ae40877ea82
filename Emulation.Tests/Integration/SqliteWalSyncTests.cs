using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Integration;

/// <summary>
/// The app's SQLite connections commit without waiting for the disk in WAL mode (<see cref="SqliteWalSync"/>:
/// <c>synchronous = NORMAL</c>), and keep SQLite's default (FULL) on a database in any other journal mode.
/// </summary>
public sealed class SqliteWalSyncTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private const long Normal = 1;
    private const long Full = 2;

    [Fact]
    public async Task EveryContextsConnection_ToTheAppsWalDatabase_SyncsAtCheckpointsOnly()
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<EmulationDbContext>>();

        // Twice: the second context gets the first one's pooled connection back, opened again.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            var connection = Assert.IsType<SqliteConnection>(db.Database.GetDbConnection());

            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            Assert.Equal(Normal, SqliteWalSync.Synchronous(connection));
        }
    }

    [Fact]
    public async Task ADatabaseInARollbackJournal_KeepsFullSync_UntilItTurnsToWal()
    {
        var file = Path.Combine(Path.GetTempPath(), $"emulation-walsync-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteEmulationDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString())
            .AddInterceptors(new SqliteWalSync()).Options;
        try
        {
            await using (var db = new SqliteEmulationDbContext(options))
            {
                await db.Database.OpenConnectionAsync();
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                Assert.Equal("delete", await ScalarAsync(connection, "PRAGMA journal_mode"));
                Assert.Equal(Full, SqliteWalSync.Synchronous(connection));
                await ScalarAsync(connection, "PRAGMA journal_mode = WAL");
            }

            // The same pooled connection, opened again on the database now in WAL mode.
            await using (var db = new SqliteEmulationDbContext(options))
            {
                await db.Database.OpenConnectionAsync();
                Assert.Equal(Normal, SqliteWalSync.Synchronous((SqliteConnection)db.Database.GetDbConnection()));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
