using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.EvidenceFiles;

/// <summary>
/// Evidence files (minh chứng) attached to a unit's results: the unit's head adds and removes them while the results
/// can be edited; everyone who may see the unit lists and downloads them.
/// </summary>
public sealed class EvidenceService(
    IDbContextFactory<EmulationDbContext> factory,
    EvidenceStore store,
    IOptions<EvidenceOptions> options,
    TimeProvider clock,
    ILogger<EvidenceService> logger)
{
    private const int ChunkBytes = 81920;

    public long MaxBytes => options.Value.EvidenceMaxBytes;

    /// <summary>
    /// Reads at most one byte more than the limit from <paramref name="content"/>, checks what the bytes are, then
    /// stores the file and records it. Either both are kept or neither is.
    /// </summary>
    public async Task<Result<int>> UploadAsync(Actor actor, int campaignId, int unitId, string? criterionCode,
        string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        actor.RequireEditUnit(unitId);
        ArgumentNullException.ThrowIfNull(content);
        // Opened as the actor: the audit trail names the uploader, and another agency's campaign is not found.
        await using var db = await factory.CreateDbContextAsync(actor, cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return Result<int>.Failure(EvidenceErrors.NotFound());
        }

        var results = await db.UnitResults.AsNoTracking()
            .SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.UnitId == unitId, cancellationToken);
        var editable = Evidence.CheckEditable(campaign.Status, results);
        if (!editable.IsSuccess)
        {
            return Result<int>.Failure(editable.Errors);
        }

        if (!await Campaigns.CampaignParticipation.TakesPartAsync(db, campaignId, unitId, cancellationToken))
        {
            return Result<int>.Failure(Campaigns.CampaignParticipation.NotTakingPart());
        }

        var bytes = await ReadAtMostAsync(content, MaxBytes + 1, cancellationToken);
        var key = EvidenceStore.NewKey();
        var attached = Evidence.Attach(campaign, unitId, results, criterionCode, fileName,
            EvidenceSniffer.Detect(bytes), bytes.Count, MaxBytes, key, actor.UserName, clock.GetUtcNow());
        if (!attached.IsSuccess)
        {
            return Result<int>.Failure(attached.Errors);
        }

        await store.WriteAsync(key, bytes, cancellationToken);
        try
        {
            db.Evidence.Add(attached.Value);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-saved: without its row the file would be an orphan nobody can see or delete.
            store.Delete(key);
            throw;
        }

        logger.LogInformation("{User} attached evidence {Id} ({Size} bytes) to unit {Unit} in campaign {Campaign}",
            actor.UserName, attached.Value.Id, bytes.Count, unitId, campaignId);
        return Result<int>.Success(attached.Value.Id);
    }

    /// <summary>The unit's files in the campaign, or null when the campaign or unit does not exist.</summary>
    /// <summary>The unit's files and whether the caller may change them now: one query.</summary>
    public async Task<EvidenceFolder?> ListAsync(Actor actor, int campaignId, int unitId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);
        var found = await db.Units.AsNoTracking()
            .Where(u => u.Id == unitId)
            .Select(u => new
            {
                CampaignStatus = db.Campaigns.Where(c => c.Id == campaignId).Select(c => (CampaignStatus?)c.Status).FirstOrDefault(),
                ResultsStatus = db.UnitResults.Where(r => r.CampaignId == campaignId && r.UnitId == u.Id)
                    .Select(r => (SubmissionStatus?)r.Status).FirstOrDefault(),
                Files = db.Evidence
                    .Where(e => e.CampaignId == campaignId && e.UnitId == u.Id)
                    .OrderBy(e => e.Id)
                    .Select(e => new EvidenceItem(e.Id, e.CriterionCode, e.FileName, e.ContentType, e.SizeBytes,
                        e.UploadedBy, e.UploadedAt))
                    .ToList(),
            })
            .SingleOrDefaultAsync();
        if (found?.CampaignStatus is not { } campaignStatus)
        {
            return null;
        }

        var canChange = actor.CanEditUnit(unitId) && Evidence.CheckEditable(campaignStatus, found.ResultsStatus).IsSuccess &&
            await Campaigns.CampaignParticipation.TakesPartAsync(db, campaignId, unitId);
        return new EvidenceFolder(canChange, MaxBytes, await EvidenceUploaders.NamedAsync(db, found.Files));
    }

    /// <summary>
    /// Removes the row, then (once that committed) the file; a file whose removal fails is an unreachable leftover
    /// until <see cref="EvidenceOrphanSweeper"/> finds it.
    /// </summary>
    public async Task<Result> DeleteAsync(Actor actor, int evidenceId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var evidence = await db.Evidence.SingleOrDefaultAsync(e => e.Id == evidenceId);
        if (evidence is null || !actor.CanSeeUnit(db, evidence.UnitId))
        {
            // Another unit's file is, to a head, the same as one that does not exist.
            actor.RequirePolicy(Policies.EnterUnitResults);
            return Result.Failure(EvidenceErrors.NotFound());
        }

        actor.RequireEditUnit(evidence.UnitId);
        var status = await db.Campaigns.Where(c => c.Id == evidence.CampaignId).Select(c => c.Status).SingleAsync();
        var results = await db.UnitResults.AsNoTracking()
            .SingleOrDefaultAsync(r => r.CampaignId == evidence.CampaignId && r.UnitId == evidence.UnitId);
        var removable = evidence.CanBeRemoved(status, results);
        if (!removable.IsSuccess)
        {
            return removable;
        }

        db.Evidence.Remove(evidence);
        // Removed by someone else since it was read: the file is theirs to remove, this removal is told so.
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false } lost)
        {
            return lost;
        }

        try
        {
            store.Delete(evidence.StorageKey);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // EvidenceOrphanSweeper tries again later.
            logger.LogWarning(e, "Evidence {Id} was removed but its file {Key} was not", evidenceId, evidence.StorageKey);
        }

        return Result.Success();
    }

    /// <summary>
    /// The file for download, or null when there is no such evidence that the caller may see (another unit's is the
    /// same to a head as one that does not exist), or its file is gone.
    /// </summary>
    public async Task<EvidenceDownload?> OpenAsync(Actor actor, int evidenceId)
    {
        // Signed-in users only, even to learn that an id does not exist.
        actor.RequirePolicy(Policies.SignedInWithRole);
        EvidenceItemKey? found;
        await using (var db = await factory.CreateDbContextAsync(actor))
        {
            found = await db.Evidence.AsNoTracking().Where(e => e.Id == evidenceId)
                .Select(e => new EvidenceItemKey(e.UnitId, e.FileName, e.ContentType, e.StorageKey))
                .SingleOrDefaultAsync();
            if (found is null || !actor.CanSeeUnit(db, found.UnitId))
            {
                return null;
            }
        }

        return store.OpenRead(found.StorageKey) is { } stream
            ? new EvidenceDownload(Evidence.DownloadName(found.FileName, found.ContentType), found.ContentType, stream)
            : null;
    }

    /// <summary>The whole stream when it has at most <paramref name="limit"/> bytes, else its first <paramref name="limit"/>.</summary>
    internal static async Task<ArraySegment<byte>> ReadAtMostAsync(Stream content, long limit,
        CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        while (buffer.Length < limit)
        {
            var wanted = (int)Math.Min(chunk.Length, limit - buffer.Length);
            var read = await content.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private sealed record EvidenceItemKey(int UnitId, string FileName, string ContentType, string StorageKey);
}
