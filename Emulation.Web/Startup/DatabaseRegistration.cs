using Emulation.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Emulation.Web.Startup;

internal static class DatabaseRegistration
{
    /// <summary>
    /// A campaign always brings its criteria and offered titles (auto-included): a few dozen rows, cheaper in one round
    /// trip than in three. So one query stays the default, said here instead of left to EF Core's warning at every start;
    /// a query that loads large collections asks for <c>AsSplitQuery</c> itself.
    /// </summary>
    private const QuerySplittingBehavior OneQueryUnlessAsked = QuerySplittingBehavior.SingleQuery;

    /// <summary>
    /// Registers the provider chosen by <c>Database:Provider</c> behind one <see cref="IDbContextFactory{EmulationDbContext}"/>.
    /// Every <see cref="IInterceptor"/> registered as a singleton is added to each context. Contexts are pooled: a save or
    /// a page opens several, and building each one's services anew was a share of every such request.
    /// </summary>
    public static IServiceCollection AddEmulationDatabase(this IServiceCollection services, IConfiguration configuration,
        string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<Services.Organization.UnitTreeCache>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<Services.Organization.UnitTreeCache>());

        if (options.IsSqlServer)
        {
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
            services.AddPooledDbContextFactory<SqlServerEmulationDbContext>((sp, o) =>
                o.UseSqlServer(connectionString, sql => sql.UseQuerySplittingBehavior(OneQueryUnlessAsked))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton<IDbContextFactory<EmulationDbContext>, ProviderDbContextFactory<SqlServerEmulationDbContext>>();
        }
        else
        {
            var connectionString = options.ConnectionString ?? SqliteConnectionString(options.SqlitePath, contentRoot);
            services.AddPooledDbContextFactory<SqliteEmulationDbContext>((sp, o) =>
                o.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(OneQueryUnlessAsked))
                    .AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(new SqliteLockWait(), new SqliteWalSync()));
            services.AddSingleton<IDbContextFactory<EmulationDbContext>, ProviderDbContextFactory<SqliteEmulationDbContext>>();
        }

        // Identity and Data Protection resolve a scoped context; it comes from the same factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EmulationDbContext>>().CreateDbContext());
        return services;
    }

    private static string SqliteConnectionString(string sqlitePath, string contentRoot)
    {
        var fullPath = Path.IsPathRooted(sqlitePath) ? sqlitePath : Path.Combine(contentRoot, sqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new SqliteConnectionStringBuilder { DataSource = fullPath, Pooling = true }.ToString();
    }
}
