using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// Where one member of a bloc stands in a campaign, as the review dashboard counts its progress: a pledge made, results
/// submitted (or accepted), results accepted. Kept per unit with the evaluation, so that a reload of some units counts
/// only those again (<see cref="WithUnitsReadAgainAsync"/>).
/// </summary>
public sealed record MemberProgress(int BlocId, int UnitId, bool Pledged, bool Submitted, bool Accepted)
{
    /// <summary>Every bloc member of the campaign, or only those among <paramref name="unitIds"/>: one query.</summary>
    public static async Task<IReadOnlyList<MemberProgress>> ReadAsync(EmulationDbContext db, int campaignId,
        IReadOnlyCollection<int>? unitIds = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaignId);
        if (unitIds is not null)
        {
            members = members.Where(m => unitIds.Contains(m.UnitId));
        }

        return await members
            .Select(m => new MemberProgress(m.BlocId, m.UnitId,
                db.Pledges.Any(p => p.CampaignId == campaignId && p.UnitId == m.UnitId),
                db.UnitResults.Any(r => r.CampaignId == campaignId && r.UnitId == m.UnitId &&
                    (r.Status == SubmissionStatus.Submitted || r.Status == SubmissionStatus.Accepted)),
                db.UnitResults.Any(r => r.CampaignId == campaignId && r.UnitId == m.UnitId &&
                    r.Status == SubmissionStatus.Accepted)))
            .ToListAsync();
    }

    /// <summary><paramref name="kept"/> with the members among <paramref name="unitIds"/> read again.</summary>
    public static async Task<IReadOnlyList<MemberProgress>> WithUnitsReadAgainAsync(EmulationDbContext db, int campaignId,
        IReadOnlyList<MemberProgress> kept, IReadOnlyCollection<int> unitIds)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(unitIds);
        var again = await ReadAsync(db, campaignId, unitIds);
        var changed = unitIds.ToHashSet();
        return [.. kept.Where(u => !changed.Contains(u.UnitId)), .. again];
    }

    /// <summary>Each bloc's members, pledges, results submitted and accepted, by bloc id; blocs named by <paramref name="blocName"/>.</summary>
    public static IEnumerable<BlocProgress> ByBloc(IEnumerable<MemberProgress> units, Func<int?, string> blocName) =>
        units.GroupBy(u => u.BlocId).OrderBy(g => g.Key).Select(g => new BlocProgress(g.Key, blocName(g.Key), g.Count(),
            g.Count(u => u.Pledged), g.Count(u => u.Submitted), g.Count(u => u.Accepted)));
}
