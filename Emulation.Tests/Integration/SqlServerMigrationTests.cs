using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>No SQL Server runs here, so its side is proven offline: migrations exist, match the model, and script.</summary>
public sealed class SqlServerMigrationTests
{
    private static SqlServerEmulationDbContext Context() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void SqlServer_HasMigrations_AndNoPendingModelChanges()
    {
        using var db = Context();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void SqlServer_CreateScript_HasEveryTableWithSqlServerTypes()
    {
        using var db = Context();
        var script = db.Database.GenerateCreateScript();
        Assert.Contains("CREATE TABLE [Campaigns]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Nominations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [DataProtectionKeys]", script, StringComparison.Ordinal);
        Assert.Contains("nvarchar(300)", script, StringComparison.Ordinal);
        Assert.Contains("decimal(18,4)", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_HasMigrations_AndNoPendingModelChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
