using System.Security.Claims;
using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Layout;
using Emulation.Web.Components.Pages.Inbox;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services;
using Emulation.Web.Services.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Components;

/// <summary>The inbox page, the app bar's unread count and the e-mail choices, as the head of Phòng Tổng hợp.</summary>
[Trait("Category", "Fast")]
public sealed class InboxPagesTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task InboxPage_ListsTheReminder_InVietnamese_AndTheBadgeCountsItUntilRead()
    {
        var (userId, th) = await RemindTheHeadAsync();
        SignInAsUser(userId, th);

        var badge = Render<InboxBadge>(p => p.Add(x => x.User, Principal(userId, th)));
        Assert.Equal("2", badge.Find("[data-testid=inbox-unread]").TextContent);

        // The reminder, over the demo campaign's launch that the seed told every head of.
        var page = Render<InboxPage>();
        var items = page.FindAll("[data-testid=inbox-item]");
        Assert.Equal(2, items.Count);
        var (item, launch) = (items[0], items[1]);
        Assert.Contains("Quá hạn: Đăng ký thi đua – Phong trào thi đua", item.TextContent, StringComparison.Ordinal);
        var deadline = (await App.SeededScheduleAsync()).PledgeDeadline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"đã quá hạn ngày {deadline}, đơn vị chưa gửi", item.TextContent, StringComparison.Ordinal);
        Assert.Equal($"campaigns/1/units/{th}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Phát động phong trào: Phong trào thi đua", launch.TextContent, StringComparison.Ordinal);
        Assert.Contains($"đã được phát động: đăng ký giao ước thi đua của đơn vị trước ngày {deadline}.", launch.TextContent,
            StringComparison.Ordinal);
        Assert.Equal($"campaigns/1/units/{th}?tab=pledge", launch.QuerySelector("a")!.GetAttribute("href"));

        page.Find("[data-testid=inbox-item] form").Submit();

        var after = Render<InboxBadge>(p => p.Add(x => x.User, Principal(userId, th)));
        Assert.Equal("1", after.Find("[data-testid=inbox-unread]").TextContent);
    }

    [Fact]
    public async Task InboxPage_Empty_SaysWhatArrivesThere_AndLeadsToTheHomePage()
    {
        await using var db = await App.DbAsync();
        var staff = await db.Users.SingleAsync(u => u.UserName == "bantdkt.hd3");
        Assert.False(await db.InboxNotifications.AnyAsync(n => n.UserId == staff.Id));
        SignInAs(staff.Id, Roles.BoardCouncilMember);

        var page = Render<InboxPage>();

        Assert.Equal("Chưa có thông báo nào.", page.Find("[data-testid=inbox-empty]").TextContent.Trim());
        Assert.Contains("sẽ hiện ở đây", page.Find("[data-testid=inbox-empty-hint]").TextContent, StringComparison.Ordinal);
        var home = page.Find("[data-testid=inbox-empty-home]");
        Assert.Equal("", home.GetAttribute("href"));
        Assert.Equal("Trang chủ", home.TextContent);
    }

    [Fact]
    public async Task SettingsPage_OffersTheKindsAHeadReceives_CheckedUntilTurnedOff_AndSaysEmailIsOff()
    {
        var (userId, th) = await RemindTheHeadAsync();
        SignInAsUser(userId, th);

        var page = Render<InboxSettingsPage>();

        Assert.NotNull(page.Find("[data-testid=email-off]"));
        // A head's kinds only: their unit's submissions, deadlines, launches and awards, their own proposals and password.
        Assert.Equal(["email-SubmissionReturned", "email-SubmissionAccepted", "email-DeadlineSoon", "email-DeadlinePassed",
                "email-CampaignLaunched", "email-ResultsOpened", "email-UnitAwarded", "email-SuddenRejected", "email-PasswordReset"],
            page.FindAll("input[type=checkbox][checked]").Select(c => c.Id));
        Assert.Contains("báo cáo của đơn vị bị trả lại", page.Find("label[for=email-SubmissionReturned]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsPage_AsksForTheAddressNoticesGoTo_LabelledAndExplained()
    {
        var (userId, th) = await RemindTheHeadAsync();
        SignInAsUser(userId, th);

        var page = Render<InboxSettingsPage>();

        var input = page.Find("input#email-address");
        Assert.Equal(("email", "Address", "email-address-hint"),
            (input.GetAttribute("type"), input.GetAttribute("name"), input.GetAttribute("aria-describedby")));
        Assert.Equal("Địa chỉ thư điện tử nhận thông báo", page.Find("label[for=email-address]").TextContent);
        Assert.Contains("chỉ muốn xem thông báo trong ứng dụng", page.Find("#email-address-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InboxPage_ANoticeWhoseStepIsDone_ReadsSettled_KeepsItsLink_AndLeavesTheBadge()
    {
        await using var db = await App.DbAsync();
        var member = await db.Users.SingleAsync(u => u.UserName == "bantdkt.hd2");
        // A session of the board's council no longer open (none by that number): nothing is left to vote on.
        db.InboxNotifications.Add(InboxNotification.Create(member.Id, NotificationKind.BallotOpened, "10/12/2026 – Hồ sơ 9/TTr-VP",
            null, "board/council/99999", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        SignInAs(member.Id, Roles.BoardCouncilMember, member.UnitId);

        var page = Render<InboxPage>();

        var item = page.FindAll("[data-testid=inbox-item]").Single(i => i.QuerySelector("a")!.GetAttribute("href") == "board/council/99999");
        Assert.Equal("Đã xử lý", item.QuerySelector("[data-testid=inbox-settled]")!.TextContent.Trim());
        Assert.Contains("inbox-read", item.ClassName, StringComparison.Ordinal);
        Assert.Null(item.QuerySelector("[data-testid=inbox-read]"));
        var badge = Render<InboxBadge>(p => p.Add(x => x.User, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, member.Id), new Claim(ClaimTypes.Name, "bantdkt.hd2"),
                new Claim(ClaimTypes.Role, Roles.BoardCouncilMember),
                new Claim(Actor.UnitClaim, member.UnitId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"))));
        // The badge counts what the page shows as waiting, which the settled notice is not.
        var waiting = page.FindAll("li.inbox-unread").Count;
        Assert.Equal(waiting == 0 ? [] : [waiting.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            badge.FindAll("[data-testid=inbox-unread]").Select(e => e.TextContent));
    }

    private async Task<(string UserId, int UnitId)> RemindTheHeadAsync()
    {
        await using var db = await App.DbAsync();
        var head = await db.Users.SingleAsync(u => u.UserName == "tp.th");
        if (!await db.InboxNotifications.AnyAsync(n => n.UserId == head.Id && n.Kind == NotificationKind.DeadlinePassed))
        {
            var reminder = new DeadlineReminder(App.Service<IDbContextFactory<EmulationDbContext>>(), App.Service<InboxService>(),
                Options.Create(new InboxOptions()), SettableClock.OnOfficeDay((await App.SeededScheduleAsync()).PledgeDeadline.AddDays(2)),
                NullLogger<DeadlineReminder>.Instance);
            await reminder.RemindAsync();
        }

        return (head.Id, head.UnitId!.Value);
    }

    private void SignInAsUser(string userId, int unitId) => SignInAs(userId, Roles.DepartmentHead, unitId);

    /// <summary>The head of <paramref name="unitId"/> as the sign-in makes them: their unit decides which notices still wait.</summary>
    private static ClaimsPrincipal Principal(string userId, int unitId) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, "tp.th"), new Claim(ClaimTypes.Role, Roles.DepartmentHead),
            new Claim(Actor.UnitClaim, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        "test"));
}
