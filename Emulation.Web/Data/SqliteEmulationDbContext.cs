using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>The embedded default; migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteEmulationDbContext(DbContextOptions<SqliteEmulationDbContext> options)
    : EmulationDbContext(options);
