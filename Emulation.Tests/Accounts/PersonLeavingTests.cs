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
    public async Task APersonWhoComesBack_IsOnTheStaffAgain_AndTheirAccountWaitsForAnAdministrator()
    {
        var person = await PersonOfAsync("nv.th2");
        string code;
        await using (var db = await App.DbAsync())
        {
            code = (await db.People.Where(p => p.Id == person).Select(p => p.Code).SingleAsync())!;
        }

        Assert.True((await App.Service<PeopleService>().LeaveAsync(await App.ActorAsync("congdoan"), person,
            new PersonLeaving(LeaveReason.MovedOut, LastDay, "QĐ 12/QĐ-VP"))).IsSuccess);
        using var api = App.Bootstrap();

        var back = await api.PostAsync($"/api/v1/people/{code}/return",
            ApiClients.Json("""{"on":"2027-02-01","unitCode":"TH","position":"Chuyên viên chính"}"""));
        var twice = await api.PostAsync($"/api/v1/people/{code}/return",
            ApiClients.Json("""{"on":"2027-03-01","unitCode":"TH","position":"Chuyên viên chính"}"""));

        Assert.Equal(HttpStatusCode.NoContent, back.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("organization.person_not_left", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var details = (await App.Service<PeopleService>().GetAsync(TestActors.Admin, person))!;
        Assert.Null(details.Person.LeftOn);
        Assert.Null(details.LeaveNote);
        Assert.Equal("Chuyên viên chính", details.Person.Position);
        Assert.Equal((new DateOnly(2027, 2, 1), (DateOnly?)null), (details.Tenures[0].From, details.Tenures[0].To));
        Assert.Equal(LastDay, details.Tenures[1].To);
        var row = await RowAsync("nv.th2");
        Assert.True(row.Disabled);
        Assert.Null(row.PersonLeftOn);
        await using (var db = await App.DbAsync())
        {
            var key = person.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var changes = await db.AuditEntries.Where(e => e.Entity == nameof(Person) && e.EntityKey == key).Select(e => e.After).ToListAsync();
            Assert.Contains(changes, after => after!.Contains("\"LeftOn\":null", StringComparison.Ordinal));
        }

        Assert.True((await WithAccountsAsync(a => a.EnableAsync(TestActors.Admin, "nv.th2"))).IsSuccess);
        Assert.False((await RowAsync("nv.th2")).Disabled);
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
