using Emulation.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// A SQLite file of a test's own, for migrating a database step by step: each <see cref="Open"/> is a new context on
/// the file (without pooling, so nothing holds it once the context is gone); disposing deletes the file.
/// </summary>
public sealed class SqliteFileDatabase : IDisposable
{
    /// <summary>A new file in the tests' temporary folder, named after <paramref name="prefix"/>.</summary>
    public SqliteFileDatabase(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "emulation-tests", $"{prefix}-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
    }

    public string Path { get; }

    public SqliteEmulationDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteEmulationDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString()).Options);

    public void Dispose() => File.Delete(Path);
}
