using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Inbox;

/// <summary>The yearly campaign's steps: launch, pledges and results sent and reviewed, the move to review.</summary>
public sealed partial class InboxService
{
    /// <summary>The unit's heads: the officer accepted or returned its pledge or results; the link opens that tab of the workspace.</summary>
    internal Task SubmissionReviewedAsync(int campaignId, int unitId, SubmissionKind kind, string? returnReason) =>
        SafelyAsync(async db =>
        {
            var campaign = await CampaignNameAsync(db, campaignId);
            var heads = await Readers(db).Where(u => u.UnitId == unitId && u.IsHead).ToListAsync();
            var subject = $"{SubmissionKindText(kind)} – {campaign}";
            var notice = returnReason is null ? NotificationKind.SubmissionAccepted : NotificationKind.SubmissionReturned;
            await WriteAsync(db, heads, notice, subject, returnReason,
                WorkspaceLink(campaignId, unitId, kind == SubmissionKind.Results ? "results" : "pledge"));
        });

    /// <summary>
    /// The union officers of the unit's agency: a unit submitted its pledge or results, which wait for their review on the
    /// progress page (<paramref name="at"/>: when, for a submission made before its readers had accounts).
    /// </summary>
    internal Task SubmissionReceivedAsync(int campaignId, int unitId, SubmissionKind kind, DateTimeOffset? at = null) =>
        SafelyAsync(async db =>
        {
            var campaign = await CampaignNameAsync(db, campaignId);
            var unit = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync();
            var subject = $"{SubmissionKindText(kind)} – {unit}";
            var officers = await ReadersWithinAsync(db, NotificationKind.SubmissionReceived, unitId);
            await WriteAsync(db, officers, NotificationKind.SubmissionReceived, subject, campaign,
                $"campaigns/{campaignId}/progress", at: at);
        });

    /// <summary>
    /// The heads of every open unit the launch reached: their unit's pledge is due by the pledge deadline; and, when the
    /// campaign offers titles one pledges oneself, the staff of those units: their own pledge is open
    /// (<paramref name="at"/>: when, for a launch made before its readers had accounts).
    /// </summary>
    internal Task CampaignLaunchedAsync(int campaignId, DateTimeOffset? at = null) =>
        SafelyAsync(async db =>
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
            var units = await UnitsTakingPart(db, campaignId).ToListAsync();
            var deadline = DateText(campaign.PledgeDeadline);
            await WriteAsync(db, await HeadsAtTabAsync(db, campaignId, units, "pledge"),
                NotificationKind.CampaignLaunched, campaign.Name, deadline, at: at);
            if (PersonalPledge.ChoicesIn(campaign).Count == 0)
            {
                return;
            }

            // Staff sign in as their person, whose unit is where they work (their account carries no unit).
            var staff = await Readers(db).Where(r => r.IsStaff && db.People.Any(p =>
                p.Id == r.PersonId && p.LeftOn == null && units.Contains(p.UnitId))).ToListAsync();
            await WriteAsync(db, staff, NotificationKind.PersonalPledgeOpened, campaign.Name, deadline, "me/pledge", at: at);
        });

    /// <summary>The heads of every open unit taking part: their unit's results are due by the results deadline.</summary>
    internal Task ResultsOpenedAsync(int campaignId) =>
        SafelyAsync(async db =>
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
            var units = await UnitsTakingPart(db, campaignId).ToListAsync();
            await WriteAsync(db, await HeadsAtTabAsync(db, campaignId, units, "results"),
                NotificationKind.ResultsOpened, campaign.Name, DateText(campaign.ResultsDeadline));
        });

    /// <summary>
    /// The council members and the leadership of the campaign's agency: the campaign moved to review, so its scores,
    /// ranking and recommended titles are there to read before the council meets.
    /// </summary>
    internal Task EvaluationReadyAsync(int campaignId) =>
        SafelyAsync(async db =>
        {
            var campaign = await CampaignNameAsync(db, campaignId);
            var readers = await ReadersWithinAsync(db, NotificationKind.EvaluationReady,
                await UnitOfCampaignAsync(db, campaignId));
            await WriteAsync(db, readers, NotificationKind.EvaluationReady, campaign, null,
                $"evaluation/{campaignId}");
        });

    /// <summary>
    /// The union officers of the campaign's agency, once per deadline: it passed with <paramref name="late"/> units not
    /// submitted, whom the progress page lists.
    /// </summary>
    internal async Task<int> UnitsLateAsync(EmulationDbContext db, int campaignId, SubmissionKind kind, DateOnly deadline,
        int late)
    {
        var campaign = await CampaignNameAsync(db, campaignId);
        var officers = await ReadersWithinAsync(db, NotificationKind.UnitsLate,
            await UnitOfCampaignAsync(db, campaignId));
        var subject = $"{SubmissionKindText(kind)} – {campaign}";
        return await WriteOnceAsync(db, officers, NotificationKind.UnitsLate, subject,
            late.ToString(System.Globalization.CultureInfo.InvariantCulture), $"campaigns/{campaignId}/progress",
            $"{NotificationKind.UnitsLate}:{campaignId}:{kind}:{deadline:yyyy-MM-dd}");
    }

    /// <summary>The campaign's name, which most notices carry.</summary>
    private static Task<string> CampaignNameAsync(EmulationDbContext db, int campaignId) =>
        db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync();

    /// <summary>"Đăng ký thi đua" or "Báo cáo kết quả": which of the unit's submissions a notice is about.</summary>
    internal static string SubmissionKindText(SubmissionKind kind) =>
        InboxText.Format($"Enum.SubmissionKind.{kind}", InboxText.Vietnamese);

    /// <summary>
    /// The unit naming the tree the campaign's notices belong to: its agency (<see cref="Domain.Campaigns.Campaign.AgencyId"/>),
    /// else one of its units; null in a deployment with no agency and before it has any unit.
    /// </summary>
    private static async Task<int?> UnitOfCampaignAsync(EmulationDbContext db, int campaignId) =>
        await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.AgencyId).SingleOrDefaultAsync()
        ?? await db.BlocMembers.Where(m => m.CampaignId == campaignId).Select(m => (int?)m.UnitId).FirstOrDefaultAsync();

    /// <summary>The open units in the campaign's blocs: those a launch reaches and that take part after it.</summary>
    private static IQueryable<int> UnitsTakingPart(EmulationDbContext db, int campaignId) =>
        db.BlocMembers.Where(m => m.CampaignId == campaignId && db.Units.Any(u => u.Id == m.UnitId && u.ClosedOn == null))
            .Select(m => m.UnitId);

    /// <summary>The heads of <paramref name="units"/>, each with the link to <paramref name="tab"/> of their unit's workspace.</summary>
    private static async Task<List<(Reader Reader, string Link)>> HeadsAtTabAsync(EmulationDbContext db, int campaignId,
        List<int> units, string tab) =>
        [.. (await Readers(db).Where(r => r.IsHead && r.UnitId != null && units.Contains(r.UnitId.Value)).ToListAsync())
            .Select(h => (h, WorkspaceLink(campaignId, h.UnitId!.Value, tab)))];

    /// <summary>The unit's workspace in the campaign, opened at <paramref name="tab"/> (pledge, results).</summary>
    private static string WorkspaceLink(int campaignId, int unitId, string tab) => $"campaigns/{campaignId}/units/{unitId}?tab={tab}";
}
