using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Integration;

/// <summary>
/// The app's SQLite connections wait for another writer's lock inside SQLite (<see cref="SqliteLockWait"/>), for as
/// long as their command timeout, rather than in Microsoft.Data.Sqlite's 150-ms sleeps.
/// </summary>
public sealed class SqliteLockWaitTests(AppFixture fixture) : SharedAppTests(fixture)
{
    [Fact]
    public async Task EveryContextsConnection_WaitsInsideSqlite_AsLongAsItsCommandTimeout()
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<EmulationDbContext>>();

        // Twice: the second context gets the first one's pooled connection back, opened again.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            var connection = Assert.IsType<SqliteConnection>(db.Database.GetDbConnection());
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";

            Assert.Equal(connection.DefaultTimeout * 1000L, (long)(await command.ExecuteScalarAsync())!);
        }
    }
}
