using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>Production on SQL Server; migrations under Data/Migrations/SqlServer.</summary>
public sealed class SqlServerEmulationDbContext(DbContextOptions<SqlServerEmulationDbContext> options)
    : EmulationDbContext(options);
