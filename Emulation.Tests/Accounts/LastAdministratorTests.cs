using System.Net;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Organization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// Someone can always administer: the last enabled administrator (the demo's quantri) is neither disabled, nor demoted,
/// nor locked out by marking their person as left, through the pages' services or the API (409 with the reason), and
/// two administrators disabling each other at once leave one of them enabled.
/// </summary>
public sealed class LastAdministratorTests : IAsyncLifetime
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);
    private readonly EmulationAppFactory _app = new((Emulation.Web.Startup.ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Links quantri to a staff record of Phòng Tổng hợp that has no account; returns its code and id.</summary>
    private async Task<(string Code, int Id)> LinkAdministratorToAPersonAsync()
    {
        await using var db = await _app.DbAsync();
        var linked = db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId);
        var person = await db.People.Where(p => p.Code != null && p.LeftOn == null && !linked.Contains(p.Id))
            .OrderBy(p => p.Id).Select(p => new { Code = p.Code!, p.Id }).FirstAsync();
        var linkedNow = await WithAccountsAsync(_app, a => a.ChangeRolesAsync(TestActors.Admin, "quantri", [Roles.Administrator], null, person.Code));
        Assert.True(linkedNow.IsSuccess, string.Join("; ", linkedNow.Errors));
        return (person.Code, person.Id);
    }

    private async Task<bool> DisabledAsync(string userName) =>
        (await WithAccountsAsync(_app, a => a.SearchAsync(TestActors.Admin, new AccountFilter(userName), 0, 5))).Rows.Single(r => r.UserName == userName).Disabled;

    [Fact]
    public async Task MarkingTheLastAdministratorsPersonAsLeft_IsRefused_WithA409_UntilAnotherAdministratorExists()
    {
        var (code, id) = await LinkAdministratorToAPersonAsync();
        using var api = _app.Bootstrap();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");

        var page = await _app.Service<PeopleService>().LeaveAsync(TestActors.Admin, id, new PersonLeaving(LeaveReason.MovedOut, LastDay, null));
        var response = await api.PostAsync($"/api/v1/people/{code}/leave", ApiClients.Json("""{"reason":"movedOut","lastDay":"2026-11-30"}"""));

        Assert.Equal(AccountService.PersonIsLastAdministrator("").Code, Assert.Single(page.Errors).Code);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("account.person_last_administrator", body, StringComparison.Ordinal);
        Assert.Contains("tài khoản quản trị hệ thống cuối cùng", body, StringComparison.Ordinal);
        Assert.False(await DisabledAsync("quantri"));
        await using (var db = await _app.DbAsync())
        {
            Assert.Null(await db.People.Where(p => p.Id == id).Select(p => p.LeftOn).SingleAsync());
        }

        var second = await WithAccountsAsync(_app, a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("qt.hai", "Quản trị Hai", [Roles.Administrator], null, null)));
        Assert.True(second.IsSuccess);
        var left = await api.PostAsync($"/api/v1/people/{code}/leave", ApiClients.Json("""{"reason":"movedOut","lastDay":"2026-11-30"}"""));

        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.True(await DisabledAsync("quantri"));
        // The audit page shows that lockout end, which never comes (DateTimeOffset.MaxValue): the office's offset cannot
        // shift it, so it is shown as it is instead of failing the page.
        Assert.Equal(DateTimeOffset.MaxValue, Emulation.Web.Services.OfficeTime.Local(AccountService.DisabledUntil));
        Assert.Contains("9999", Emulation.Web.Services.OfficeTime.Format(AccountService.DisabledUntil), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastAdministrator_IsNeitherDisabledNorDemotedThroughTheApi_409()
    {
        using var api = _app.Bootstrap();

        var disabled = await api.PostAsync("/api/v1/users/quantri/disable", null);
        var demoted = await api.PutAsync("/api/v1/users/quantri/roles", ApiClients.Json("""{"roles":["leadership"]}"""));
        var unknown = await api.PostAsync("/api/v1/users/khong.co/disable", null);

        Assert.Equal(HttpStatusCode.Conflict, disabled.StatusCode);
        Assert.Contains("account.last_administrator", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, demoted.StatusCode);
        Assert.Contains("account.last_administrator", await demoted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await DisabledAsync("quantri"));
        await using var db = await _app.DbAsync();
        Assert.True(await db.UserRoles.AnyAsync(r => db.Users.Any(u => u.Id == r.UserId && u.UserName == "quantri") &&
            db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Administrator)));

        // Another account of the role, and the same calls go through.
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/users", ApiClients.Json(
            """{"userName":"qt.ba","fullName":"Quản trị Ba","roles":["administrator"]}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsync("/api/v1/users/quantri/roles", ApiClients.Json("""{"roles":["leadership"]}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync("/api/v1/users/qt.ba/disable", null)).StatusCode);
    }

    [Fact]
    public async Task TwoAdministratorsDisablingEachOtherAtOnce_LeaveOneEnabled()
    {
        Assert.True((await WithAccountsAsync(_app, a => a.CreateForHolderAsync(TestActors.Admin,
            new NewAccount("qt.bon", "Quản trị Bốn", [Roles.Administrator], null, null)))).IsSuccess);
        var quantri = await _app.ActorAsync("quantri");
        var bon = await _app.ActorAsync("qt.bon");
        // Both have read the accounts before either begins its change.
        var rendezvous = new TransactionRendezvous(2);

        Result[] outcomes;
        using (_app.Rendezvous.Hold(rendezvous))
        {
            rendezvous.Arm();
            outcomes = await Task.WhenAll(
                Task.Run(() => WithAccountsAsync(_app, a => a.DisableAsync(quantri, "qt.bon"))),
                Task.Run(() => WithAccountsAsync(_app, a => a.DisableAsync(bon, "quantri"))));
        }

        Assert.True(rendezvous.Met, "both disables should have begun before either saved");
        Assert.Single(outcomes, o => o.IsSuccess);
        Assert.Equal(AccountService.LastAdministrator().Code, Assert.Single(Assert.Single(outcomes, o => !o.IsSuccess).Errors).Code);
        Assert.NotEqual(await DisabledAsync("quantri"), await DisabledAsync("qt.bon"));
    }

    private static async Task<T> WithAccountsAsync<T>(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, Func<AccountService, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AccountService>());
    }
}
