using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// Whether a unit's staff records for a year may still be written by its head: not once a yearly campaign of that year
/// the unit takes part in holds them (<see cref="CampaignGates.HoldsStaffYear"/>), unless another such campaign still
/// takes them (its staff tab is open: the year is still being worked on). A year no campaign in the app covers is
/// history the head records; the administrator corrects any year.
/// </summary>
internal static class StaffYears
{
    public const string HeldCode = "staff.year_held";

    public static DomainError Held(int year, string campaign) =>
        new(HeldCode, $"The staff records of {year} were ranked and decided in '{campaign}': they can no longer be changed here.", campaign)
        {
            Facts = DomainError.FactsOf(("year", year)),
        };

    /// <summary>The refusal when a campaign holds the unit's staff records of <paramref name="year"/>; null while they are open.</summary>
    public static async Task<DomainError?> HeldAsync(EmulationDbContext db, int unitId, int year, CancellationToken cancellationToken = default)
    {
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.Year == year && c.Kind == CampaignKind.Yearly && db.BlocMembers.Any(m => m.CampaignId == c.Id && m.UnitId == unitId))
            .Select(c => new
            {
                c.Name,
                c.Status,
                Results = db.UnitResults.Where(r => r.CampaignId == c.Id && r.UnitId == unitId).Select(r => (Domain.Pledges.SubmissionStatus?)r.Status).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return campaigns.Any(c => c.Status.AcceptsEvidence(c.Results))
            ? null
            : campaigns.FirstOrDefault(c => c.Status.HoldsStaffYear(c.Results)) is { } holding ? Held(year, holding.Name) : null;
    }
}
