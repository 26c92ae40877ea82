using System.Net;
using System.Text.RegularExpressions;
using Emulation.Tests.Api;
using Emulation.Tests.Inbox;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Emulation.Tests.Accounts;

/// <summary>
/// An account reaches its holder, through a real SMTP server started by the test: with an address, the holder is sent a
/// link to set their own password, which works once (never a password in the message); one address belongs to one
/// account whatever its case, spaces or Unicode form; a confirmation link works once and only while it is the last one
/// sent (an address changed A → B → A voids the first link to A).
/// </summary>
public sealed partial class AccountHandoverTests : IAsyncLifetime
{
    private const string NewPassword = "Tu@Dat2026x";
    private readonly TestSmtpServer _smtp = new();
    private readonly EmulationAppFactory _app;

    public AccountHandoverTests() => _app = new EmulationAppFactory(
        ("Email:Host", "localhost"), ("Email:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Email:Sender", "thidua@example.gov.vn"), ("Email:Tls", "None"), ("Email:PollInterval", "01:00:00"),
        (Emulation.Web.Startup.ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));

    public ValueTask InitializeAsync()
    {
        _smtp.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _app.DisposeAsync();
    }

    private async Task<T> WithAccountsAsync<T>(Func<AccountService, Task<T>> use)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    private async Task<MimeMessage> SentToAsync(string address)
    {
        Assert.Equal(1, await _app.Service<OutboxWorker>().SendDueAsync());
        return _smtp.Received.Last(m => m.To.Mailboxes.Single().Address == address);
    }

    private static (string User, string Token) SetupLink(MimeMessage message)
    {
        var link = SetupLinkPattern().Match(message.TextBody ?? "");
        Assert.True(link.Success, message.TextBody);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link.Value).Query);
        return (query["user"]!, query["token"]!);
    }

    [Fact]
    public async Task ANewAccountWithAnAddress_ItsHolderGetsALinkToSetTheirOwnPassword_ThatWorksOnce()
    {
        var created = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("cd.moi", "Trần Văn Mới", [Roles.UnionOfficer], null, null, "  CD.Moi@Example.gov.vn "), "http://localhost/"));

        Assert.True(created.IsSuccess, string.Join("; ", created.Errors));
        Assert.Null(created.Value.TemporaryPassword);
        Assert.Equal("CD.Moi@Example.gov.vn", created.Value.LinkSentTo);
        var message = await SentToAsync("CD.Moi@Example.gov.vn");
        Assert.Contains("Kính gửi Trần Văn Mới", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("không chứa mật khẩu", message.TextBody, StringComparison.Ordinal);
        var (user, token) = SetupLink(message);
        Assert.Equal("cd.moi", user);
        using var before = _app.CreateCookieClient();
        Assert.NotEqual(HttpStatusCode.Redirect, (await before.PostLoginAsync("cd.moi", NewPassword)).StatusCode);

        var set = await WithAccountsAsync(a => a.CompleteSetupAsync(user, token, NewPassword, NewPassword));
        var again = await WithAccountsAsync(a => a.CompleteSetupAsync(user, token, "Lan@Hai2026x", "Lan@Hai2026x"));

        Assert.True(set.IsSuccess, string.Join("; ", set.Errors));
        Assert.Equal(AccountService.SetupLinkInvalid().Code, Assert.Single(again.Errors).Code);
        using var browser = _app.CreateCookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync("cd.moi", NewPassword)).StatusCode);
        var row = (await WithAccountsAsync(a => a.SearchAsync(TestActors.Admin, new AccountFilter("cd.moi"), 0, 5))).Rows.Single();
        Assert.False(row.MustChangePassword);
        Assert.True(row.EmailConfirmed);
    }

    [Fact]
    public async Task AnAdministratorsReset_ForAConfirmedAddress_SendsALink_NotAPassword_AndEndsTheOldPassword()
    {
        var holder = await _app.ActorAsync("tp.nc", Roles.DepartmentHead);
        await ConfirmAsync(holder, "tp.nc@example.gov.vn");
        using var signedIn = await _app.SignedInClientAsync("tp.nc");

        var reset = await WithAccountsAsync(a => a.ResetPasswordAsync(TestActors.Admin, "tp.nc", "http://localhost/"));

        Assert.True(reset.IsSuccess);
        Assert.Equal(new AccountHandover(null, "tp.nc@example.gov.vn"), reset.Value);
        // One message: the link, which tells of the reset; the notice of it stays in the inbox, not e-mailed again.
        var sentBefore = _smtp.Received.Count;
        Assert.Equal(1, await _app.Service<OutboxWorker>().SendDueAsync());
        var link = Assert.Single(_smtp.Received.Skip(sentBefore));
        Assert.StartsWith("Đặt mật khẩu cho tài khoản tp.nc", link.Subject, StringComparison.Ordinal);
        await using (var db = await _app.DbAsync())
        {
            Assert.True(await db.InboxNotifications.AnyAsync(n => n.UserId == holder.UserId &&
                n.Kind == Emulation.Web.Data.Inbox.NotificationKind.PasswordReset));
        }

        Assert.DoesNotContain(Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword, link.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await signedIn.GetAsync("/campaigns")).StatusCode);
        using var old = _app.CreateCookieClient();
        Assert.NotEqual(HttpStatusCode.Redirect, (await old.PostLoginAsync("tp.nc", Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword)).StatusCode);
        var (user, token) = SetupLink(link);
        Assert.True((await WithAccountsAsync(a => a.CompleteSetupAsync(user, token, NewPassword, NewPassword))).IsSuccess);
    }

    [Fact]
    public async Task ANewAccountWithoutAnAddress_GetsATemporaryPassword_AndNothingIsSent()
    {
        var created = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("ld.khongthu", "Lê Không Thư", [Roles.Leadership], null, null)));

        Assert.NotNull(created.Value.TemporaryPassword);
        Assert.Null(created.Value.LinkSentTo);
        Assert.Equal(0, await _app.Service<OutboxWorker>().SendDueAsync());
    }

    [Theory]
    [InlineData("trung@example.gov.vn", "TRUNG@example.gov.vn")]
    [InlineData("trung2@example.gov.vn", "  trung2@EXAMPLE.gov.vn\t")]
    [InlineData("l\u00EA.trung@example.gov.vn", "le\u0302.trung@example.gov.vn")]
    public async Task OneAddress_BelongsToOneAccount_WhateverItsCaseSpacesOrUnicodeForm(string first, string same)
    {
        var inbox = _app.Service<InboxService>();
        var holder = await _app.ActorAsync("tp.kgvx", Roles.DepartmentHead);
        var other = await _app.ActorAsync("tp.qttv", Roles.DepartmentHead);
        Assert.True((await inbox.SetEmailAddressAsync(holder, first, "http://localhost/")).IsSuccess);

        var pending = await inbox.SetEmailAddressAsync(other, same, "http://localhost/");
        var created = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount($"trung.{first.Length}", "Người Trùng", [Roles.Leadership], null, null, same)));

        Assert.Equal("inbox.email_taken", Assert.Single(pending.Errors).Code);
        Assert.Equal("inbox.email_taken", Assert.Single(created.Errors).Code);
        await using var db = await _app.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == $"trung.{first.Length}"));
        Assert.Null((await inbox.EmailAddressAsync(other))?.Address);
        Assert.True((await inbox.SetEmailAddressAsync(holder, "", null)).IsSuccess);
    }

    [Fact]
    public async Task TheApi_RefusesAnAddressAnotherAccountHolds_With409AndAProblemInVietnamese()
    {
        var inbox = _app.Service<InboxService>();
        Assert.True((await inbox.SetEmailAddressAsync(await _app.ActorAsync("tp.kstt", Roles.DepartmentHead), "kstt@example.gov.vn")).IsSuccess);
        using var admin = _app.Bootstrap();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");

        var response = await admin.PostAsync("/api/v1/users", ApiClients.Json(
            """{"userName":"api.trung","fullName":"Người Trùng","roles":["leadership"],"email":"KSTT@example.gov.vn"}"""));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("inbox.email_taken", body, StringComparison.Ordinal);
        Assert.Contains("đã là địa chỉ của một tài khoản khác", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfirmationLink_WorksOnce_AndNotAfterTheAddressWentAwayAndCameBack()
    {
        var inbox = _app.Service<InboxService>();
        var holder = await _app.ActorAsync("tp.btcd", Roles.DepartmentHead);
        Assert.True((await inbox.SetEmailAddressAsync(holder, "a.btcd@example.gov.vn", "http://localhost/")).IsSuccess);
        var toA = ConfirmationToken(await SentToAsync("a.btcd@example.gov.vn"));
        Assert.True((await inbox.SetEmailAddressAsync(holder, "b.btcd@example.gov.vn", "http://localhost/")).IsSuccess);
        await SentToAsync("b.btcd@example.gov.vn");
        Assert.True((await inbox.SetEmailAddressAsync(holder, "a.btcd@example.gov.vn", "http://localhost/")).IsSuccess);
        var toAAgain = ConfirmationToken(await SentToAsync("a.btcd@example.gov.vn"));

        var first = await inbox.ConfirmEmailAsync(toA);
        var last = await inbox.ConfirmEmailAsync(toAAgain);
        var lastTwice = await inbox.ConfirmEmailAsync(toAAgain);

        Assert.Equal("inbox.email_link_invalid", Assert.Single(first.Errors).Code);
        Assert.True(last.IsSuccess);
        Assert.Equal("inbox.email_link_invalid", Assert.Single(lastTwice.Errors).Code);
        Assert.True((await inbox.EmailAddressAsync(holder))!.Confirmed);
    }

    private async Task ConfirmAsync(Actor holder, string address)
    {
        var inbox = _app.Service<InboxService>();
        Assert.True((await inbox.SetEmailAddressAsync(holder, address, "http://localhost/")).IsSuccess);
        Assert.True((await inbox.ConfirmEmailAsync(ConfirmationToken(await SentToAsync(address)))).IsSuccess);
    }

    private static string ConfirmationToken(MimeMessage message) =>
        Uri.UnescapeDataString(ConfirmationPattern().Match(message.TextBody ?? "").Groups["token"].Value);

    [GeneratedRegex(@"http\S+/account/setup\?user=\S+&token=\S+")]
    private static partial Regex SetupLinkPattern();

    [GeneratedRegex(@"/account/confirm-email\?token=(?<token>\S+)")]
    private static partial Regex ConfirmationPattern();
}
