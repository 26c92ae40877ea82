using System.Net;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// A person marked as left can no longer act: their account is disabled in the same save, as an administrator
/// disables one (its cookie and API token end at once), the administrator's list says why, and the account is not
/// enabled again while the person stays marked as left. Someone who may not keep the staff list changes nothing.
/// </summary>
public sealed class PersonLeavingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);

    private EmulationAppFactory App => fixture.App;

    private async Task<T> WithAccountsAsync<T>(Func<AccountService, Task<T>> use)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    private async Task<int> PersonOfAsync(string userName)
    {
        await using var db = await App.DbAsync();
        return (await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId).SingleAsync())!.Value;
    }

    private async Task<AccountSummary> RowAsync(string userName) =>
        (await WithAccountsAsync(a => a.SearchAsync(TestActors.Admin, new AccountFilter(userName), 0, 10))).Rows.Single(r => r.UserName == userName);

    [Fact]
    public async Task MarkingAPersonAsLeft_DisablesTheirAccount_EndingItsCookieAndToken_AndItStaysDisabled()
    {
        // hoidong4 is a council member who is staff of Phòng Tổng hợp: a cookie and an API token of their own.
        using var browser = await App.SignedInClientAsync("hoidong4");
        using var token = await App.AsUserAsync("hoidong4");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/units")).StatusCode);

        var left = await App.Service<PeopleService>().LeaveAsync(await App.ActorAsync("congdoan"), await PersonOfAsync("hoidong4"),
            new PersonLeaving(LeaveReason.Retired, LastDay, null));

        Assert.True(left.IsSuccess, string.Join("; ", left.Errors));
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/units")).StatusCode);
        var row = await RowAsync("hoidong4");
        Assert.True(row.Disabled);
        Assert.Equal(LastDay, row.PersonLeftOn);

        var enabled = await WithAccountsAsync(a => a.EnableAsync(TestActors.Admin, "hoidong4"));

        Assert.Equal(AccountService.PersonLeft("").Code, Assert.Single(enabled.Errors).Code);
        Assert.True((await RowAsync("hoidong4")).Disabled);
        using var again = App.CreateCookieClient();
        Assert.NotEqual(HttpStatusCode.Redirect,
            (await again.PostLoginAsync("hoidong4", Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task ADepartmentHead_CannotMarkSomeoneAsLeft_AndTheirAccountStaysEnabled()
    {
        var person = await PersonOfAsync("nv.th1");

        await Assert.ThrowsAsync<AccessDeniedException>(async () => await App.Service<PeopleService>().LeaveAsync(
            await App.ActorAsync("tp.th"), person, new PersonLeaving(LeaveReason.Retired, LastDay, null)));

        Assert.False((await RowAsync("nv.th1")).Disabled);
        await using var db = await App.DbAsync();
        Assert.Null(await db.People.Where(p => p.Id == person).Select(p => p.LeftOn).SingleAsync());
    }
}
