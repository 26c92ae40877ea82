using Emulation.Web.Data.Seed;
using Microsoft.Data.Sqlite;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// The demo database migrated and seeded once per test run, by the app's own start-up, and copied for each
/// <see cref="EmulationAppFactory"/> that starts on it: seeding hashes a password for every demo account and writes
/// three years of history, which took most of each test app's start when every app did it itself. The other units'
/// results are submitted in it (<see cref="DemoUnitsReported"/>).
/// </summary>
/// <remarks>
/// An app that starts on the copy still runs the same start-up: the migrations find nothing to apply and the seeder
/// finds the units and accounts there. The copy is bit for bit what a first start writes, the Data Protection key
/// included (created while the template was made), so apps of one run share that key.
/// </remarks>
internal static class TemplateDatabase
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), "emulation-tests",
        "template-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<string> Demo = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Settings that change what a first start writes to the database, or where: an app given one of them migrates
    /// and seeds its own file (the scale data set, a second instance on another app's file, another provider, another
    /// demo start day).
    /// </summary>
    private static readonly string[] OwnDatabaseSettings =
        ["Database:", "Seed:", "Emulation:SeedDemoData", DemoStartDay.Key];

    /// <summary>Whether an app with <paramref name="settings"/> starts on a copy of the template.</summary>
    public static bool Fits(IEnumerable<(string Key, string Value)> settings) =>
        !settings.Any(s => OwnDatabaseSettings.Any(own => s.Key.StartsWith(own, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Copies the template (made on first use) to <paramref name="path"/>.</summary>
    public static void CopyTo(string path) => File.Copy(Demo.Value, path);

    private static string Build()
    {
        System.IO.Directory.CreateDirectory(Directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete();
        var built = Path.Combine(Directory, "built.db");
        var template = Path.Combine(Directory, "demo.db");
        var app = new EmulationAppFactory(("Database:SqlitePath", built));
        try
        {
            DemoUnitsReported.SubmitAsync(app.Services).GetAwaiter().GetResult();
        }
        finally
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        // The backup is one consistent file whatever the app left in its write-ahead log.
        using (var source = Open(built))
        using (var destination = Open(template))
        {
            source.BackupDatabase(destination);
        }

        SqliteConnection.ClearAllPools();
        return template;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Delete()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder, as a test app's own folder can be.
        }
    }
}
