using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>Reads and copies the blocs each campaign keeps for itself.</summary>
internal static class BlocsOfCampaigns
{
    /// <summary>
    /// Each unit's bloc in the latest campaign that has blocs (by year, then the latest created): what the organisation
    /// and the units list show as "its bloc".
    /// </summary>
    public static async Task<Dictionary<int, Bloc>> LatestByUnitAsync(EmulationDbContext db)
    {
        var latest = await LatestWithBlocsAsync(db, exceptCampaignId: null);
        if (latest is not { } id)
        {
            return [];
        }

        var blocs = await db.Blocs.AsNoTracking().Where(b => b.CampaignId == id).ToDictionaryAsync(b => b.Id);
        return await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == id)
            .ToDictionaryAsync(m => m.UnitId, m => blocs[m.BlocId]);
    }

    private static Task<int?> LatestWithBlocsAsync(EmulationDbContext db, int? exceptCampaignId, IQueryable<Campaign>? among = null) =>
        db.Blocs.AsNoTracking().Where(b => b.CampaignId != exceptCampaignId)
            .Join(among ?? db.Campaigns, b => b.CampaignId, c => c.Id, (b, c) => new { c.Id, c.Year })
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync();

    /// <summary>
    /// Copies the blocs of the latest other campaign of the same agency that has any (by year, then the latest created), with those of its
    /// units that are still active; the first campaign of an organisation starts with one bloc of every active unit,
    /// which the officer divides in the designer before launch.
    /// A copy of a campaign (<paramref name="copiedFrom"/>) takes the blocs of the campaign it copies, when it has any.
    /// The campaign must be saved (it has its id); the copies are added to <paramref name="db"/> and saved.
    /// </summary>
    public static async Task FromPreviousAsync(EmulationDbContext db, Campaign campaign, int? copiedFrom = null)
    {
        var previous = copiedFrom is { } source && await db.Blocs.AnyAsync(b => b.CampaignId == source)
            ? source
            : await LatestWithBlocsAsync(db, campaign.Id, db.Campaigns.Where(c => c.AgencyId == campaign.AgencyId));
        if (previous is not { } from)
        {
            await OneBlocOfEveryUnitAsync(db, campaign);
            return;
        }

        var blocs = await db.Blocs.AsNoTracking().Where(b => b.CampaignId == from).OrderBy(b => b.Id).ToListAsync();
        var copies = blocs.ToDictionary(b => b.Id, b => b.CopyFor(campaign.Id));
        db.Blocs.AddRange(copies.Values);
        await db.SaveChangesAsync();
        var members = await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == from)
            .Join(db.Units.Where(u => u.ClosedOn == null), m => m.UnitId, u => u.Id, (m, _) => m).ToListAsync();
        db.BlocMembers.AddRange(members.Select(m => BlocMember.Create(campaign.Id, copies[m.BlocId].Id, m.UnitId)));
        await db.SaveChangesAsync();
    }

    private static async Task OneBlocOfEveryUnitAsync(EmulationDbContext db, Campaign campaign)
    {
        // The receiving board is no unit of the agency: never ranked; nor is another agency's unit.
        var units = await (await OrganizationScope.UnitsOfAgencyAsync(db, campaign.AgencyId)).AsNoTracking().Where(u => u.ClosedOn == null && u.Kind != UnitKind.ReceivingBoard)
            .Select(u => u.Id).ToListAsync();
        if (units.Count == 0)
        {
            return;
        }

        var bloc = Bloc.Create(campaign.Id, FirstBlocName);
        db.Blocs.Add(bloc);
        await db.SaveChangesAsync();
        db.BlocMembers.AddRange(units.Select(u => BlocMember.Create(campaign.Id, bloc.Id, u)));
        await db.SaveChangesAsync();
    }

    /// <summary>The name of a first campaign's single bloc: data the officer renames, so in the office's language.</summary>
    private const string FirstBlocName = "Khối các đơn vị";
}
