using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// The titles aimed for in a unit's pledge. They change with the pledge: while the campaign takes pledges and the
/// unit has not submitted it.
/// </summary>
public sealed class PledgedTitleService(IDbContextFactory<EmulationDbContext> factory)
{
    public async Task<PledgedTitles?> GetAsync(Actor actor, int campaignId, int unitId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).SingleOrDefaultAsync();
        if (campaign is null)
        {
            return null;
        }

        var pledgeStatus = await db.Pledges.Where(p => p.CampaignId == campaignId && p.UnitId == unitId)
            .Select(p => (SubmissionStatus?)p.Status).SingleOrDefaultAsync();
        var titles = await db.Set<PledgedTitle>().AsNoTracking()
            .Where(t => t.CampaignId == campaignId && t.UnitId == unitId).ToListAsync();
        var byPerson = titles.Where(t => t.PersonId is not null).ToDictionary(t => t.PersonId!.Value, t => t.Title);
        var people = await db.People.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.FullName)
            .Select(p => new { p.Id, p.FullName, p.Position }).ToListAsync();
        return new PledgedTitles(
            actor.CanEditUnit(unitId) && Editable(campaign.Status, pledgeStatus).IsSuccess,
            [.. titles.Where(t => t.PersonId is null).Select(t => t.Title).Order()],
            [.. people.Select(p => new PledgedPersonRow(p.Id, p.FullName, p.Position, byPerson.TryGetValue(p.Id, out var t) ? t : null))],
            PledgeableTitles.Offered(campaign.OfferedTitles.Select(o => o.Title)));
    }

    /// <summary>
    /// Replaces the unit's registered titles; refuses the lot when one is wrong. The one writer of pledged titles:
    /// the pledge tab calls it by person id, the REST API (<see cref="Campaigns.CampaignSetupService"/>) by person code.
    /// Rows are removed and added through the change tracker, so the audit trail records each one, and a save that
    /// crossed another one for the same unit is refused with <see cref="ConcurrencyErrors.ChangedByOthers"/>.
    /// </summary>
    public async Task<Result> SaveAsync(Actor actor, int campaignId, int unitId, IReadOnlyCollection<Title> unitTitles,
        IReadOnlyDictionary<int, Title> personTitles)
    {
        actor.RequireEditUnit(unitId);
        await using var db = await factory.CreateDbContextAsync(actor);
        var staged = await StageAsync(db, campaignId, unitId, unitTitles, personTitles);
        if (!staged.IsSuccess)
        {
            return staged;
        }

        // Another save for this unit may have removed a row we meant to remove, or added one we meant to add.
        return await ConcurrencyErrors.SaveAsync(db);
    }

    /// <summary>
    /// Checks the titles and stages their rows on <paramref name="db"/> without saving, so that a caller can write
    /// them in the same save as the pledge's targets (<see cref="SubmissionService.SavePledgeAsync"/>).
    /// </summary>
    internal static async Task<Result> StageAsync(EmulationDbContext db, int campaignId, int unitId,
        IReadOnlyCollection<Title> unitTitles, IReadOnlyDictionary<int, Title> personTitles)
    {
        ArgumentNullException.ThrowIfNull(unitTitles);
        ArgumentNullException.ThrowIfNull(personTitles);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).SingleAsync();
        var pledgeStatus = await db.Pledges.Where(p => p.CampaignId == campaignId && p.UnitId == unitId)
            .Select(p => (SubmissionStatus?)p.Status).SingleOrDefaultAsync();
        var editable = Editable(campaign.Status, pledgeStatus);
        if (!editable.IsSuccess)
        {
            return editable;
        }

        if (!await Campaigns.CampaignParticipation.TakesPartAsync(db, campaignId, unitId))
        {
            return Result.Failure(Campaigns.CampaignParticipation.NotTakingPart());
        }

        var members = (await db.People.Where(p => p.UnitId == unitId).Select(p => p.Id).ToListAsync()).ToHashSet();
        var errors = PledgeableTitles.Offered(campaign.OfferedTitles.Select(o => o.Title)).Check(unitTitles, personTitles.Values)
            .Concat(personTitles.Keys.Where(id => !members.Contains(id))
                .Select(id => PledgeErrors.PersonNotInUnit(id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var wanted = unitTitles.Select(t => ((int?)null, t))
            .Concat(personTitles.Select(p => ((int?)p.Key, p.Value)))
            .ToHashSet();
        var stored = await db.Set<PledgedTitle>().Where(t => t.CampaignId == campaignId && t.UnitId == unitId).ToListAsync();
        db.Set<PledgedTitle>().RemoveRange(stored.Where(t => !wanted.Contains((t.PersonId, t.Title))));
        var kept = stored.Select(t => (t.PersonId, t.Title)).ToHashSet();
        db.Set<PledgedTitle>().AddRange(wanted.Where(w => !kept.Contains(w)).Select(w => w.Item1 is { } personId
            ? PledgedTitle.ForPerson(campaignId, unitId, personId, w.Item2)
            : PledgedTitle.ForUnit(campaignId, unitId, w.Item2)));
        return Result.Success();
    }

    private static Result Editable(CampaignStatus campaign, SubmissionStatus? pledge) =>
        !campaign.AcceptsPledges() ? Result.Failure(SubmissionService.CampaignNotOpen("pledges"))
        : pledge is SubmissionStatus.Submitted or SubmissionStatus.Accepted ? Result.Failure(PledgeErrors.NotEditable(pledge.Value))
        : Result.Success();
}
