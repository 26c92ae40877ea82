using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>A staff account belongs to one person: it needs the person's record, and a person has one account.</summary>
public sealed class StaffAccountTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<T> WithAccountsAsync<T>(Func<AccountService, Task<T>> use)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    /// <summary>Codes of people of Phòng Tổng hợp who have no account yet.</summary>
    private async Task<List<string>> UnlinkedCodesAsync()
    {
        await using var db = await fixture.App.DbAsync();
        var unit = await fixture.App.UnitIdAsync(DemoDataSeeder.DemoUnitCode);
        var linked = db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId);
        return await db.People.Where(p => p.UnitId == unit && p.Code != null && !linked.Contains(p.Id)).OrderBy(p => p.Id)
            .Select(p => p.Code!).ToListAsync();
    }

    [Fact]
    public async Task Create_StaffWithoutAPerson_IsRefused_AndNothingIsSaved()
    {
        var created = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("nv.khong.ho.so", "Lê Thị Mai", [Roles.Staff], null, null)));

        Assert.Equal(AccountService.PersonRequired().Code, Assert.Single(created.Errors).Code);
        await using var db = await fixture.App.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "nv.khong.ho.so"));
    }

    [Fact]
    public async Task Create_ASecondAccountForTheSamePerson_IsRefused()
    {
        var code = (await UnlinkedCodesAsync())[0];
        var first = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("nv.lan.mot", "Người thứ nhất", [Roles.Staff], null, code)));

        var second = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("nv.lan.hai", "Người thứ nhất", [Roles.Staff], null, code)));

        Assert.True(first.IsSuccess, string.Join("; ", first.Errors));
        Assert.Equal(AccountService.PersonHasAccount(code).Code, Assert.Single(second.Errors).Code);
        var offered = await WithAccountsAsync(a => a.SearchPeopleAsync(TestActors.Admin, code));
        Assert.DoesNotContain(offered, p => p.Code == code);
    }

    [Fact]
    public async Task Create_Staff_LinksThePerson_AndTheSignInCarriesIt()
    {
        var code = (await UnlinkedCodesAsync())[1];
        var created = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("nv.moi", "Cán bộ mới", [Roles.Staff], null, code)));

        Assert.True(created.IsSuccess, string.Join("; ", created.Errors));
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync("nv.moi"))!;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        var actor = Actor.From(principal);
        await using var db = await fixture.App.DbAsync();
        Assert.Equal(await db.People.Where(p => p.Code == code).Select(p => (int?)p.Id).SingleAsync(), actor.PersonId);
        Assert.True(actor.IsInRole(Roles.Staff));
        Assert.Null(actor.UnitId);
        var row = (await WithAccountsAsync(a => a.SearchAsync(TestActors.Admin, new AccountFilter("nv.moi"), 0, 10))).Rows.Single();
        Assert.Equal(code, row.PersonCode);
    }

    [Fact]
    public async Task ChangeRoles_ToStaff_WithoutAPerson_IsRefused()
    {
        var created = await WithAccountsAsync(a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("lanhdao.moi", "Lãnh đạo mới", [Roles.Leadership], null, null)));
        Assert.True(created.IsSuccess);

        var changed = await WithAccountsAsync(a => a.ChangeRolesAsync(TestActors.Admin, "lanhdao.moi", [Roles.Staff], null));

        Assert.Equal(AccountService.PersonRequired().Code, Assert.Single(changed.Errors).Code);
    }
}
