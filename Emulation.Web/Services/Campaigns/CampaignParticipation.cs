using Emulation.Domain.Common;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>
/// Which units take part in a campaign: those its blocs group (khối thi đua), as the launch, the progress board and the
/// ranking count them. A unit of the agency left out of every bloc is not ranked, so it neither pledges, nor reports
/// results, nor attaches evidence in that campaign; the officer adds it to a bloc first (before launch) if it should.
/// </summary>
public static class CampaignParticipation
{
    public const string NotTakingPartCode = "campaign.unit_not_in_blocs";

    public static DomainError NotTakingPart() =>
        new(NotTakingPartCode, "The unit is in none of the campaign's blocs: it does not take part in the campaign.");

    public static Task<bool> TakesPartAsync(EmulationDbContext db, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.BlocMembers.AnyAsync(m => m.CampaignId == campaignId && m.UnitId == unitId, cancellationToken);
    }

    /// <summary>Those of <paramref name="campaignIds"/> whose blocs hold the unit <paramref name="unitId"/>.</summary>
    public static async Task<HashSet<int>> TakenPartInAsync(EmulationDbContext db, int unitId, IReadOnlyCollection<int> campaignIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. await db.BlocMembers.AsNoTracking()
            .Where(m => m.UnitId == unitId && campaignIds.Contains(m.CampaignId))
            .Select(m => m.CampaignId).Distinct().ToListAsync(cancellationToken)];
    }
}
