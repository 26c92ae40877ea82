using System.Globalization;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// Every <see cref="InboxOptions.ReminderInterval"/>, reminds the heads of units that have not submitted: once when the
/// deadline is <see cref="InboxOptions.ReminderDays"/> days away or nearer, once when it has passed, when the union
/// officers also hear how many units are late. What was sent is
/// stored (<see cref="InboxNotification.OnceKey"/>, unique per person), so a restart or a second instance sends nothing twice.
/// </summary>
public sealed class DeadlineReminder(IDbContextFactory<EmulationDbContext> factory, InboxService inbox,
    IOptions<InboxOptions> options, TimeProvider clock, ILogger<DeadlineReminder> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicRounds.RunAsync(options.Value.ReminderInterval, clock, RoundAsync, logger,
            "Deadline reminders failed; trying again on the next round", stoppingToken);

    private async Task RoundAsync(CancellationToken cancellation)
    {
        var reminded = await RemindAsync(cancellation);
        logger.LogDebug("Deadline reminder round at {At}: {Count} reminded", clock.GetUtcNow(), reminded);
    }

    /// <summary>One round; returns how many people were reminded.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellation = default)
    {
        var today = OfficeTime.Date(clock.GetUtcNow());
        await using var db = await factory.CreateDbContextAsync(cancellation);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Launched || c.Status == CampaignStatus.ResultsOpen)
            .Select(c => new { c.Id, c.Name, c.Status, c.PledgeDeadline, c.ResultsDeadline })
            .ToListAsync(cancellation);
        var ids = campaigns.Select(c => c.Id).ToList();
        var units = (await db.BlocMembers.AsNoTracking().Where(m => ids.Contains(m.CampaignId))
            .Select(m => new { m.CampaignId, m.UnitId }).ToListAsync(cancellation)).ToLookup(m => m.CampaignId, m => m.UnitId);
        var heads = await InboxService.Readers(db).Where(r => r.IsHead && r.UnitId != null).ToListAsync(cancellation);
        var reminded = 0;
        foreach (var campaign in campaigns)
        {
            var (kind, deadline) = campaign.Status == CampaignStatus.Launched
                ? (SubmissionKind.Pledge, campaign.PledgeDeadline)
                : (SubmissionKind.Results, campaign.ResultsDeadline);
            if (deadline is not { } day || (day >= today && day.DayNumber - today.DayNumber > options.Value.ReminderDays))
            {
                continue;
            }

            var notice = day < today ? NotificationKind.DeadlinePassed : NotificationKind.DeadlineSoon;
            var submitted = kind == SubmissionKind.Pledge
                ? await db.Pledges.Where(p => p.CampaignId == campaign.Id && (p.Status == SubmissionStatus.Submitted || p.Status == SubmissionStatus.Accepted))
                    .Select(p => p.UnitId).ToListAsync(cancellation)
                : await db.UnitResults.Where(r => r.CampaignId == campaign.Id && (r.Status == SubmissionStatus.Submitted || r.Status == SubmissionStatus.Accepted))
                    .Select(r => r.UnitId).ToListAsync(cancellation);
            var date = day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var subject = $"{InboxService.SubmissionKindText(kind)} – {campaign.Name}";
            var late = units[campaign.Id].Except(submitted).ToList();
            foreach (var unit in late)
            {
                var readers = heads.Where(h => h.UnitId == unit).ToList();
                var key = $"{notice}:{campaign.Id}:{kind}:{day:yyyy-MM-dd}";
                reminded += await inbox.WriteOnceAsync(db, readers, notice, subject, date, $"campaigns/{campaign.Id}/units/{unit}", key);
            }

            // Past the deadline the union officer hears how many are late, once, to follow them up from the progress page.
            if (notice == NotificationKind.DeadlinePassed && late.Count > 0)
            {
                reminded += await inbox.UnitsLateAsync(db, campaign.Id, kind, day, late.Count);
            }
        }

        return reminded;
    }
}
