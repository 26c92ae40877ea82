using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Startup;

internal static class DatabaseInitializer
{
    /// <summary>Migrates the database (always for SQLite; for SQL Server when asked) and seeds demo data in Development.</summary>
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

        var seedDemo = configuration.GetValue<bool?>("Emulation:SeedDemoData") ?? environment.IsDevelopment();
        if (!seedDemo || environment.IsProduction())
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider);
        var accounts = await seeder.SeedAsync();
        DemoAccountsPrinter.Print(accounts, logger);
    }
}
