using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh SQLite file, migrated and seeded with the demo data exactly as on first start.
/// Dispose it to delete the file.
/// </summary>
/// <remarks>
/// <para>
/// The file is a copy of <see cref="TemplateDatabase"/>, which the app's own start-up migrated and seeded once for the
/// whole run, unless a setting changes what start-up writes (<see cref="TemplateDatabase.Fits"/>); the app then finds
/// the migrations applied and the demo data there, as on any later start.
/// </para>
/// <para>
/// One instance needs no change feed, so test apps tell only their own views (<c>Notifications:Provider=InProcess</c>)
/// and run no database poller. Tests of several instances on one database pass <see cref="DatabaseFeed"/>.
/// </para>
/// </remarks>
public sealed class EmulationAppFactory(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    /// <summary>The setting that makes an app carry its changes to other instances through the shared database.</summary>
    public static readonly (string Key, string Value) DatabaseFeed =
        ($"{NotificationOptions.Section}:{nameof(NotificationOptions.Provider)}", NotificationProviders.Database);

    /// <summary>
    /// PBKDF2 rounds of the passwords test apps hash: a verification reads the count from the stored hash, so the
    /// template's demo accounts and every sign-in of the run cost a thousandth of the real work, which was a large share
    /// of the suite's processor time.
    /// </summary>
    public const int TestHashIterations = 100;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulation-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_directory, "emulation.db");

    /// <summary>Uploaded evidence goes to the temp folder too, never into the source tree.</summary>
    public string EvidencePath => Path.Combine(_directory, "evidence");

    /// <summary>Counts SQL commands for query-budget tests.</summary>
    public QueryCounter Queries { get; } = new();

    /// <summary>
    /// The app's clock when a test moves it (<see cref="FreshAppTests"/>), instead of a second app derived per test to
    /// carry one: the seeding is not on it, since an app on the template seeds nothing and the template's seeding is on
    /// <see cref="DemoStartDay"/>.
    /// </summary>
    public SettableClock? Clock { get; init; }

    /// <summary>Where a race test holds its rendezvous in this app's saves (<see cref="RendezvousSlot.Hold"/>).</summary>
    public RendezvousSlot Rendezvous { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        // Also called for each WithWebHostBuilder derivative, which shares this file: copied once, before the first start.
        var onTemplate = TemplateDatabase.Fits(settings);
        if (onTemplate && !File.Exists(DatabasePath))
        {
            TemplateDatabase.CopyTo(DatabasePath);
        }

        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("Emulation:SeedDemoData", "true");
        // The cases name the demo's year and deadlines as seeded on this day: the calendar moving on must not
        // change them.
        builder.UseSetting(DemoStartDay.Key, "2026-12-05");
        builder.UseSetting("Emulation:EvidencePath", EvidencePath);
        // Tests read the evaluation of what they just saved, even on a loaded machine; EvaluationFreshnessTests try the
        // short wait with their own EvaluationSnapshots.
        builder.UseSetting("Evaluation:FreshWait", "00:02:00");
        // …and without the pause that spaces readings of changed units under a stream of saves (EvaluationFreshnessTests).
        builder.UseSetting("Evaluation:ChangedUnitsPause", "00:00:00");
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(Queries);
            services.AddSingleton<IInterceptor>(Rendezvous);
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestHashIterations);
            if (Clock is { } clock)
            {
                services.AddSingleton<TimeProvider>(clock);
            }

            if (onTemplate)
            {
                // The template's own start compared the model with the last migration's snapshot (and
                // SqlServerMigrationTests does for both providers); each copy would build and compare the whole snapshot
                // again only to find the same answer, which was a large part of every test app's start.
                services.ConfigureDbContext<SqliteEmulationDbContext>(o =>
                    o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
            }
        });
        // Tests sign in far more often than a person could; the limiter's own tests set a small limit.
        builder.UseSetting("Security:LoginRateLimit:PermitLimit", "100000");
        builder.UseSetting("Security:LoginRateLimit:PermitLimitPerUserName", "100000");
        builder.UseSetting(DatabaseFeed.Key, NotificationProviders.InProcess);
        // Deadline reminders run where a test calls them, on its own clock.
        builder.UseSetting("Inbox:Reminders", "false");
        // The save path's rehearsal runs where SaveRehearsalTests check it, not beside every test's own saves.
        builder.UseSetting("Startup:WarmUpSaves", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left in the temp folder; it does not affect other tests.
        }
    }
}
