using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>
/// What a merger, split or retirement does to the campaigns that are not closed: the new units take the old ones' places
/// in those campaigns' blocs, the old ones leave (and with them the ranking), and in a running campaign the successor of
/// a merger gets the predecessors' pledge and results combined as chosen (<see cref="MergedFigures"/>), the choice kept
/// with them (<see cref="FiguresCombination"/>). Closed campaigns keep their blocs as they were, so a past ranking never
/// changes. Works on tracked rows; the caller saves.
/// </summary>
internal static class CampaignReorganization
{
    /// <summary>Statuses whose units have pledged (and may have reported): figures follow a merger.</summary>
    private static readonly CampaignStatus[] Running = [CampaignStatus.Launched, CampaignStatus.ResultsOpen, CampaignStatus.Review];

    /// <summary>A merger's choice names a predecessor that is not one of the merged units.</summary>
    public static DomainError FiguresFromUnknownUnit() =>
        new("organization.figures_from_unknown", "The figures must come from one of the merged units.");

    /// <summary>The unit is not one a merger formed out of units of this campaign.</summary>
    public static DomainError NotAMerger(int unitId) =>
        new("campaign.not_a_merger", $"Unit {unitId} was not formed by merging units of this campaign.",
            unitId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Figures are combined only while units pledge and report: after launch and before the campaign closes.</summary>
    public static DomainError FiguresNotRunning(CampaignStatus status) =>
        new("campaign.figures_not_running", $"The campaign is {status}; merged figures are combined only while it runs.",
            status.ToString());

    /// <summary>The ids of the campaigns that are not closed.</summary>
    private static Task<List<int>> OpenCampaignsAsync(EmulationDbContext db) =>
        db.Campaigns.Where(c => c.Status != CampaignStatus.Closed).Select(c => c.Id).ToListAsync();

    /// <summary>
    /// The successor takes the place in each open campaign of the first predecessor (in <paramref name="sources"/>' order)
    /// that had one; combines the figures in running campaigns. Returns the campaigns changed.
    /// </summary>
    public static async Task<Result<IReadOnlyList<int>>> MergeAsync(EmulationDbContext db, IReadOnlyList<int> sources,
        int successor, MergeFigures figures, string by, DateTimeOffset at)
    {
        if (figures.How == FiguresChoice.TakeOne && (figures.FromUnitId is not { } from || !sources.Contains(from)))
        {
            return Result<IReadOnlyList<int>>.Failure(FiguresFromUnknownUnit());
        }

        var placed = await ReplaceMembersAsync(db, sources, [successor]);
        var changed = placed.ToList();
        var running = await db.Campaigns.Where(c => Running.Contains(c.Status)).ToListAsync();
        var errors = new List<DomainError>();
        foreach (var campaign in running)
        {
            var combined = await CombineAsync(db, campaign, sources, successor, figures, by, at);
            errors.AddRange(combined.Errors);
            if (combined.IsSuccess && combined.Value)
            {
                changed.Add(campaign.Id);
            }

            // Where the successor takes part, the officer's progress page starts from the choice made.
            if (placed.Contains(campaign.Id))
            {
                await RecordChoiceAsync(db, campaign.Id, successor, figures);
            }
        }

        return errors.Count > 0
            ? Result<IReadOnlyList<int>>.Failure(errors)
            : Result<IReadOnlyList<int>>.Success([.. changed.Distinct()]);
    }

    /// <summary>
    /// Combines the predecessors' figures again in one running campaign as the union officer now decides: the
    /// successor's pledge, results and registered titles there are replaced by <paramref name="figures"/>' combination
    /// of the predecessors' (which the merger left untouched). The removal is saved here, since the new rows take the
    /// same keys; the caller saves the new rows, inside the transaction it holds.
    /// </summary>
    public static async Task<Result> RecombineAsync(EmulationDbContext db, Campaign campaign, IReadOnlyList<int> sources,
        int successor, MergeFigures figures, string by, DateTimeOffset at)
    {
        if (!Running.Contains(campaign.Status))
        {
            return Result.Failure(FiguresNotRunning(campaign.Status));
        }

        if (figures.How == FiguresChoice.TakeOne && (figures.FromUnitId is not { } from || !sources.Contains(from)))
        {
            return Result.Failure(FiguresFromUnknownUnit());
        }

        db.Pledges.RemoveRange(await db.Pledges.Where(p => p.CampaignId == campaign.Id && p.UnitId == successor).ToListAsync());
        db.UnitResults.RemoveRange(await db.UnitResults.Where(r => r.CampaignId == campaign.Id && r.UnitId == successor).ToListAsync());
        db.Set<PledgedTitle>().RemoveRange(
            await db.Set<PledgedTitle>().Where(t => t.CampaignId == campaign.Id && t.UnitId == successor).ToListAsync());
        // The old rows go first: the new ones take the same (campaign, unit) keys. A head saving meanwhile wins the race.
        var removed = await ConcurrencyErrors.SaveAsync(db);
        if (!removed.IsSuccess)
        {
            return removed;
        }

        var combined = await CombineAsync(db, campaign, sources, successor, figures, by, at);
        await RecordChoiceAsync(db, campaign.Id, successor, figures);
        return combined.IsSuccess ? Result.Success() : Result.Failure(combined.Errors);
    }

    /// <summary>The choice the successor's figures in the campaign were combined by, in place of any earlier one.</summary>
    private static async Task RecordChoiceAsync(EmulationDbContext db, int campaignId, int successor, MergeFigures figures)
    {
        if (await db.FiguresCombinations.SingleOrDefaultAsync(c => c.CampaignId == campaignId && c.UnitId == successor) is { } recorded)
        {
            recorded.Change(figures);
        }
        else
        {
            db.FiguresCombinations.Add(FiguresCombination.Record(campaignId, successor, figures));
        }
    }

    /// <summary>The parts of a split take the old unit's bloc in each open campaign; it leaves. Returns the campaigns changed.</summary>
    public static Task<List<int>> SplitAsync(EmulationDbContext db, int source, IReadOnlyList<int> parts) =>
        ReplaceMembersAsync(db, [source], parts);

    /// <summary>A retired unit leaves every open campaign's blocs. Returns the campaigns changed.</summary>
    public static Task<List<int>> RetireAsync(EmulationDbContext db, int unit) => ReplaceMembersAsync(db, [unit], []);

    private static async Task<List<int>> ReplaceMembersAsync(EmulationDbContext db, IReadOnlyList<int> leaving,
        IReadOnlyList<int> arriving)
    {
        var open = await OpenCampaignsAsync(db);
        var members = await db.BlocMembers.Where(m => open.Contains(m.CampaignId) && leaving.Contains(m.UnitId)).ToListAsync();
        foreach (var campaign in members.GroupBy(m => m.CampaignId))
        {
            var first = campaign.OrderBy(m => IndexOf(leaving, m.UnitId)).First();
            db.BlocMembers.AddRange(arriving.Select(unit => BlocMember.Create(campaign.Key, first.BlocId, unit)));
        }

        db.BlocMembers.RemoveRange(members);
        return [.. members.Select(m => m.CampaignId).Distinct()];
    }

    private static int IndexOf(IReadOnlyList<int> list, int item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The successor's pledge, registered titles and results in one running campaign; false when there was nothing.</summary>
    private static async Task<Result<bool>> CombineAsync(EmulationDbContext db, Campaign campaign, IReadOnlyList<int> sources,
        int successor, MergeFigures figures, string by, DateTimeOffset at)
    {
        var taken = figures.How == FiguresChoice.TakeOne ? [figures.FromUnitId!.Value] : sources;
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaign.Id && taken.Contains(p.UnitId)).ToListAsync();
        var results = await db.UnitResults.AsNoTracking().Where(r => r.CampaignId == campaign.Id && taken.Contains(r.UnitId)).ToListAsync();
        var errors = new List<DomainError>();
        if (pledges.Count > 0)
        {
            var pledge = Pledge.Start(campaign.Id, successor);
            var targets = MergedFigures.Combine(campaign.Criteria,
                pledges.GroupBy(p => p.UnitId).ToDictionary(g => g.Key,
                    g => (IReadOnlyDictionary<string, decimal>)g.First().Targets.ToDictionary(t => t.CriterionCode, t => t.Target)), figures);
            var set = pledge.SetTargets(campaign.Criteria, targets);
            errors.AddRange(set.Errors);
            pledge.CarryOver(MergedFigures.CombinedStatus([.. pledges.Select(p => p.Status)]), by, at);
            db.Pledges.Add(pledge);
        }

        if (results.Count > 0)
        {
            var result = UnitResult.Start(campaign.Id, successor);
            var values = MergedFigures.Combine(campaign.Criteria,
                results.GroupBy(r => r.UnitId).ToDictionary(g => g.Key,
                    g => (IReadOnlyDictionary<string, decimal>)g.First().Values.ToDictionary(v => v.CriterionCode, v => v.Value)), figures);
            var recorded = result.Record(campaign.Criteria, values);
            errors.AddRange(recorded.Errors);
            result.CarryOver(MergedFigures.CombinedStatus([.. results.Select(r => r.Status)]), by, at);
            db.UnitResults.Add(result);
        }

        // People moved to the successor with their registered titles; the unit's own titles are those every predecessor
        // taken registered (all of them for one).
        var titles = await db.Set<PledgedTitle>().Where(t => t.CampaignId == campaign.Id && sources.Contains(t.UnitId)).ToListAsync();
        var personal = titles.Where(t => t.PersonId != null).ToList();
        var collective = titles.Where(t => t.PersonId == null && taken.Contains(t.UnitId)).GroupBy(t => t.Title)
            .Where(g => g.Select(t => t.UnitId).Distinct().Count() == taken.Count).Select(g => g.Key).ToList();
        db.Set<PledgedTitle>().AddRange(personal.Select(t => PledgedTitle.ForPerson(campaign.Id, successor, t.PersonId!.Value, t.Title)));
        db.Set<PledgedTitle>().AddRange(collective.Select(t => PledgedTitle.ForUnit(campaign.Id, successor, t)));
        return errors.Count > 0
            ? Result<bool>.Failure(errors)
            : Result<bool>.Success(pledges.Count > 0 || results.Count > 0 || titles.Count > 0);
    }
}
