using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// A token acts as its account does with the sign-in cookie: a member of staff's token (issued by an administrator, and
/// taken by the documents, which accept the cookie or a token) fetches their own profile and no one else's.
/// </summary>
public sealed class StaffTokenTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task AStaffToken_FetchesTheirOwnProfile_AndNoOneElses()
    {
        using var admin = App.Bootstrap();
        var issued = await admin.PostAsync("/api/v1/users/nv.th1/tokens", ApiClients.Json("""{"name":"hồ sơ"}"""));
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        using var staff = App.Bearer((string)JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["token"]!);
        await using var db = await App.DbAsync();
        var own = await db.Users.Where(u => u.UserName == "nv.th1").Select(u => u.PersonId).SingleAsync();
        var colleague = await db.Users.Where(u => u.UserName == "nv.th2").Select(u => u.PersonId).SingleAsync();

        var mine = await staff.GetAsync($"/documents/profile/person/{own}.xlsx");
        var theirs = await staff.GetAsync($"/documents/profile/person/{colleague}.xlsx");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
    }
}
