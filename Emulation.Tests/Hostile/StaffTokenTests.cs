using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// An administrator cannot issue a token that acts as a person (a staff account's token issued by the administrator was
/// accepted by /documents as that person): a person's account is refused, and the service token of an account for
/// automation never carries a person, even once someone links one to it. A person's tokens are their own to issue
/// (ApiTokenService.CreateAsync; staff hold none until the API serves their role).
/// </summary>
public sealed class StaffTokenTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("nv.th1")]
    [InlineData("tp.th")]
    [InlineData("hoidong1")]
    public async Task AnAdministrator_IssuingATokenForAPersonsAccount_Is403_AndNoTokenIsStored(string userName)
    {
        using var admin = App.Bootstrap();
        await using var before = await App.DbAsync();
        var id = await before.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var held = await before.Set<Emulation.Web.Data.ApiToken>().CountAsync(t => t.UserId == id);

        var issued = await admin.PostAsync($"/api/v1/users/{userName}/tokens", ApiClients.Json("""{"name":"hồ sơ"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, issued.StatusCode);
        Assert.Contains("token.personal_account", await issued.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var after = await App.DbAsync();
        Assert.Equal(held, await after.Set<Emulation.Web.Data.ApiToken>().CountAsync(t => t.UserId == id));
    }

    [Fact]
    public async Task AStaffAccountMadeThroughTheApi_GetsNoTokenFromTheAdministrator()
    {
        using var admin = App.Bootstrap();
        var (_, colleague) = await PeopleAsync();
        await using var db = await App.DbAsync();
        var code = await db.People.Where(p => p.Id == colleague).Select(p => p.Code).SingleAsync();
        // nv.th2 holds that person's account already: a third person of TH without an account.
        var free = await db.People.Where(p => p.UnitId == db.Units.Where(u => u.Code == "TH").Select(u => u.Id).Single() &&
            p.Code != null && !db.Users.Any(u => u.PersonId == p.Id)).Select(p => p.Code!).FirstAsync();
        Assert.NotEqual(code, free);
        var created = await admin.PostAsync("/api/v1/users", ApiClients.Json(
            $$"""{"userName":"st.tok","fullName":"Người Không Mật Khẩu","roles":["staff"],"personCode":"{{free}}"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var issued = await admin.PostAsync("/api/v1/users/st.tok/tokens", ApiClients.Json("""{"name":"lén"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, issued.StatusCode);
    }

    [Fact]
    public async Task AServiceToken_ReachesNoPersonalDocument_EvenAfterAPersonIsLinkedToItsAccount()
    {
        using var admin = App.Bootstrap();
        int own;
        await using (var db = await App.DbAsync())
        {
            // A member of staff with no account, whose record the service account is linked to below.
            own = await db.People.Where(p => p.Code != null && !db.Users.Any(u => u.PersonId == p.Id)).OrderBy(p => p.Id)
                .Select(p => p.Id).FirstAsync();
        }

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/users", ApiClients.Json(
            """{"userName":"svc.lanhdao","fullName":"Tự động lãnh đạo","roles":["leadership"]}"""))).StatusCode);
        var issued = await admin.PostAsync("/api/v1/users/svc.lanhdao/tokens", ApiClients.Json("""{"name":"tự động"}"""));
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        using var service = App.Bearer((string)JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["token"]!);
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync("/api/v1/decisions")).StatusCode);

        // Someone makes the account a member of staff's, linked to their record, behind the token's back (leadership
        // reads every profile: the staff role alone reads only its own person's).
        await using (var db = await App.DbAsync())
        {
            var account = await db.Users.SingleAsync(u => u.UserName == "svc.lanhdao");
            account.PersonId = own;
            db.UserRoles.RemoveRange(db.UserRoles.Where(r => r.UserId == account.Id));
            db.UserRoles.Add(new() { UserId = account.Id, RoleId = await db.Roles.Where(r => r.Name == Emulation.Web.Data.Roles.Staff).Select(r => r.Id).SingleAsync() });
            await db.SaveChangesAsync();
        }

        var profile = await service.GetAsync($"/documents/profile/person/{own}.xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
    }

    private async Task<(int Own, int Colleague)> PeopleAsync()
    {
        await using var db = await App.DbAsync();
        var own = await db.Users.Where(u => u.UserName == "nv.th1").Select(u => u.PersonId).SingleAsync();
        var colleague = await db.Users.Where(u => u.UserName == "nv.th2").Select(u => u.PersonId).SingleAsync();
        return (own!.Value, colleague!.Value);
    }
}
