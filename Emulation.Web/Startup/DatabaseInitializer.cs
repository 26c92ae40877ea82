using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Data.Seed.Scale;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Startup;

internal static class DatabaseInitializer
{
    /// <summary>
    /// Migrates the database (always for SQLite; for SQL Server when asked) and seeds demo data in Development, or the
    /// scale data set when <c>Seed:Scale</c> is on; otherwise (Production) sets up the first administrator
    /// (<see cref="AdminOnboarding"/>).
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IHostEnvironment environment,
        IConfiguration configuration, ILogger logger)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        var factory = services.GetRequiredService<IDbContextFactory<EmulationDbContext>>();
        if (!options.IsSqlServer || options.MigrateOnStart)
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.MigrateAsync();
        }

        await using (var keys = await factory.CreateDbContextAsync())
        {
            await Services.Accounts.AccountEmailKeys.BackfillAsync(keys, logger);
        }

        // Load the Data Protection key ring now, not on the first request: on a new database the first instance to
        // start creates the key, and instances started after it find it instead of making their own.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Emulation.Startup").Protect([]);

        if (configuration.GetValue<bool>(ScaleShape.EnabledKey))
        {
            await using var scaleScope = services.CreateAsyncScope();
            var scale = ActivatorUtilities.CreateInstance<ScaleSeeder>(scaleScope.ServiceProvider);
            var scaleAccounts = await scale.SeedAsync(ScaleShape.From(configuration));
            // Its units are written around the contexts.
            services.GetRequiredService<Services.Organization.UnitTreeCache>().Forget();
            if (scaleAccounts is not null)
            {
                DemoAccountsPrinter.Print(scaleAccounts, logger);
            }

            return;
        }

        var seedDemo = configuration.GetValue<bool?>("Emulation:SeedDemoData") ?? environment.IsDevelopment();
        if (!seedDemo || environment.IsProduction())
        {
            // A real installation: no demo data; the roles, and the first administrator from configuration.
            await using var onboardingScope = services.CreateAsyncScope();
            await onboardingScope.ServiceProvider.GetRequiredService<AdminOnboarding>().RunAsync();
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var seedClock = DemoStartDay.Or(configuration, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var seeder = ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider, seedClock);
        var accounts = await seeder.SeedAsync();
        DemoAccountsPrinter.Print(accounts, logger);
    }
}
