using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Inbox;

/// <summary>
/// The demo's inboxes on the day it starts, as a real office's would be a week into the pledge stage: the union officer
/// finds the ten pledges sent, each told when it arrived; the heads find the launch, dated the day it happened.
/// </summary>
public sealed class DemoInboxTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task TheOfficer_FindsEachSubmittedPledge_NewestFirst_DatedWhenItWasSent_AndNoneOfTheUnitYetToPledge()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        await using var db = await App.DbAsync();
        var sent = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaignId && p.SubmittedAt != null)
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { u.Name, p.SubmittedAt }).ToListAsync();
        Assert.Equal(10, sent.Count);

        var items = await App.Service<InboxService>().ListAsync(await App.ActorAsync("congdoan", Roles.UnionOfficer));

        Assert.Equal(10, items.Count);
        Assert.All(items, i => Assert.Equal((NotificationKind.SubmissionReceived, $"campaigns/{campaignId}/progress", false),
            (i.Kind, i.Link, i.IsRead)));
        Assert.Equal([.. sent.OrderByDescending(s => s.SubmittedAt).Select(s => ($"Đăng ký thi đua – {s.Name}", s.SubmittedAt!.Value))],
            items.Select(i => (i.Subject, i.CreatedAt)));
        Assert.DoesNotContain(items, i => i.Subject.EndsWith("Phòng Tổng hợp", StringComparison.Ordinal));
        Assert.Equal(10, await App.Service<InboxService>().UnreadCountAsync(await App.ActorAsync("congdoan", Roles.UnionOfficer)));
    }

    [Fact]
    public async Task TheHeads_FindTheLaunch_DatedAWeekBeforeTheDemoDay()
    {
        var launch = Assert.Single(await App.ItemsAsync("tp.th"));
        var demoDay = new DemoStartDay(DateOnly.Parse("2026-12-05", System.Globalization.CultureInfo.InvariantCulture)).GetUtcNow();

        Assert.Equal(NotificationKind.CampaignLaunched, launch.Kind);
        Assert.Equal(demoDay.AddDays(-DemoDataSeeder.LaunchedDaysAgo), launch.CreatedAt);
    }

    [Fact]
    public async Task NoOneElse_FindsTheDemosPledgesInTheirInbox()
    {
        Assert.Equal(["congdoan"], await App.ToldAsync(NotificationKind.SubmissionReceived));
        foreach (var account in InboxReads.BoardAccounts.Append("lanhdao").Append("hoidong1").Append("quantri"))
        {
            Assert.Empty(await App.ItemsAsync(account));
        }
    }
}
