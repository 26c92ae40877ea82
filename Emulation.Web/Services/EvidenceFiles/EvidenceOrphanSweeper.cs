using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.EvidenceFiles;

/// <summary>
/// Deletes stored evidence files whose row is gone, every <see cref="EvidenceOptions.EvidenceSweepInterval"/>. Removing
/// one file through <see cref="EvidenceService.DeleteAsync"/> deletes it right after the row; this catches the rest:
/// rows the database removed with their campaign (cascade), and files whose deletion failed. It reads the rows first and
/// only removes files older than <see cref="EvidenceOptions.EvidenceOrphanAge"/>, so a file is only ever removed after
/// the change that dropped its row committed, and never while its upload is still saving the row.
/// </summary>
public sealed class EvidenceOrphanSweeper(IDbContextFactory<EmulationDbContext> factory, EvidenceStore store,
    IOptions<EvidenceOptions> options, TimeProvider clock, ILogger<EvidenceOrphanSweeper> logger) : BackgroundService
{
    /// <summary>Deletes the orphaned files old enough to be sure of; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.EvidenceOrphanAge;
        HashSet<string> recorded;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            recorded = (await db.Evidence.AsNoTracking().Select(e => e.StorageKey)
                    .Concat(db.SuddenEvidence.AsNoTracking().Select(e => e.StorageKey)).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
        }

        var removed = 0;
        foreach (var (key, writtenAt) in store.List())
        {
            if (writtenAt >= cutoff || recorded.Contains(key))
            {
                continue;
            }

            try
            {
                store.Delete(key);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Evidence file {Key} has no row but could not be removed", key);
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} evidence files whose rows were gone", removed);
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvidenceSweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Looking for evidence files without rows failed; trying again next time");
            }
        }
    }
}
