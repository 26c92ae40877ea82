using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Inbox;

/// <summary>
/// A launch tells every head of the units it reaches that the unit's pledge is due, and their staff that their own
/// pledge is open when the campaign takes personal pledges; opening results tells the heads that results are due.
/// Phòng Kế toán (KT) is moved out of the campaign's blocs, so its head is told nothing.
/// </summary>
public sealed class CampaignStepNoticeTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private static int s_launched;

    /// <summary>The campaign a test launches, named for it alone: the class's tests share one app, and a notice names its campaign.</summary>
    private readonly string _name = $"Thi đua chuyên đề cải cách hành chính 2026 – đợt {Interlocked.Increment(ref s_launched)}";

    [Fact]
    public async Task Launch_TellsEachHeadOfTheField_ThePledgeTabAndDeadline_AndTheStaffTheirOwnPledge()
    {
        var id = await LaunchWithoutKtAsync();

        var heads = await HeadsOfFieldAsync(id);
        Assert.NotEmpty(heads);
        foreach (var (userName, unitId) in heads)
        {
            var item = Assert.Single(await ItemsAsync(userName, id));
            Assert.Equal((NotificationKind.CampaignLaunched, _name, "31/03/2026", $"campaigns/{id}/units/{unitId}?tab=pledge"),
                (item.Kind, item.Subject, item.Detail, item.Link));
        }

        Assert.Empty(await ItemsAsync("tp.kt", id));
        var launched = Assert.Single(await ItemsAsync("tp.th", id));
        Assert.Equal($"{_name} đã được phát động: đăng ký giao ước thi đua của đơn vị trước ngày 31/03/2026.",
            InboxText.Text(launched.Kind, launched.Subject, launched.Detail, InboxText.Vietnamese));
        foreach (var staff in new[] { "nv.th1", "nv.th2" })
        {
            var item = Assert.Single(await ItemsAsync(staff, id));
            Assert.Equal((NotificationKind.PersonalPledgeOpened, "31/03/2026", "me/pledge"), (item.Kind, item.Detail, item.Link));
        }

        // A council member who works in the unit signs in as a member, not as staff: no pledge page, no notice.
        Assert.Empty(await ItemsAsync("hoidong4", id));
    }

    [Fact]
    public async Task Launch_OfferingNoTitleOnePledgesOneself_TellsTheHeadsButNotTheStaff()
    {
        var id = await LaunchWithoutKtAsync(campaigns => campaigns.SwapTitleAsync(Title.AdvancedLabourCollective));

        Assert.Equal(NotificationKind.CampaignLaunched, Assert.Single(await ItemsAsync("tp.th", id)).Kind);
        Assert.Empty(await ItemsAsync("nv.th1", id));
    }

    [Fact]
    public async Task OpeningResults_TellsEachHeadTakingPart_TheResultsTabAndDeadline()
    {
        var id = await LaunchWithoutKtAsync();

        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);

        foreach (var (userName, unitId) in await HeadsOfFieldAsync(id))
        {
            var item = Assert.Single(await ItemsAsync(userName, id), i => i.Kind == NotificationKind.ResultsOpened);
            Assert.Equal(("05/12/2026", $"campaigns/{id}/units/{unitId}?tab=results"), (item.Detail, item.Link));
        }

        var opened = Assert.Single(await ItemsAsync("tp.th", id), i => i.Kind == NotificationKind.ResultsOpened);
        Assert.Equal($"{_name} đã mở nhập kết quả: nhập kết quả thực hiện của đơn vị trước ngày 05/12/2026.",
            InboxText.Text(opened.Kind, opened.Subject, opened.Detail, InboxText.Vietnamese));
        Assert.Empty(await ItemsAsync("tp.kt", id));
        Assert.DoesNotContain(await ItemsAsync("nv.th1", id), i => i.Kind == NotificationKind.ResultsOpened);
    }

    [Fact]
    public async Task TheDemo_HeadsAndStaff_FindTheSeededLaunchInTheirInbox()
    {
        var id = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        var pledgeDeadline = (await App.SeededScheduleAsync()).PledgeDeadline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var head = Assert.Single(await ItemsAsync("tp.th", id));
        Assert.Equal((NotificationKind.CampaignLaunched, pledgeDeadline, $"campaigns/{id}/units/{th}?tab=pledge"),
            (head.Kind, head.Detail, head.Link));
        Assert.Equal(NotificationKind.PersonalPledgeOpened, Assert.Single(await ItemsAsync("nv.th1", id)).Kind);
        var heads = await HeadsOfFieldAsync(id);
        Assert.True(heads.Count > 1);
        foreach (var (userName, unitId) in heads)
        {
            Assert.Equal($"campaigns/{id}/units/{unitId}?tab=pledge", Assert.Single(await ItemsAsync(userName, id)).Link);
        }
    }

    /// <summary>Launches a 2026 campaign (one criterion, Lao động tiên tiến offered) over every bloc unit but KT.</summary>
    private async Task<int> LaunchWithoutKtAsync(Func<CampaignDesign, Task>? design = null)
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = _name, Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(id);
        if (design is not null)
        {
            await design(new CampaignDesign(campaigns, id));
        }

        var kt = await App.UnitIdAsync("KT");
        Assert.True((await App.Service<CampaignSetupService>().ChangeBlocsAsync(TestActors.Officer, id, new BlocEdit.MoveUnit(kt, null))).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        return id;
    }

    /// <summary>The department heads' accounts of the units in the campaign's blocs.</summary>
    private async Task<List<(string UserName, int UnitId)>> HeadsOfFieldAsync(int campaignId)
    {
        await using var db = await App.DbAsync();
        var units = await db.BlocMembers.Where(m => m.CampaignId == campaignId).Select(m => m.UnitId).ToListAsync();
        var heads = await db.Users.Where(u => u.UnitId != null && units.Contains(u.UnitId.Value) && db.UserRoles.Any(r =>
                r.UserId == u.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.DepartmentHead)))
            .Select(u => new { u.UserName, UnitId = u.UnitId!.Value }).ToListAsync();
        return [.. heads.Select(h => (h.UserName!, h.UnitId))];
    }

    /// <summary>The reader's notifications about <paramref name="campaignId"/> (the demo's own launch is in every head's inbox).</summary>
    private async Task<List<InboxNotification>> ItemsAsync(string userName, int campaignId)
    {
        await using var db = await App.DbAsync();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var name = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync();
        return await db.InboxNotifications.AsNoTracking().Where(n => n.UserId == id && n.Subject == name).ToListAsync();
    }

    /// <summary>A change to the draft before launch.</summary>
    private sealed record CampaignDesign(CampaignService Campaigns, int Id)
    {
        /// <summary>Offers <paramref name="title"/> instead of Lao động tiên tiến.</summary>
        public async Task SwapTitleAsync(Title title)
        {
            Assert.True((await Campaigns.OfferTitleAsync(TestActors.Officer, Id, title, null)).IsSuccess);
            Assert.True((await Campaigns.WithdrawTitleAsync(TestActors.Officer, Id, Title.AdvancedWorker)).IsSuccess);
        }
    }
}
