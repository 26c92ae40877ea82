using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Proposals;
using Emulation.Web.Data;
using Emulation.Web.Services.Consultations;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Campaigns;

/// <summary>
/// A yearly campaign's year end worked back from the day its proposal dossier is due (<see cref="DossierSchedule"/>),
/// for the officer who sets its deadlines, with the warning when its results deadline leaves the dossier no time.
/// </summary>
public sealed class YearEndScheduleService(IDbContextFactory<EmulationDbContext> factory, RuleSetService ruleSets)
{
    /// <summary>
    /// The schedule of <paramref name="campaignId"/>; null when there is no such yearly campaign or when every title it
    /// offers is granted by the agency's head (no dossier goes up). When no rule set is in force for its year the view has
    /// no schedule and says why (<see cref="YearEndScheduleView.Unavailable"/>), so the officer is not left with a blank.
    /// </summary>
    public async Task<YearEndScheduleView?> ForCampaignAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ManageCampaigns);
        await using var db = await factory.CreateDbContextAsync(actor);
        var campaign = await db.Campaigns.AsNoTracking().IgnoreAutoIncludes().Include(c => c.OfferedTitles)
            .SingleOrDefaultAsync(c => c.Id == campaignId);
        if (campaign is not { Kind: CampaignKind.Yearly })
        {
            return null;
        }

        var rules = await ruleSets.ForCampaignAsync(campaign);
        if (!rules.IsSuccess)
        {
            return YearEndScheduleView.Without(rules.Errors[0]);
        }

        var schedule = DossierSchedule.For(campaign.Year, campaign.OfferedTitles.Select(o => o.Title), rules.Value,
            await WorkingCalendarService.DaysOffAsync(db));
        return schedule is null ? null : new YearEndScheduleView(schedule, schedule.Check(campaign.ResultsDeadline));
    }
}

/// <summary>
/// The schedule, and why the campaign's results deadline does not fit it (null when it does); or, with no schedule, why
/// none can be worked out (<see cref="Unavailable"/>: no rule set in force for the campaign's year).
/// </summary>
public sealed record YearEndScheduleView(DossierSchedule? Schedule, DomainError? ResultsTooLate)
{
    public DomainError? Unavailable { get; init; }

    public static YearEndScheduleView Without(DomainError reason) => new(null, null) { Unavailable = reason };
}
