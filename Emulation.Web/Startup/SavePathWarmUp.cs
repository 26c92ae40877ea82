using System.Diagnostics;
using Emulation.Web.Data;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Startup;

/// <summary>
/// Once the app has started (its first page is not kept waiting), rehearses a head's saves (<see cref="SaveRehearsal"/>)
/// so that the first heads to save do not pay the save path's first use: measured at 30–60 times a later save
/// (bench/results/2026-12-07-perf39.md), and in the working-day mix the maxima of the whole run. A failure is logged
/// and changes nothing: the saves are then only slower the first time, as without it.
/// </summary>
internal sealed class SavePathWarmUp(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<SavePathWarmUp> logger)
    : BackgroundService
{
    /// <summary>Off in test apps, whose tests run the rehearsal where they check it.</summary>
    public const string EnabledKey = "Startup:WarmUpSaves";

    /// <summary>The rehearsal on the app's own services, the service's contexts and notifier those it is given.</summary>
    public static Task<IReadOnlyList<string>> RehearseAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        SaveRehearsal.RunAsync(services.GetRequiredService<IDbContextFactory<EmulationDbContext>>(), Unpooled(services),
            services.GetRequiredService<ICampaignChangeFeed>(),
            (contexts, notifier) =>
            {
                var inbox = ActivatorUtilities.CreateInstance<InboxService>(services, contexts);
                var nominations = ActivatorUtilities.CreateInstance<NominationService>(services, contexts);
                return ActivatorUtilities.CreateInstance<SubmissionService>(services, contexts, notifier, inbox, nominations);
            }, cancellationToken);

    /// <summary>A context of the configured provider made outside the pool, on the pool's own options.</summary>
    private static Func<EmulationDbContext> Unpooled(IServiceProvider services) =>
        services.GetService<DbContextOptions<SqliteEmulationDbContext>>() is { } sqlite
            ? () => new SqliteEmulationDbContext(sqlite)
            : () => new SqlServerEmulationDbContext(services.GetRequiredService<DbContextOptions<SqlServerEmulationDbContext>>());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var watch = Stopwatch.StartNew();
        try
        {
            // On the thread pool: SQLite's asynchronous calls complete synchronously.
            var rehearsed = await Task.Run(() => RehearseAsync(services, stoppingToken), stoppingToken);
            logger.LogInformation("Rehearsed the save path in {ElapsedMs:0} ms: {Kinds}", watch.Elapsed.TotalMilliseconds,
                rehearsed.Count == 0 ? "nothing to rehearse on" : string.Join(", ", rehearsed));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Rehearsing the save path failed; the first saves will only be slower");
        }
    }
}

internal static class SavePathWarmUpRegistration
{
    public static IServiceCollection AddSavePathWarmUp(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue(SavePathWarmUp.EnabledKey, defaultValue: true))
        {
            services.AddHostedService<SavePathWarmUp>();
        }

        return services;
    }
}
