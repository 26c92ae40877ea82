using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Accounts;

/// <summary>The administrator's account page: a bad new account is refused with its reason; the list narrows to its filters.</summary>
public sealed class UsersPageTests : PageTestContext
{
    public UsersPageTests(AppFixture fixture) : base(fixture) => SignInAs("quantri", Roles.Administrator);

    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    [Fact]
    public void Create_HeadWithoutUnit_ShowsWhyAndCreatesNothing()
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-table]")));

        page.Find(Input("user-name")).Change("tp.thieudonvi");
        page.Find(Input("user-fullname")).Change("Lê Thị Thiếu");
        page.Find(Input($"user-role-{Roles.DepartmentHead}")).Change(true);
        page.Find("[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Tài khoản trưởng phòng cần có đơn vị mà người đó phụ trách.",
            page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=temporary-password]"));
        Assert.Empty(page.FindAll("[data-testid='user-tp.thieudonvi']"));
    }

    [Fact]
    public void Create_WithATakenUserName_SaysSo()
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-table]")));

        page.Find(Input("user-name")).Change("congdoan");
        page.Find(Input("user-fullname")).Change("Người Trùng Tên");
        page.Find(Input($"user-role-{Roles.Leadership}")).Change(true);
        page.Find("[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Đã có tài khoản tên 'congdoan'.", page.Find("[data-testid=errors]").TextContent,
            StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ShowsTheTemporaryPasswordOnce_AndListsTheAccount()
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-table]")));

        page.Find(Input("user-name")).Change("lanhdao2");
        page.Find(Input("user-fullname")).Change("Phạm Văn Lãnh");
        page.Find(Input($"user-role-{Roles.Leadership}")).Change(true);
        page.Find("[data-testid=user-save]").Click();

        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=temporary-password]").TextContent.Length >= 12));
        Assert.Contains("Chờ đổi mật khẩu", page.Find("[data-testid=users-table]").TextContent, StringComparison.Ordinal);
        page.Find(Input("users-search")).Change("lanhdao2");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=users-table] tbody tr")));
    }

    /// <summary>
    /// A double click on "Tạo tài khoản": the circuit handled the second click after the first had created the account and
    /// emptied the form, and replaced the temporary password, shown only this once, with "Cần nhập tên đăng nhập" (walk39).
    /// </summary>
    [Fact]
    public async Task Create_TheSecondClickOfADoubleClick_KeepsTheTemporaryPasswordInView()
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-table]")));
        page.Find(Input("user-name")).Change("lanhdao.nhapdup");
        page.Find(Input("user-fullname")).Change("Vũ Văn Nhấp");
        page.Find(Input($"user-role-{Roles.Leadership}")).Change(true);

        await page.Find("[data-testid=user-save]").ClickAsync(new MouseEventArgs { Detail = 1 });
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=temporary-password]")));
        var password = page.Find("[data-testid=temporary-password]").TextContent;
        await page.Find("[data-testid=user-save]").ClickAsync(new MouseEventArgs { Detail = 2 });

        Assert.Equal(password, page.Find("[data-testid=temporary-password]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=errors]"));
    }

    [Fact]
    public async Task ResetPassword_AsksFirst_NamingTheAccount_AndCancellingKeepsThePassword()
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-table]")));
        page.Find(Input("user-name")).Change("lanhdao3");
        page.Find(Input("user-fullname")).Change("Đỗ Văn Cấp");
        page.Find(Input($"user-role-{Roles.Leadership}")).Change(true);
        page.Find("[data-testid=user-save]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=temporary-password]")));
        var hash = await PasswordHashAsync("lanhdao3");
        page.Find(Input("users-search")).Change("lanhdao3");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=users-table] tbody tr")));

        page.Find("[data-testid=user-reset-lanhdao3]").Click();

        page.WaitForAssertion(() => Assert.Contains("Cấp lại mật khẩu cho tài khoản lanhdao3",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=confirm-cancel]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=confirm-message]")));
        Assert.Equal(hash, await PasswordHashAsync("lanhdao3"));

        page.Find("[data-testid=user-reset-lanhdao3]").Click();
        Confirm(page);
        page.WaitForAssertion(() => Assert.Contains("lanhdao3", page.Find("[data-testid=temporary-password]").Parent!.TextContent, StringComparison.Ordinal));
        Assert.NotEqual(hash, await PasswordHashAsync("lanhdao3"));
    }

    private async Task<string?> PasswordHashAsync(string userName)
    {
        await using var db = await App.DbAsync();
        return await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.PasswordHash).SingleAsync();
    }

    [Fact]
    public void Filters_NarrowTheList_BySearchAndByDisabled()
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-table]")));

        page.Find(Input("users-search")).Change("hoidong");

        page.WaitForAssertion(() =>
        {
            var names = page.FindAll("[data-testid^=user-hoidong]").Select(e => e.TextContent).ToList();
            Assert.NotEmpty(names);
            Assert.Equal(names.Count, page.FindAll("[data-testid=users-table] tbody tr").Count);
        });

        page.Find(Input("users-disabled")).Change(true);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-none]")));
    }

    [Fact]
    public void Create_WithAnAddressAnotherAccountHolds_SaysSoInVietnamese_AndWithoutAnAddressSaysHowToHandItOver()
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-table]")));
        Fill(page, "ld.thu.mot", "Lãnh đạo Thư Một", "thu.chung@example.gov.vn");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=users-handover]")));

        Fill(page, "ld.thu.hai", "Lãnh đạo Thư Hai", "  THU.CHUNG@example.gov.vn ");

        page.WaitForAssertion(() => Assert.Contains("đã là địa chỉ của một tài khoản khác",
            page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=temporary-password]"));
        Assert.Empty(page.FindAll("[data-testid='user-ld.thu.hai']"));
    }

    private static void Fill(IRenderedComponent<UsersPage> page, string userName, string fullName, string email)
    {
        page.Find(Input("user-name")).Change(userName);
        page.Find(Input("user-fullname")).Change(fullName);
        page.Find(Input("user-email")).Change(email);
        page.Find(Input($"user-role-{Roles.Leadership}")).Change(true);
        page.Find("[data-testid=user-save]").Click();
    }
}
