using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Emulation.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the app (which would seed).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEmulationDbContext>
{
    public SqliteEmulationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEmulationDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Design-time SQL Server context; the connection string is never opened.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerEmulationDbContext>
{
    public SqlServerEmulationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerEmulationDbContext>()
            .UseSqlServer("Server=design-time;Database=Emulation;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
