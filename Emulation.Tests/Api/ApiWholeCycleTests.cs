using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>
/// Another system runs a whole campaign through the REST API alone, starting from the bootstrap token: it makes the
/// accounts and their tokens, then each step is taken by an account of the right role (issue #15 item 13).
/// </summary>
public sealed class ApiWholeCycleTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static StringContent Json(string json) => ApiClients.Json(json);

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"] ?? "";

    /// <summary>An account made through the API, and a client with a token made for it through the API.</summary>
    private async Task<HttpClient> AccountAsync(HttpClient admin, string userName, string roles, string? unitCode = null)
    {
        var unit = unitCode is null ? "" : $",\"unitCode\":\"{unitCode}\"";
        await ReadAsync(await admin.PostAsync("/api/v1/users", Json(
            $$"""{"userName":"{{userName}}","fullName":"Tự động {{userName}}","roles":[{{roles}}]{{unit}}}""")), HttpStatusCode.Created);
        return await TokenAsync(admin, userName);
    }

    private async Task<HttpClient> TokenAsync(HttpClient admin, string userName)
    {
        var token = await ReadAsync(await admin.PostAsync($"/api/v1/users/{userName}/tokens",
            Json($$"""{"name":"tự động hoá","expiresOn":"{{InThirtyDays}}"}""")), HttpStatusCode.Created);
        Assert.Equal(InThirtyDays, (string?)token["expiresOn"]);
        return App.Bearer((string)token["token"]!);
    }

    [Fact]
    public async Task WholeCampaign_CreateLaunchPledgeResultsReviewCouncilDecision_ThroughTheApiAlone()
    {
        using var admin = App.Bootstrap();
        using var officer = await AccountAsync(admin, "cycle.congdoan", "\"unionOfficer\"");
        using var th = await AccountAsync(admin, "cycle.tp.th", "\"departmentHead\"", "TH");
        using var kt = await AccountAsync(admin, "cycle.tp.kt", "\"departmentHead\"", "KT");
        using var leader = await AccountAsync(admin, "cycle.lanhdao", "\"leadership\"");
        var members = new Dictionary<string, HttpClient>();
        foreach (var member in CouncilDriver.AllMembers)
        {
            // Each member's ballot is their own: the token is one they issued themselves (an administrator issues
            // tokens only to service accounts).
            members[member] = await App.AsUserAsync(member);
        }

        var users = (await ReadAsync(await admin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray();
        var head = users.Single(u => (string?)u!["userName"] == "cycle.tp.th")!;
        Assert.Equal("TH", (string?)head["unitCode"]);
        Assert.Equal(["departmentHead"], head["roles"]!.AsArray().Select(r => (string?)r));

        // The campaign, with its titles and a quota.
        var created = await ReadAsync(await officer.PostAsync("/api/v1/campaigns", Json($$"""
            {"code":"CYCLE-2026","name":"Thi đua trọn vòng qua API","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"THAM-MUU","name":"{{DemoOrganization.AdvisoryBloc}}","unitCodes":["TH","KT"]}],
             "criteria":[
               {"code":"C1","group":"Chuyên môn","name":"Văn bản","unit":"văn bản","maxPoints":60,"method":"proportional","direction":"higherIsBetter"},
               {"code":"C2","group":"Chuyên môn","name":"Đúng hạn","unit":"","maxPoints":40,"method":"yesNo","direction":"higherIsBetter"}],
             "titles":[{"award":"advancedWorker"},{"award":"grassrootsEmulationFighter","quotaPercent":15},
               {"award":"advancedLabourCollective"},{"award":"collectiveCertificateOfCommendation"}]}
            """)), HttpStatusCode.Created);
        var id = (int)created["id"]!;

        Assert.StartsWith("campaign.wrong_status", await DetailAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/open-results", null)),
            StringComparison.Ordinal);
        await ReadAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null), HttpStatusCode.NoContent);

        // Pledges by each unit's head; the administrator cannot write one as themselves.
        Assert.Equal(HttpStatusCode.Forbidden,
            (await admin.PutAsync($"/api/v1/campaigns/{id}/pledges/TH", Json("""{"targets":{"C1":100}}"""))).StatusCode);
        await ReadAsync(await th.PutAsync($"/api/v1/campaigns/{id}/pledges/TH", Json("""{"targets":{"C1":100}}""")), HttpStatusCode.NoContent);
        await ReadAsync(await kt.PutAsync($"/api/v1/campaigns/{id}/pledges/KT", Json("""{"targets":{"C1":50}}""")), HttpStatusCode.NoContent);

        var early = await officer.PostAsync($"/api/v1/campaigns/{id}/start-review", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await ReadAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/open-results", null), HttpStatusCode.NoContent);

        await ReadAsync(await th.PutAsync($"/api/v1/campaigns/{id}/results/TH", Json("""{"values":{"C1":90,"C2":1}}""")), HttpStatusCode.NoContent);
        await ReadAsync(await th.PostAsync($"/api/v1/campaigns/{id}/results/TH/submit", null), HttpStatusCode.NoContent);
        await ReadAsync(await kt.PutAsync($"/api/v1/campaigns/{id}/results/KT", Json("""{"values":{"C1":60,"C2":1}}""")), HttpStatusCode.NoContent);
        await ReadAsync(await kt.PostAsync($"/api/v1/campaigns/{id}/results/KT/submit", null), HttpStatusCode.NoContent);

        await ReadAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/start-review", null), HttpStatusCode.NoContent);

        // The campaign's quota reaches the API's recommendations, with its arithmetic.
        var recommendations = (await ReadAsync(await officer.GetAsync($"/api/v1/campaigns/{id}/recommendations"), HttpStatusCode.OK)).AsArray();
        Assert.All(recommendations.Where(r => (string?)r!["award"] == "grassrootsEmulationFighter" && (string?)r["status"] is "recommended" or "overQuota"),
            r => Assert.Equal(15m, (decimal)r!["quota"]!["capPercent"]!));

        // Review: the officer nominates one collective by hand and the engine's recommendations.
        var added = await ReadAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/nominations", Json(
            """{"unitCode":"KT","title":"collectiveCertificateOfCommendation","reason":"Hoàn thành xuất sắc nhiệm vụ đột xuất."}""")),
            HttpStatusCode.Created);
        var byHand = (int)added["id"]!;
        await ReadAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/nominations/from-recommendations", null), HttpStatusCode.OK);

        // Council: open, attendance, every member's own ballot, close.
        var opened = await ReadAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/council-sessions",
            Json("""{"heldOn":"2026-12-10","chairUserName":"hoidong1"}""")), HttpStatusCode.Created);
        var session = (int)opened["id"]!;
        var read = await officer.GetAsync($"/api/v1/council/sessions/{session}");
        var attendance = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/council/sessions/{session}/attendance")
        {
            Content = Json("{\"present\":[" + string.Join(",", CouncilDriver.AllMembers.Select(m => $"\"{m}\"")) + "]}"),
        };
        attendance.Headers.IfMatch.Add(read.Headers.ETag!);
        await ReadAsync(await officer.SendAsync(attendance), HttpStatusCode.OK);
        // The national rule set does not count written ballots of absent members: 409 with the code.
        var written = await officer.PostAsync($"/api/v1/council/sessions/{session}/written-ballots",
            Json($$"""{"memberUserName":"hoidong5","nominationId":{{byHand}},"choice":"yes"}"""));
        Assert.Equal(HttpStatusCode.Conflict, written.StatusCode);
        Assert.StartsWith("council.written_ballots_not_counted", await DetailAsync(written), StringComparison.Ordinal);
        foreach (var (name, client) in members)
        {
            var view = await ReadAsync(await client.GetAsync($"/api/v1/council/sessions/{session}"), HttpStatusCode.OK);
            var votes = view["agenda"]!.AsArray().Where(a => !(bool)a!["iRecuse"]!)
                .Select(a => $$"""{"nominationId":{{(int)a!["nominationId"]!}},"choice":"yes"}""");
            await ReadAsync(await client.PostAsync($"/api/v1/council/sessions/{session}/votes",
                Json("{\"votes\":[" + string.Join(",", votes) + "]}")), HttpStatusCode.OK);
        }

        var closed = await ReadAsync(await officer.PostAsync($"/api/v1/council/sessions/{session}/close", null), HttpStatusCode.OK);
        Assert.Equal("closed", (string?)closed["status"]);
        var item = closed["agenda"]!.AsArray().Single(a => (int)a!["nominationId"]! == byHand)!;
        Assert.True((string?)item["status"] == "passed", item.ToJsonString());

        // Decision by the leadership, then the campaign closes.
        var decision = await ReadAsync(await leader.PostAsync($"/api/v1/campaigns/{id}/decisions", Json($$"""
            {"number":"90/QĐ-TĐ","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng",
             "nominationIds":[{{byHand}}]}
            """)), HttpStatusCode.Created);
        var issued = await ReadAsync(await leader.GetAsync($"/api/v1/decisions/{(int)decision["id"]!}"), HttpStatusCode.OK);
        Assert.Equal("90/QĐ-TĐ", (string?)issued["decision"]!["number"]);
        Assert.Equal("collectiveCertificateOfCommendation", (string?)Assert.Single(issued["lines"]!.AsArray())!["title"]);

        await ReadAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/close", null), HttpStatusCode.NoContent);
        var again = await officer.PostAsync($"/api/v1/campaigns/{id}/close", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("campaign.wrong_status", await DetailAsync(again), StringComparison.Ordinal);
        foreach (var client in members.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task CreateUser_Twice_Is409_AndAHeadWithoutAUnit_Is400()
    {
        using var admin = App.Bootstrap();
        const string body = """{"userName":"cycle.twice","fullName":"Hai Lần","roles":["leadership"]}""";

        await ReadAsync(await admin.PostAsync("/api/v1/users", Json(body)), HttpStatusCode.Created);
        var twice = await admin.PostAsync("/api/v1/users", Json(body));
        var headless = await admin.PostAsync("/api/v1/users", Json(
            """{"userName":"cycle.nounit","fullName":"Không Đơn Vị","roles":["departmentHead"]}"""));
        var staff = await admin.PostAsync("/api/v1/users", Json(
            """{"userName":"cycle.staff","fullName":"Nhân Viên","roles":["staff"]}"""));

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.StartsWith("account.name_taken", await DetailAsync(twice), StringComparison.Ordinal);
        var problem = await ReadAsync(headless, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("unitCode"));
        Assert.Equal(HttpStatusCode.BadRequest, staff.StatusCode);
    }

    [Fact]
    public async Task TheUserList_ShowsEveryRole_AndAStaffAccountIsCreatedForItsPerson()
    {
        using var admin = App.Bootstrap();
        string person;
        await using (var db = await App.DbAsync())
        {
            var taken = await db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId).ToListAsync();
            person = (await db.People.Where(p => p.Code != null && !taken.Contains(p.Id)).Select(p => p.Code).FirstAsync())!;
        }

        var users = (await ReadAsync(await admin.GetAsync("/api/v1/users"), HttpStatusCode.OK)).AsArray();
        var personless = await admin.PostAsync("/api/v1/users", Json("""{"userName":"cycle.staff2","fullName":"Nhân Viên","roles":["staff"]}"""));
        var staff = await admin.PostAsync("/api/v1/users", Json(
            $$"""{"userName":"cycle.staff3","fullName":"Nhân Viên","roles":["staff"],"personCode":"{{person}}"}"""));

        string?[] RolesOf(string userName) => [.. users.Single(u => (string?)u!["userName"] == userName)!["roles"]!.AsArray().Select(r => (string?)r)];
        Assert.Equal(["staff"], RolesOf("nv.th1"));
        Assert.Equal(["appraiser"], RolesOf(DemoDataSeeder.BoardUserName));
        Assert.Equal(["boardCouncilMember"], RolesOf(DemoDataSeeder.BoardCouncilUserName(1)));
        Assert.True((await ReadAsync(personless, HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("personCode"));
        Assert.Equal(["staff"], (await ReadAsync(staff, HttpStatusCode.Created))["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task UsersAndTheirTokens_AreForAdministratorsOnly()
    {
        using var officer = await App.AsUserAsync("congdoan");

        var list = await officer.GetAsync("/api/v1/users");
        var create = await officer.PostAsync("/api/v1/users", Json("""{"userName":"cycle.x","fullName":"X","roles":["administrator"]}"""));
        var token = await officer.PostAsync("/api/v1/users/congdoan/tokens", Json("""{"name":"lén"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
    }

    [Fact]
    public async Task TokenForAnUnknownUser_Is404_AndOneExpiringYesterday_Is400()
    {
        using var admin = App.Bootstrap();

        var unknown = await admin.PostAsync("/api/v1/users/no.such.user/tokens", Json("""{"name":"x"}"""));
        var past = await admin.PostAsync("/api/v1/users/congdoan/tokens", Json("""{"name":"x","expiresOn":"2000-01-01"}"""));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True((await ReadAsync(past, HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("expiresOn"));
    }

    private static string InThirtyDays =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
