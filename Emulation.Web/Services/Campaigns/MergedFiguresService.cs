using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>
/// A unit formed by merging others, in a campaign it takes part in, with the units it was formed from and how its figures
/// there were last combined (added up where none was recorded, as a merger does by default).
/// </summary>
public sealed record MergedUnitView(int UnitId, string Name, IReadOnlyList<MergedPredecessor> Predecessors, MergeFigures Figures);

public sealed record MergedPredecessor(int UnitId, string Name);

/// <summary>
/// How a merged unit's pledge and results are combined from its predecessors' in a running campaign is the union
/// officer's call (issue 20, item 8): the administrator's merger combines them one way (<see cref="MergeFigures"/>),
/// and the officer may combine them again another way from the campaign's progress page. The predecessors' own figures
/// are never changed, so the choice can be made again until the campaign closes.
/// </summary>
public sealed class MergedFiguresService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    SubmissionNotifier notifier, RefusalLog refusals)
{
    /// <summary>The campaign's units that a merger formed, each with its predecessors.</summary>
    public async Task<IReadOnlyList<MergedUnitView>> MergedUnitsAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var links = await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaignId)
            .Join(db.UnitLineages.Where(l => l.Kind == UnitChangeKind.Merged), m => m.UnitId, l => l.SuccessorId, (m, l) => l)
            .ToListAsync();
        if (links.Count == 0)
        {
            // Most campaigns have no merged unit: nothing more to read for the progress page.
            return [];
        }

        var ids = links.SelectMany(l => new[] { l.SuccessorId, l.PredecessorId }).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name);
        var combined = await db.FiguresCombinations.AsNoTracking().Where(c => c.CampaignId == campaignId)
            .Select(c => new { c.UnitId, c.Choice }).ToDictionaryAsync(c => c.UnitId, c => c.Choice);
        return [.. links.GroupBy(l => l.SuccessorId).OrderBy(g => names[g.Key], StringComparer.Ordinal)
            .Select(g => new MergedUnitView(g.Key, names[g.Key],
                [.. g.OrderBy(l => l.PredecessorId).Select(l => new MergedPredecessor(l.PredecessorId, names[l.PredecessorId]))],
                combined.GetValueOrDefault(g.Key, MergeFigures.Summed)))];
    }

    /// <summary>
    /// Replaces the merged unit's pledge, results and registered titles in the campaign with its predecessors' combined
    /// as <paramref name="figures"/> says; whatever its head entered since the merger is replaced too (the page says so
    /// before asking). Any refusal and nothing changes.
    /// </summary>
    public async Task<Result> RecombineAsync(Actor actor, int campaignId, int unitId, MergeFigures figures)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        ArgumentNullException.ThrowIfNull(figures);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId);
        var sources = await db.UnitLineages.AsNoTracking()
            .Where(l => l.SuccessorId == unitId && l.Kind == UnitChangeKind.Merged).OrderBy(l => l.PredecessorId)
            .Select(l => l.PredecessorId).ToListAsync();
        Result outcome;
        if (campaign is null)
        {
            outcome = Result.Failure(CampaignErrors.NotFound());
        }
        else if (sources.Count == 0 || !await db.BlocMembers.AnyAsync(m => m.CampaignId == campaignId && m.UnitId == unitId))
        {
            outcome = Result.Failure(CampaignReorganization.NotAMerger(unitId));
        }
        else
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            outcome = await CampaignReorganization.RecombineAsync(db, campaign, sources, unitId, figures, actor.UserName,
                clock.GetUtcNow());
            if (outcome.IsSuccess)
            {
                outcome = await notifier.SaveAndPublishAsync(db, new Notifications.CampaignChange(campaignId, CampaignChangeKind.Review),
                    async () =>
                    {
                        var saved = await ConcurrencyErrors.SaveAsync(db);
                        if (saved.IsSuccess)
                        {
                            await transaction.CommitAsync();
                        }

                        return saved;
                    });
            }
        }

        return outcome.IsSuccess
            ? outcome
            : Result.Failure(await refusals.RecordAsync(actor, "campaign", "recombine", outcome.Errors,
                new RefusalScope(campaignId, UnitId: unitId)));
    }
}
