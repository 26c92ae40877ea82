using System.Net;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Emulation.Tests.Inbox;

/// <summary>
/// E-mail through a real SMTP server started by the test: a returned submission reaches the unit's head in
/// Vietnamese with the reason; a server that is down delays the e-mail, never the action, and it arrives once the
/// server is up.
/// </summary>
public sealed class EmailTests : IAsyncLifetime
{
    private const string HeadAddress = "tp.th@example.gov.vn";
    private const string Reason = "Thiếu chỉ tiêu số cuộc họp; đề nghị bổ sung";

    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    private readonly TestSmtpServer _smtp = new();
    private readonly EmulationAppFactory _app;

    public EmailTests() => _app = new EmulationAppFactory(
        ("Email:Host", "localhost"), ("Email:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Email:Sender", "thidua@example.gov.vn"), ("Email:Tls", "None"),
        // The worker's own rounds stay out of the way: each test sends when it chooses.
        ("Email:PollInterval", "01:00:00"));

    public async ValueTask InitializeAsync()
    {
        await using var db = await _app.DbAsync();
        var head = await db.Users.SingleAsync(u => u.UserName == "tp.th");
        head.Email = HeadAddress;
        head.EmailConfirmed = true;
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ReturnedSubmission_ReachesTheHead_ByEmail_InVietnamese_WithTheReason()
    {
        _smtp.Start();
        await SubmitAndReturnAsync();

        Assert.Equal(1, await _app.Service<OutboxWorker>().SendDueAsync());

        var message = Assert.Single(_smtp.Received);
        Assert.Equal(HeadAddress, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("thidua@example.gov.vn", Assert.Single(message.From.Mailboxes).Address);
        Assert.StartsWith("Bị trả lại: Đăng ký thi đua – Phong trào thi đua", message.Subject);
        Assert.Contains($"Đăng ký thi đua – Phong trào thi đua thực hiện nhiệm vụ năm 2026 của đơn vị đã bị trả lại. Lý do: {Reason}",
            message.TextBody);
        // The message as the server received it, for whoever reads the run.
        var emails = Path.Combine(Emulation.Tests.Architecture.DomainPurityTests.RepositoryRoot(), "artifacts", "emails");
        Directory.CreateDirectory(emails);
        await message.WriteToAsync(Path.Combine(emails, "returned-submission.eml"));
    }

    [Fact]
    public async Task SmtpServerDown_TheReturnStillSucceeds_AndTheEmailIsRetriedUntilTheServerIsUp()
    {
        await SubmitAndReturnAsync();
        // Set after the return, so the e-mail it queued is due however long the return took on a busy machine.
        var clock = new SettableClock(DateTimeOffset.UtcNow.AddSeconds(1));
        var worker = new OutboxWorker(_app.Service<IDbContextFactory<EmulationDbContext>>(), _app.Service<SmtpEmailSender>(),
            _app.Service<IOptions<EmailOptions>>(), clock, NullLogger<OutboxWorker>.Instance);

        Assert.Equal(0, await worker.SendDueAsync());
        var failed = await OutboxAsync();
        Assert.Equal((1, null), (failed.Attempts, failed.SentAt));
        Assert.NotNull(failed.LastError);
        Assert.Equal(clock.GetUtcNow().UtcDateTime + OutboxEmail.RetryDelay(1), failed.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        _smtp.Start();
        Assert.Equal(0, await worker.SendDueAsync());
        Assert.Empty(_smtp.Received);

        clock.Advance(OutboxEmail.RetryDelay(1));
        Assert.Equal(1, await worker.SendDueAsync());
        Assert.Contains(Reason, Assert.Single(_smtp.Received).TextBody);
        var sent = await OutboxAsync();
        Assert.Equal(2, sent.Attempts);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(0, await worker.SendDueAsync());
    }

    [Fact]
    public async Task EmailTurnedOff_ForReturns_OnlyTheInboxIsWritten()
    {
        var head = await HeadAsync();
        await _app.Service<InboxService>().SetEmailChoicesAsync(head,
            [.. Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.SubmissionReturned)]);

        await SubmitAndReturnAsync();

        await using var db = await _app.DbAsync();
        Assert.Empty(await db.OutboxEmails.ToListAsync());
        var item = Assert.Single(await _app.Service<InboxService>().ListAsync(head), i => i.Kind != NotificationKind.CampaignLaunched);
        Assert.Equal((NotificationKind.SubmissionReturned, Reason), (item.Kind, item.Detail));
        Assert.False(Assert.Single(await _app.Service<InboxService>().EmailChoicesAsync(head),
            c => c.Kind == NotificationKind.SubmissionReturned).Email);
    }

    [Fact]
    public async Task Launch_ReachesTheHead_ByEmail_InVietnamese_UnlessTurnedOffForLaunches()
    {
        _smtp.Start();
        var head = await HeadAsync();
        var inbox = _app.Service<InboxService>();
        var campaigns = _app.Service<CampaignService>();
        await inbox.SetEmailChoicesAsync(head, [.. Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.CampaignLaunched)]);

        var quiet = await campaigns.LaunchWithOneCriterionAsync("Thi đua chuyên đề chuyển đổi số 2026");

        await using (var db = await _app.DbAsync())
        {
            Assert.Empty(await db.OutboxEmails.ToListAsync());
        }

        Assert.Contains(await inbox.ListAsync(head), i => i.Link.StartsWith($"campaigns/{quiet}/", StringComparison.Ordinal));

        await inbox.SetEmailChoicesAsync(head, Enum.GetValues<NotificationKind>());
        await campaigns.LaunchWithOneCriterionAsync("Thi đua chuyên đề cải cách hành chính 2026");

        Assert.Equal(1, await _app.Service<OutboxWorker>().SendDueAsync());
        var message = Assert.Single(_smtp.Received);
        Assert.Equal(HeadAddress, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Phát động phong trào: Thi đua chuyên đề cải cách hành chính 2026", message.Subject);
        Assert.Contains("Thi đua chuyên đề cải cách hành chính 2026 đã được phát động: đăng ký giao ước thi đua của đơn vị trước ngày 31/03/2026.",
            message.TextBody);
    }

    [Fact]
    public async Task AnAddressGivenOnTheSettings_CarriesTheMoveToReview_ToTheLeader_WhileMembersWithoutOneReadItInTheApp()
    {
        _smtp.Start();
        var inbox = _app.Service<InboxService>();
        var leader = await _app.ActorAsync("lanhdao", Roles.Leadership);
        await GiveConfirmedAddressAsync(leader, " lanhdao@example.gov.vn ");
        Assert.Equal(new InboxAddress("lanhdao@example.gov.vn", true), await inbox.EmailAddressAsync(leader));
        var campaignId = await _app.SeededCampaignIdAsync();
        var campaigns = _app.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.StartReview)).IsSuccess);

        // The head's results opening and the leader's review: one each, to each one's own address.
        Assert.Equal(2, await _app.Service<OutboxWorker>().SendDueAsync());
        var message = Assert.Single(Notices, m => m.To.Mailboxes.Single().Address == "lanhdao@example.gov.vn");
        Assert.StartsWith("Bình xét: Phong trào thi đua thực hiện nhiệm vụ năm 2026", message.Subject);
        Assert.Contains("kết quả chấm điểm, xếp hạng", message.TextBody);
        Assert.Equal(["lanhdao@example.gov.vn", HeadAddress], Notices.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.Contains(await _app.ItemsAsync("hoidong1"), i => i.Kind == NotificationKind.EvaluationReady);
    }

    [Fact]
    public async Task APasswordReset_SendsItsHolderOneMessage_TheLink_WithoutThePassword_AndTheNoticeStaysInTheInbox()
    {
        _smtp.Start();
        var holder = await _app.ActorAsync("tp.kt", Roles.DepartmentHead);
        await GiveConfirmedAddressAsync(holder, "tp.kt@example.gov.vn");
        var admin = await _app.ActorAsync("quantri", Roles.Administrator);

        var first = await ResetAsync(admin, "tp.kt");
        var second = await ResetAsync(admin, "tp.kt");

        // Each reset sends the link to set a new password (no password is made, so none can be written anywhere); the
        // link's message tells of the reset, so the notice is not e-mailed a second time but waits in the inbox.
        Assert.Equal(2, await _app.Service<OutboxWorker>().SendDueAsync());
        Assert.Null(first.TemporaryPassword);
        Assert.Null(second.TemporaryPassword);
        Assert.Empty(Notices);
        Assert.Equal(2, (await _app.ItemsAsync("tp.kt")).Count(i => i.Kind == NotificationKind.PasswordReset));
    }

    [Fact]
    public async Task AnAddressNoServerCouldTake_IsRefused_AndABlankOneStopsTheEmails()
    {
        var inbox = _app.Service<InboxService>();
        var head = await HeadAsync();

        foreach (var bad in new[] { "tp.th", "Trưởng phòng <tp.th@example.gov.vn>", "a@b.vn, c@d.vn", "@example.gov.vn" })
        {
            Assert.Equal("inbox.email_invalid", Assert.Single((await inbox.SetEmailAddressAsync(head, bad)).Errors).Code);
        }

        Assert.Equal(HeadAddress, (await inbox.EmailAddressAsync(head))?.Address);
        Assert.True((await inbox.SetEmailAddressAsync(head, "  ")).IsSuccess);
        Assert.Null(await inbox.EmailAddressAsync(head));
        await SubmitAndReturnAsync();
        await using var db = await _app.DbAsync();
        Assert.Empty(await db.OutboxEmails.ToListAsync());
    }

    [Fact]
    public async Task ANewAddress_HearsNothing_UntilItsHolderOpensTheLinkSentToIt_AndAnotherAddressVoidsTheLink()
    {
        _smtp.Start();
        var inbox = _app.Service<InboxService>();
        var worker = _app.Service<OutboxWorker>();
        var holder = await _app.ActorAsync("tp.kt", Roles.DepartmentHead);
        var admin = await _app.ActorAsync("quantri", Roles.Administrator);
        Assert.True((await inbox.SetEmailAddressAsync(holder, "tp.kt@example.gov.vn", "http://localhost/")).IsSuccess);
        Assert.Equal(new InboxAddress("tp.kt@example.gov.vn", false), await inbox.EmailAddressAsync(holder));
        Assert.Equal(1, await worker.SendDueAsync());
        var confirmation = Assert.Single(_smtp.Received);
        Assert.Equal(ConfirmSubject, confirmation.Subject);
        Assert.Contains("cho tài khoản tp.kt trên hệ thống Thi đua – Khen thưởng", confirmation.TextBody, StringComparison.Ordinal);

        // Unconfirmed: the reset reaches the inbox only.
        await ResetAsync(admin, "tp.kt");
        Assert.Equal(0, await worker.SendDueAsync());
        Assert.Contains(await _app.ItemsAsync("tp.kt"), i => i.Kind == NotificationKind.PasswordReset);

        using var phone = _app.CreateCookieClient();
        var link = ConfirmationLink(confirmation);
        Assert.Contains("Đã xác nhận địa chỉ tp.kt@example.gov.vn", WebUtility.HtmlDecode(await phone.GetStringAsync(link)), StringComparison.Ordinal);
        Assert.True((await inbox.EmailAddressAsync(holder))!.Confirmed);
        // Confirmed: the reset sends the link there, one message that tells of the reset too.
        await ResetAsync(admin, "tp.kt");
        Assert.Equal(1, await worker.SendDueAsync());
        Assert.Empty(Notices);
        Assert.StartsWith("Đặt mật khẩu cho tài khoản tp.kt", _smtp.Received.Last().Subject, StringComparison.Ordinal);

        // Another address starts unconfirmed again, and the first address's link confirms nothing now.
        Assert.True((await inbox.SetEmailAddressAsync(holder, "kt.moi@example.gov.vn", "http://localhost/")).IsSuccess);
        Assert.Contains("Liên kết xác nhận không hợp lệ", WebUtility.HtmlDecode(await phone.GetStringAsync(link)), StringComparison.Ordinal);
        Assert.Contains("Liên kết xác nhận không hợp lệ",
            WebUtility.HtmlDecode(await phone.GetStringAsync("/account/confirm-email?token=forged")), StringComparison.Ordinal);
        Assert.Equal(new InboxAddress("kt.moi@example.gov.vn", false), await inbox.EmailAddressAsync(holder));
    }

    [Fact]
    public async Task TheSettingsPage_SaysWhetherTheAddressIsConfirmed_AndOffersOnlyTheKindsTheRoleReceives()
    {
        using var head = await _app.SignedInClientAsync("tp.th");
        var headPage = await head.GetStringAsync("/inbox/settings");
        Assert.Contains("data-testid=\"email-confirmed\"", headPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"email-CampaignLaunched\"", headPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"email-PasswordReset\"", headPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"email-EvaluationReady\"", headPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"email-ProposalReceived\"", headPage, StringComparison.Ordinal);

        var leader = await _app.ActorAsync("lanhdao", Roles.Leadership);
        Assert.True((await _app.Service<InboxService>().SetEmailAddressAsync(leader, "lanhdao@example.gov.vn", "http://localhost/")).IsSuccess);
        using var browser = await _app.SignedInClientAsync("lanhdao");
        var leaderPage = await browser.GetStringAsync("/inbox/settings");
        Assert.Contains("data-testid=\"email-unconfirmed\"", leaderPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"send-confirmation\"", leaderPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"email-EvaluationReady\"", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"email-CampaignLaunched\"", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"email-SubmissionReturned\"", leaderPage, StringComparison.Ordinal);
    }

    private const string ConfirmSubject = "Xác nhận địa chỉ nhận thông báo Thi đua – Khen thưởng";

    /// <summary>What the server received apart from the confirmation links and the links to set a password.</summary>
    private IEnumerable<MimeMessage> Notices => _smtp.Received.Where(m => m.Subject != ConfirmSubject &&
        !(m.Subject ?? "").StartsWith("Đặt mật khẩu cho tài khoản", StringComparison.Ordinal));

    private static string ConfirmationLink(MimeMessage message) =>
        new Uri(System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"http\S+/account/confirm-email\?token=\S+").Value).PathAndQuery;

    /// <summary>An address given on the settings and confirmed from the link the server received, as its holder would.</summary>
    private async Task GiveConfirmedAddressAsync(Actor actor, string address)
    {
        Assert.True((await _app.Service<InboxService>().SetEmailAddressAsync(actor, address, "http://localhost/")).IsSuccess);
        Assert.Equal(1, await _app.Service<OutboxWorker>().SendDueAsync());
        var confirmation = _smtp.Received.Last(m => m.To.Mailboxes.Single().Address == address.Trim());
        using var browser = _app.CreateCookieClient();
        Assert.Contains("email-confirm-done", await browser.GetStringAsync(ConfirmationLink(confirmation)), StringComparison.Ordinal);
    }

    private async Task<Emulation.Web.Services.Accounts.AccountHandover> ResetAsync(Actor admin, string userName)
    {
        using var scope = _app.Services.CreateScope();
        var reset = await scope.ServiceProvider.GetRequiredService<Emulation.Web.Services.Accounts.AccountService>()
            .ResetPasswordAsync(admin, userName);
        Assert.True(reset.IsSuccess, string.Join("; ", reset.Errors));
        return reset.Value;
    }

    private async Task SubmitAndReturnAsync()
    {
        var campaignId = await _app.SeededCampaignIdAsync();
        var th = await _app.UnitIdAsync("TH");
        var head = await HeadAsync();
        Assert.True((await _app.Service<SubmissionService>().SavePledgeAsync(head, campaignId, th, Targets, null, submit: true)).IsSuccess);
        Assert.True((await _app.Service<ReviewService>().ReturnAsync(TestActors.Officer, campaignId, th, SubmissionKind.Pledge, Reason)).IsSuccess);
    }

    private async Task<Actor> HeadAsync()
    {
        await using var db = await _app.DbAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == "tp.th");
        return new Actor(user.Id, "tp.th", new HashSet<string> { Roles.DepartmentHead }, user.UnitId);
    }

    private async Task<OutboxEmail> OutboxAsync()
    {
        await using var db = await _app.DbAsync();
        return await db.OutboxEmails.AsNoTracking().SingleAsync();
    }
}
