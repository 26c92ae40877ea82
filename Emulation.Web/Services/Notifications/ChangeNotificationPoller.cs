using Emulation.Web.Data;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Notifications;

/// <summary>
/// Reads the changes other instances wrote to <c>ChangeNotifications</c> every <see cref="NotificationOptions.PollInterval"/>
/// and tells this instance's views; leaves its own out (they were told directly); prunes rows older than
/// <see cref="NotificationOptions.Retention"/> once a minute.
/// </summary>
/// <remarks>
/// Reading by "id greater than the last seen" alone could miss a row whose id was allocated before, but committed
/// after, a higher one (SQL Server identities under concurrent inserts). So each poll also re-reads the last
/// <see cref="LateCommitWindow"/> and delivers only ids it has not delivered yet.
/// </remarks>
public sealed class ChangeNotificationPoller(IDbContextFactory<EmulationDbContext> factory, SubmissionNotifier notifier,
    AppInstance instance, NotificationOptions options, TimeProvider clock, ILogger<ChangeNotificationPoller> logger)
    : BackgroundService
{
    public static readonly TimeSpan LateCommitWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private readonly Dictionary<long, DateTime> _delivered = [];
    private long _lastId;
    private DateTime _nextPrune;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Changes made before this instance started are already in what its views load.
        await TryAsync(ReadWatermarkAsync, stoppingToken);
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TryAsync(PollAsync, stoppingToken);
        }
    }

    private async Task ReadWatermarkAsync(CancellationToken cancellation)
    {
        await using var db = await factory.CreateDbContextAsync(cancellation);
        _lastId = await db.ChangeNotifications.MaxAsync(n => (long?)n.Id, cancellation) ?? 0;
    }

    private async Task PollAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - LateCommitWindow;
        await using var db = await factory.CreateDbContextAsync(cancellation);
        // Only the others' rows: this instance's own were told directly, and a busy instance writes many a second.
        var rows = await db.ChangeNotifications.AsNoTracking()
            .Where(n => n.Origin != instance.Id && (n.Id > _lastId || n.At >= since))
            .OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.CampaignId, n.Kind, n.UnitId, n.At })
            .ToListAsync(cancellation);

        var fresh = rows.Where(r => _delivered.TryAdd(r.Id, r.At)).ToList();
        _lastId = Math.Max(_lastId, fresh.Count == 0 ? 0 : fresh.Max(r => r.Id));
        foreach (var old in _delivered.Where(d => d.Value < since).Select(d => d.Key).ToList())
        {
            _delivered.Remove(old);
        }

        if (now >= _nextPrune)
        {
            _nextPrune = now + PruneEvery;
            var cutoff = now - options.Retention;
            await db.ChangeNotifications.Where(n => n.At < cutoff).ExecuteDeleteAsync(cancellation);
        }

        // Several changes to one campaign in one poll: its views reload once for each unit named (once in all when a
        // change names none), for the change that reaches the most.
        foreach (var campaign in fresh.GroupBy(r => r.CampaignId))
        {
            var namesNoUnit = campaign.Any(r => r.UnitId is null);
            foreach (var changes in campaign.GroupBy(r => namesNoUnit ? null : r.UnitId))
            {
                var kind = changes.Select(r => r.Kind).FirstOrDefault(k => k != CampaignChangeKind.Edit, CampaignChangeKind.Edit);
                await notifier.DeliverLocallyAsync(new CampaignChange(campaign.Key, kind, changes.Key));
            }
        }
    }

    private async Task TryAsync(Func<CancellationToken, Task> step, CancellationToken stoppingToken)
    {
        try
        {
            await step(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A busy or unreachable database, or a view that failed to reload: try again on the next tick.
            logger.LogWarning(e, "Reading changes from other instances failed");
        }
    }
}
