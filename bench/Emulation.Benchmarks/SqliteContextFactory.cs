using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Benchmarks;

/// <summary>The app's contexts on a benchmark's own SQLite file, for services that take a context factory.</summary>
internal sealed class SqliteContextFactory(DbContextOptions<SqliteEmulationDbContext> options) : IDbContextFactory<EmulationDbContext>
{
    public EmulationDbContext CreateDbContext() => new SqliteEmulationDbContext(options);
}
