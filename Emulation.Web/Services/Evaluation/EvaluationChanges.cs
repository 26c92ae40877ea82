using Emulation.Web.Data;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// Reports a saved write that campaigns' evaluations read (<see cref="EvaluationInputLoader"/>) through the
/// <see cref="SubmissionNotifier"/>, as a <see cref="CampaignChangeKind.Edit"/> of each campaign it reaches, so the
/// review dashboard shows it at once instead of after <see cref="EvaluationSnapshots.Lifetime"/>. Each method says
/// which campaigns a kind of write reaches; the caller reports after its save succeeded.
/// </summary>
internal static class EvaluationChanges
{
    /// <summary>The campaigns' own design (criteria, titles and quotas, blocs, steps).</summary>
    public static async Task CampaignsChangedAsync(this SubmissionNotifier notifier, IEnumerable<int> campaignIds)
    {
        foreach (var campaignId in campaignIds.Distinct())
        {
            await notifier.PublishAsync(campaignId, CampaignChangeKind.Edit);
        }
    }

    /// <summary>
    /// Records of <paramref name="years"/> (staff ratings, initiatives, units' ratings, awards and their revocation):
    /// each year's campaigns and the later ones whose history (<see cref="EvaluationInputLoader.HistoryYears"/>) covers it.
    /// </summary>
    public static async Task YearsChangedAsync(this SubmissionNotifier notifier, IDbContextFactory<EmulationDbContext> factory,
        IEnumerable<int> years)
    {
        var changed = years.Distinct().ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var first = changed.Min();
        var last = changed.Max() + EvaluationInputLoader.HistoryYears;
        await using var db = await factory.CreateDbContextAsync();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Year >= first && c.Year < last)
            .Select(c => new { c.Id, c.Year }).ToListAsync();
        await notifier.CampaignsChangedAsync(campaigns
            .Where(c => changed.Any(y => c.Year >= y && c.Year < y + EvaluationInputLoader.HistoryYears)).Select(c => c.Id));
    }

    /// <summary>
    /// A unit's name or people (who belongs to it, their names, gender, recruitment): the campaigns it pledged in, whose
    /// evaluation lists it and its people.
    /// </summary>
    public static async Task UnitsChangedAsync(this SubmissionNotifier notifier, IDbContextFactory<EmulationDbContext> factory,
        IEnumerable<int> unitIds)
    {
        var units = unitIds.Distinct().ToList();
        await using var db = await factory.CreateDbContextAsync();
        var campaigns = await db.Pledges.AsNoTracking().Where(p => units.Contains(p.UnitId))
            .Select(p => p.CampaignId).Distinct().ToListAsync();
        await notifier.CampaignsChangedAsync(campaigns);
    }

    /// <summary>Something every campaign's evaluation may read (a rule set in force).</summary>
    public static async Task EveryCampaignChangedAsync(this SubmissionNotifier notifier, IDbContextFactory<EmulationDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        await notifier.CampaignsChangedAsync(await db.Campaigns.AsNoTracking().Select(c => c.Id).ToListAsync());
    }
}
