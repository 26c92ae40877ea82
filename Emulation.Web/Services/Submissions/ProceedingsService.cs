using Emulation.Domain.Common;
using Emulation.Domain.Results;
using Emulation.Web.Data;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// The union officer, reviewing a unit, records that it is under inspection or that a complaint or denunciation about
/// it is being handled in the campaign's year, and clears it once settled (Decree 152/2025 Art. 4(4)): meanwhile the
/// evaluation defers the unit's titles. Those who follow the campaign read it; a unit's head never sets their own.
/// </summary>
public sealed class ProceedingsService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock, SubmissionNotifier notifier)
{
    public static DomainError NotFound(int campaignId) =>
        new("proceedings.campaign_not_found", $"There is no campaign {campaignId}.");

    public async Task<UnitProceedingsView?> GetAsync(Actor actor, int campaignId, int unitId)
    {
        actor.RequirePolicy(Policies.FollowProgress);
        await using var db = await factory.CreateDbContextAsync(actor);
        var year = await YearOfAsync(db, campaignId, unitId);
        if (year is null)
        {
            return null;
        }

        var recorded = await db.UnitProceedings.AsNoTracking().Where(p => p.UnitId == unitId && p.Year == year)
            .Select(p => new RecordedProceedings(p.Text, p.Since, p.RecordedBy, p.RecordedAt,
                EF.Property<Guid>(p, EmulationDbContext.VersionProperty)))
            .SingleOrDefaultAsync();
        return new UnitProceedingsView(year.Value, recorded, MayRecord(actor, unitId));
    }

    /// <summary>
    /// Records the proceedings, or rewrites them; <paramref name="versionRead"/> is the version the caller read (null:
    /// there were none), and someone else's change since is refused. The version saved is the answer.
    /// </summary>
    public async Task<Result<Guid>> RecordAsync(Actor actor, int campaignId, int unitId, string text, DateOnly since, Guid? versionRead)
    {
        RequireRecord(actor, unitId);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await YearOfAsync(db, campaignId, unitId) is not { } year)
        {
            return Result<Guid>.Failure(NotFound(campaignId));
        }

        var proceedings = await db.UnitProceedings.SingleOrDefaultAsync(p => p.UnitId == unitId && p.Year == year);
        Result outcome;
        if (proceedings is null)
        {
            if (versionRead is not null)
            {
                // Cleared by someone else since the caller read them.
                return Result<Guid>.Failure(ConcurrencyErrors.ChangedByOthers());
            }

            var recorded = UnitProceedings.Record(unitId, year, text, since, actor.UserName, clock.GetUtcNow());
            if (!recorded.IsSuccess)
            {
                return Result<Guid>.Failure(recorded.Errors);
            }

            proceedings = recorded.Value;
            db.UnitProceedings.Add(proceedings);
            outcome = Result.Success();
        }
        else
        {
            // Read with none, the ones recorded since clash with this.
            db.BumpVersion(proceedings, versionRead ?? Guid.Empty);
            outcome = proceedings.Amend(text, since, actor.UserName, clock.GetUtcNow());
        }

        var saved = await SaveAndNotifyAsync(db, outcome, campaignId, unitId);
        return saved.IsSuccess
            ? Result<Guid>.Success((Guid)db.Entry(proceedings).Property(EmulationDbContext.VersionProperty).CurrentValue!)
            : Result<Guid>.Failure(saved.Errors);
    }

    /// <summary>Clears the proceedings once settled: the unit's titles are evaluated again.</summary>
    public async Task<Result> ClearAsync(Actor actor, int campaignId, int unitId, Guid versionRead)
    {
        RequireRecord(actor, unitId);
        await using var db = await factory.CreateDbContextAsync(actor);
        if (await YearOfAsync(db, campaignId, unitId) is not { } year)
        {
            return Result.Failure(NotFound(campaignId));
        }

        var existing = await db.UnitProceedings.SingleOrDefaultAsync(p => p.UnitId == unitId && p.Year == year);
        if (existing is null)
        {
            return Result.Failure(ConcurrencyErrors.ChangedByOthers());
        }

        // Removed through the change tracker with the version read, so the audit trail records it and a change made
        // since is refused.
        db.BumpVersion(existing, versionRead);
        db.UnitProceedings.Remove(existing);
        return await SaveAndNotifyAsync(db, Result.Success(), campaignId, unitId);
    }

    private static bool MayRecord(Actor actor, int unitId) => actor.Can(Policies.ManageCampaigns) && !actor.CanEditUnit(unitId);

    private static void RequireRecord(Actor actor, int unitId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        if (actor.CanEditUnit(unitId))
        {
            throw new AccessDeniedException($"{actor.UserName} may not record proceedings about their own unit {unitId}.");
        }
    }

    /// <summary>
    /// The campaign's year, when the campaign exists and <paramref name="unitId"/> is a unit of its agency: another
    /// agency's officer, on their own campaign's pages, reaches nothing of this agency's units by their ids.
    /// </summary>
    private static async Task<int?> YearOfAsync(EmulationDbContext db, int campaignId, int unitId)
    {
        var campaign = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => new { c.Year, c.AgencyId }).SingleOrDefaultAsync();
        return campaign is not null && await (await OrganizationScope.UnitsOfAgencyAsync(db, campaign.AgencyId)).AnyAsync(u => u.Id == unitId)
            ? campaign.Year
            : null;
    }

    /// <summary>
    /// Saves and announces the change in one transaction, as a pledge's save does. Nothing but this unit's input changed:
    /// the evaluation reads it again, progress views keep theirs.
    /// </summary>
    private Task<Result> SaveAndNotifyAsync(EmulationDbContext db, Result outcome, int campaignId, int unitId) =>
        outcome.IsSuccess
            ? notifier.SaveAndPublishAsync(db, new CampaignChange(campaignId, CampaignChangeKind.Edit, unitId),
                () => ConcurrencyErrors.SaveAsync(db))
            : Task.FromResult(outcome);
}
