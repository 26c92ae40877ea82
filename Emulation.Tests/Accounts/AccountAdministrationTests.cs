using System.Net;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// The administrator's account rules, through <see cref="AccountService"/> over the real database: names are unique,
/// a head answers for a unit, the last administrator and one's own administrator role stay, a disabled account's
/// cookies and tokens stop at once, a temporary password must be changed first. Each test uses its own accounts;
/// the demo administrator "quantri" is the only administrator in this fixture and no test adds another.
/// </summary>
public sealed class AccountAdministrationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>An administrator who is not the demo "quantri" account (its id matches no account).</summary>
    private static Actor OtherAdministrator => TestActors.Admin;

    private async Task<T> WithAccountsAsync<T>(Func<AccountService, Task<T>> use)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    private Task<Emulation.Domain.Common.Result<AccountHandover>> CreateAsync(string userName, string role, string? unit) =>
        WithAccountsAsync(a => a.CreateForHolderAsync(OtherAdministrator, new NewAccount(userName, "Nguyễn Văn Mới", [role], unit, null)));

    private static async Task<bool> SignedInAsync(HttpClient client) =>
        (await client.GetAsync("/campaigns")).StatusCode == HttpStatusCode.OK;

    private async Task<AccountSummary> RowAsync(string userName) =>
        (await WithAccountsAsync(a => a.SearchAsync(OtherAdministrator, new AccountFilter(userName), 0, 50))).Rows.Single(r => r.UserName == userName);

    [Fact]
    public async Task Create_WithATakenUserName_IsRefused()
    {
        var created = await CreateAsync("TP.TH", Roles.DepartmentHead, "TH");

        Assert.Equal(AccountService.NameTaken("").Code, Assert.Single(created.Errors).Code);
    }

    [Fact]
    public async Task Create_HeadWithoutUnit_IsRefused_AndNothingIsSaved()
    {
        var created = await CreateAsync("tp.khongdonvi", Roles.DepartmentHead, null);

        Assert.Equal(AccountService.UnitRequired().Code, Assert.Single(created.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "tp.khongdonvi"));
    }

    [Fact]
    public async Task ChangeRoles_ToHeadWithoutUnit_IsRefused()
    {
        Assert.True((await CreateAsync("hd.sapthanhtp", Roles.CouncilMember, null)).IsSuccess);

        var changed = await WithAccountsAsync(a => a.ChangeRolesAsync(OtherAdministrator, "hd.sapthanhtp", [Roles.DepartmentHead], null));

        Assert.Equal(AccountService.UnitRequired().Code, Assert.Single(changed.Errors).Code);
        Assert.Equal([Roles.CouncilMember], (await RowAsync("hd.sapthanhtp")).Roles);
    }

    [Fact]
    public async Task ChangeRoles_GivesAHeadTheUnit_AndEndsTheirSessions()
    {
        var password = (await CreateAsync("hd.lenchuc", Roles.CouncilMember, null)).Value.TemporaryPassword!;
        using var browser = App.CreateCookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync("hd.lenchuc", password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);

        var changed = await WithAccountsAsync(a => a.ChangeRolesAsync(OtherAdministrator, "hd.lenchuc", [Roles.DepartmentHead], "KT"));

        Assert.True(changed.IsSuccess);
        var row = await RowAsync("hd.lenchuc");
        Assert.Equal([Roles.DepartmentHead], row.Roles);
        Assert.Equal("KT", row.UnitCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account/password")).StatusCode);
    }

    [Fact]
    public async Task RemovingOwnAdministratorRole_IsRefused()
    {
        var self = await App.ActorAsync("quantri");

        var changed = await WithAccountsAsync(a => a.ChangeRolesAsync(self, "quantri", [Roles.UnionOfficer], null));

        Assert.Equal(AccountService.OwnAdministratorRole().Code, Assert.Single(changed.Errors).Code);
    }

    [Fact]
    public async Task RemovingTheLastAdministratorsRole_OrDisablingIt_IsRefused()
    {
        var changed = await WithAccountsAsync(a => a.ChangeRolesAsync(OtherAdministrator, "quantri", [Roles.Leadership], null));
        var disabled = await WithAccountsAsync(a => a.DisableAsync(OtherAdministrator, "quantri"));

        Assert.Equal(AccountService.LastAdministrator().Code, Assert.Single(changed.Errors).Code);
        Assert.Equal(AccountService.LastAdministrator().Code, Assert.Single(disabled.Errors).Code);
        Assert.Contains(Roles.Administrator, (await RowAsync("quantri")).Roles);
    }

    [Fact]
    public async Task Disable_RefusesTheAccountsCookieAndToken_AtOnce_AndEnableLetsItSignInAgain()
    {
        using var browser = await App.SignedInClientAsync("tp.ttcb");
        using var token = await App.AsUserAsync("tp.ttcb");
        Assert.True(await SignedInAsync(browser));
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/units")).StatusCode);

        Assert.True((await WithAccountsAsync(a => a.DisableAsync(OtherAdministrator, "tp.ttcb"))).IsSuccess);

        Assert.False(await SignedInAsync(browser));
        Assert.NotEqual(HttpStatusCode.OK, (await token.GetAsync("/api/v1/units")).StatusCode);
        Assert.True((await RowAsync("tp.ttcb")).Disabled);
        using var again = App.CreateCookieClient();
        Assert.NotEqual(HttpStatusCode.Redirect, (await again.PostLoginAsync("tp.ttcb", DemoDataSeeder.DemoPassword)).StatusCode);

        Assert.True((await WithAccountsAsync(a => a.EnableAsync(OtherAdministrator, "tp.ttcb"))).IsSuccess);
        using var enabled = await App.SignedInClientAsync("tp.ttcb");
        Assert.True(await SignedInAsync(enabled));
    }

    [Fact]
    public async Task Disable_IsInTheAuditTrail_UnderTheAdministratorsName()
    {
        var admin = await App.ActorAsync("quantri");

        Assert.True((await WithAccountsAsync(a => a.DisableAsync(admin, "tp.qttv"))).IsSuccess);

        await using var db = await App.DbAsync();
        var id = await db.Users.Where(u => u.UserName == "tp.qttv").Select(u => u.Id).SingleAsync();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Entity == nameof(AppUser) && e.EntityKey == id).ToListAsync();
        Assert.Contains(entries, e => e.UserName == "quantri" && e.After!.Contains(nameof(AppUser.LockoutEnd), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unlock_OpensALockedAccount_AndRefusesOneThatIsNotLocked()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = await users.FindByNameAsync("tp.kstt");
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        Assert.True((await RowAsync("tp.kstt")).Locked);
        Assert.True((await WithAccountsAsync(a => a.UnlockAsync(OtherAdministrator, "tp.kstt"))).IsSuccess);
        var again = await WithAccountsAsync(a => a.UnlockAsync(OtherAdministrator, "tp.kstt"));

        Assert.Equal(AccountService.NotLocked("").Code, Assert.Single(again.Errors).Code);
        using var browser = await App.SignedInClientAsync("tp.kstt");
        Assert.True(await SignedInAsync(browser));
    }

    [Fact]
    public async Task TemporaryPassword_SendsTheUserToChangeIt_BeforeAnyOtherPage()
    {
        var password = (await CreateAsync("tp.moi", Roles.DepartmentHead, "TH")).Value.TemporaryPassword!;
        using var browser = App.CreateCookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync("tp.moi", password)).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/unit");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/password", response.Headers.Location!.OriginalString);
        Assert.True((await RowAsync("tp.moi")).MustChangePassword);
        var self = await App.ActorAsync("tp.moi");
        Assert.True((await WithAccountsAsync(a => a.ChangeOwnPasswordAsync(self, password, "Rieng@2026"))).IsSuccess);
        Assert.False((await RowAsync("tp.moi")).MustChangePassword);
        using var after = App.CreateCookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await after.PostLoginAsync("tp.moi", "Rieng@2026")).StatusCode);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/unit");
        again.Headers.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.OK, (await after.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_EndsTheOldPassword_AndTheNewOneMustBeChanged()
    {
        using var browser = await App.SignedInClientAsync("tp.hctc");

        var reset = await WithAccountsAsync(a => a.ResetPasswordAsync(OtherAdministrator, "tp.hctc"));

        Assert.True(reset.IsSuccess);
        Assert.False(await SignedInAsync(browser));
        using var old = App.CreateCookieClient();
        Assert.NotEqual(HttpStatusCode.Redirect, (await old.PostLoginAsync("tp.hctc", DemoDataSeeder.DemoPassword)).StatusCode);
        Assert.True((await RowAsync("tp.hctc")).MustChangePassword);
    }

    [Fact]
    public async Task ChangeOwnPassword_BreakingThePolicy_NamesEachRule_AndAWrongCurrentPasswordIsRefused()
    {
        var self = await App.ActorAsync("tp.btcd");

        var weak = await WithAccountsAsync(a => a.ChangeOwnPasswordAsync(self, DemoDataSeeder.DemoPassword, "abc"));
        var wrong = await WithAccountsAsync(a => a.ChangeOwnPasswordAsync(self, "Sai@12345", "Rieng@2026"));

        Assert.Contains(weak.Errors, e => e.Code == "account.password.PasswordTooShort" && e.Item == "8");
        Assert.Contains(weak.Errors, e => e.Code == "account.password.PasswordRequiresDigit");
        Assert.Equal(AccountService.WrongPassword().Code, Assert.Single(wrong.Errors).Code);
    }

    [Fact]
    public async Task TemporaryPassword_SendsTheUserToChangeIt_WhateverThePageRequestAccepts_WhileFilesStillDownload()
    {
        var password = (await CreateAsync("tp.moi2", Roles.DepartmentHead, "TH")).Value.TemporaryPassword!;
        using var browser = App.CreateCookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync("tp.moi2", password)).StatusCode);
        foreach (var accept in new[] { "*/*", "application/xhtml+xml", "" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/unit");
            if (accept.Length > 0)
            {
                request.Headers.Accept.ParseAdd(accept);
            }

            var response = await browser.SendAsync(request);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/password", response.Headers.Location!.OriginalString);
        }

        await using var db = await App.DbAsync();
        var th = await db.Units.Where(u => u.Code == "TH").Select(u => u.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/documents/staff-results/{th}/2025.xlsx")).StatusCode);
    }

    [Fact]
    public async Task ChangeOwnPassword_GuessingTheCurrentOne_CountsTowardTheSignInLockout_AndTheRightOneWaitsForItsEnd()
    {
        var self = await App.ActorAsync("tp.kgvx");
        using var browser = await App.SignedInClientAsync("tp.kgvx");
        for (var i = 0; i < IdentityRegistration.MaxFailedLogins; i++)
        {
            var guess = await WithAccountsAsync(a => a.ChangeOwnPasswordAsync(self, $"Sai@{i}2026", "Rieng@2026"));
            Assert.Equal(AccountService.WrongPassword().Code, Assert.Single(guess.Errors).Code);
        }

        var right = await WithAccountsAsync(a => a.ChangeOwnPasswordAsync(self, DemoDataSeeder.DemoPassword, "Rieng@2026"));

        Assert.Equal(AccountService.LockedOut().Code, Assert.Single(right.Errors).Code);
        using var elsewhere = App.CreateCookieClient();
        Assert.NotEqual(HttpStatusCode.Redirect, (await elsewhere.PostLoginAsync("tp.kgvx", DemoDataSeeder.DemoPassword)).StatusCode);
        Assert.True(await SignedInAsync(browser), "a lockout leaves the open session, as after failed sign-ins");
    }

    [Fact]
    public async Task Search_FiltersByNameRoleUnitAndState()
    {
        var byName = await WithAccountsAsync(a => a.SearchAsync(OtherAdministrator, new AccountFilter("hoidong"), 0, 50));
        var byRoleAndUnit = await WithAccountsAsync(a => a.SearchAsync(OtherAdministrator, new AccountFilter(Role: Roles.DepartmentHead, UnitCode: "NK"), 0, 50));
        var paged = await WithAccountsAsync(a => a.SearchAsync(OtherAdministrator, new AccountFilter(), 1, 2));

        Assert.NotEmpty(byName.Rows);
        Assert.All(byName.Rows, r => Assert.StartsWith("hoidong", r.UserName, StringComparison.Ordinal));
        Assert.Equal("tp.nk", Assert.Single(byRoleAndUnit.Rows).UserName);
        Assert.Equal(2, paged.Rows.Count);
        Assert.True(paged.Total > 10);
    }

    [Fact]
    public async Task Search_ByUnit_FindsItsStaffAccounts_ThroughTheirStaffRecord()
    {
        var th = await WithAccountsAsync(a => a.SearchAsync(OtherAdministrator, new AccountFilter(UnitCode: "TH"), 0, 50));

        Assert.Contains(th.Rows, r => r.UserName == "tp.th");
        var staff = Assert.Single(th.Rows, r => r.UserName == "nv.th1");
        // The staff member's unit is shown, but stays their record's: the account itself is bound to no unit.
        Assert.Equal(("Phòng Tổng hợp", (string?)null), (staff.PersonUnitName, staff.UnitCode));
    }

    [Fact]
    public void TemporaryPassword_MeetsThePolicy()
    {
        var policy = new Microsoft.AspNetCore.Identity.PasswordOptions { RequiredLength = 14 };

        var password = AccountService.TemporaryPassword(policy);

        Assert.Equal(14, password.Length);
        Assert.Contains(password, char.IsUpper);
        Assert.Contains(password, char.IsLower);
        Assert.Contains(password, char.IsDigit);
        Assert.Contains(password, c => !char.IsLetterOrDigit(c));
    }
    [Fact]
    public async Task TheAppBar_NamesTheSignedInPersonByFullName_WithTheLoginOnHover()
    {
        using var client = await App.SignedInClientAsync("congdoan");

        var page = await client.GetStringAsync("/campaigns", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"current-user\" title=\"congdoan\">Nguyễn Thị Thu Hà</span>", page, StringComparison.Ordinal);
    }
}
