using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// An office starts a new department head without a developer: the administrator creates the account on
/// /admin/users, the head signs in with the temporary password, is sent to change it, then reaches their unit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task AdministratorCreatesAHead_WhoChangesTheTemporaryPassword_ThenReachesTheirUnit()
    {
        string unitName;
        await using (var db = await fixture.App.DbAsync())
        {
            unitName = await db.Units.Where(u => u.Code == "KSTT").Select(u => u.Name).SingleAsync();
        }

        string password;
        await using (var admin = await BrowserSession.SignInAsync(fixture, "quantri", Screenshots))
        {
            await Assertions.Expect(admin.ByTestId("nav-users")).ToBeVisibleAsync();
            await admin.GoAsync("admin/users");
            await admin.TypeAsync("user-name", "tp.kstt.moi");
            await admin.TypeAsync("user-fullname", "Đỗ Minh Khoa");
            await admin.Page.GetByLabel("Trưởng phòng", new() { Exact = true }).CheckAsync();
            await admin.ClickAsync("user-save");
            await Assertions.Expect(admin.ByTestId("errors")).ToContainTextAsync("Tài khoản trưởng phòng cần có đơn vị");

            await admin.ChooseAsync(admin.Page.GetByLabel("Đơn vị phụ trách (trưởng phòng)"), unitName);
            await admin.ClickAsync("user-save");
            await Assertions.Expect(admin.ByTestId("temporary-password")).ToBeVisibleAsync();
            password = (await admin.ByTestId("temporary-password").TextContentAsync())!.Trim();
            await Assertions.Expect(admin.ByTestId("user-tp.kstt.moi")).ToBeVisibleAsync();
            await admin.ShotAsync("accounts-01-admin-created-head");
        }

        await using var head = await BrowserSession.SignInAsync(fixture.Browser, fixture.BaseUrl, "tp.kstt.moi", Screenshots, password);
        await head.WaitForPageAsync("**/account/password", "password-must-change");
        await Assertions.Expect(head.ByTestId("password-must-change")).ToBeVisibleAsync();
        await Assertions.Expect(head.ByTestId("password-policy")).ToContainTextAsync("Ít nhất 8 ký tự");
        await head.ShotAsync("accounts-02-head-must-change-password");
        await head.ChangePasswordAsync(password, "Khoa@2026");

        await head.ClickAsync("nav-unit");
        await head.WaitForPageAsync("**/unit", "my-campaigns");
        await Assertions.Expect(head.Page.Locator("h1")).ToHaveTextAsync("Đơn vị của tôi");
        await Assertions.Expect(head.ByTestId("my-campaigns")).ToBeVisibleAsync();
        await head.ShotAsync("accounts-03-head-reaches-unit");
    }

    [Fact]
    public async Task TheUsersPage_BringsWhatIsPressedIntoView_ARefusalAboveTheList_AndTheFormBelowIt()
    {
        await using var admin = await BrowserSession.SignInAsync(fixture, "quantri", Screenshots);
        await admin.GoAsync("admin/users");

        // Pressed below a list of twenty accounts, the refusal shows above the list: it is brought into view.
        await admin.TypeAsync("user-name", "congdoan");
        await admin.TypeAsync("user-fullname", "Người trùng tên");
        await admin.Page.GetByLabel("Cán bộ Công đoàn", new() { Exact = true }).CheckAsync();
        await admin.ClickAsync("user-save");
        await Assertions.Expect(admin.ByTestId("errors")).ToContainTextAsync("Đã có tài khoản tên 'congdoan'");
        await Assertions.Expect(admin.ByTestId("errors")).ToBeInViewportAsync();

        // Pressed on a row, the editing form below the list is brought into view.
        await admin.ClickAsync("user-edit-hoidong2");
        await Assertions.Expect(admin.ByTestId("user-form-heading")).ToContainTextAsync("hoidong2");
        await Assertions.Expect(admin.ByTestId("user-form-heading")).ToBeInViewportAsync();
        await admin.ShotAsync("accounts-04-editing-form-in-view");
    }

    /// <summary>
    /// A person marked as left: the administrator's list says their account is disabled because they left, offers no
    /// way to enable it, and the form asks for the holder's address; at a phone's width and a desk's.
    /// </summary>
    [Fact]
    public async Task ThePersonWhoLeft_ShowsAsDisabledForLeaving_WithNoEnable_AtAPhonesWidthAndADesks()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        string code;
        await using (var db = await fixture.App.DbAsync())
        {
            var nk = await db.Units.Where(u => u.Code == "NK").Select(u => u.Id).SingleAsync();
            code = await db.People.Where(p => p.UnitId == nk && p.Code != null && !db.Users.Any(u => u.PersonId == p.Id))
                .OrderBy(p => p.Id).Select(p => p.Code!).FirstAsync();
        }

        var accounts = scope.ServiceProvider.GetRequiredService<Emulation.Web.Services.Accounts.AccountService>();
        Assert.True((await accounts.CreateForHolderAsync(TestActors.Admin, new Emulation.Web.Services.Accounts.NewAccount(
            "vt.nk.nghi", "Cán bộ Nghỉ Việc", [Roles.Staff], null, code))).IsSuccess);
        await using (var db = await fixture.App.DbAsync())
        {
            var person = await db.People.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
            Assert.True((await fixture.App.Service<Emulation.Web.Services.Organization.PeopleService>().LeaveAsync(TestActors.Officer, person,
                new Emulation.Web.Services.Organization.PersonLeaving(Emulation.Domain.Organization.LeaveReason.Retired, new DateOnly(2026, 11, 30), null))).IsSuccess);
        }

        await using var admin = await BrowserSession.SignInAsync(fixture, "quantri", Screenshots);
        await admin.GoAsync("admin/users");
        // The name sorts after the demo accounts, on the list's second page, so that it moves no other test's row: found by search.
        await admin.TypeAsync("users-search", "vt.nk.nghi");
        await Assertions.Expect(admin.ByTestId("user-left-vt.nk.nghi")).ToContainTextAsync("đã nghỉ việc, ngày làm việc cuối 30/11/2026");
        await Assertions.Expect(admin.ByTestId("user-enable-vt.nk.nghi")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.ByTestId("user-email")).ToBeVisibleAsync();
        await admin.Page.SetViewportSizeAsync(1280, 900);
        await admin.ShotAsync("accounts-05-person-left-disabled-1280");
        await admin.AssertFitsPhoneAsync("accounts-06-person-left-disabled-390");
    }
}
