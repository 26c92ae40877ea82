using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Api;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Every write is all or nothing: a request whose last part is wrong is refused and leaves every row (and the
/// ETag) as it was. "Nothing written" is read from the audit trail, which records every row created, changed or
/// removed; only the refusal log (and its subjects) and the token's last use may be added.
/// </summary>
public sealed class AtomicWriteTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private async Task<long> WritesAsync()
    {
        await using var db = await App.DbAsync();
        return await db.AuditEntries.CountAsync(e => !e.Entity.StartsWith("Refusal") && e.Entity != "ApiToken");
    }

    /// <summary>Sends the request on a client already used once (so its token's first use is behind it).</summary>
    private async Task<HttpResponseMessage> RefusedAsync(HttpClient client, Func<HttpClient, Task<HttpResponseMessage>> send,
        HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        await client.GetAsync("/api/v1/units");
        var before = await WritesAsync();
        var response = await send(client);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await WritesAsync());
        return response;
    }

    private async Task<string> PersonOfAsync(string unitCode, int skip = 0)
    {
        var unit = await App.UnitIdAsync(unitCode);
        await using var db = await App.DbAsync();
        return (await db.People.Where(p => p.UnitId == unit && p.Code != null).OrderBy(p => p.Id).Skip(skip)
            .Select(p => p.Code).FirstAsync())!;
    }

    private async Task<int> LaunchedCampaignAsync(string code)
    {
        using var officer = await App.AsUserAsync("congdoan");
        var created = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json($$"""
            {"code":"{{code}}","name":"Thi đua {{code}}","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"THAM-MUU","name":"{{DemoOrganization.AdvisoryBloc}}","unitCodes":["TH","KT"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}],
             "penalties":[{"code":"P1","name":"Vi phạm","maxPoints":5}],
             "titles":[{"award":"advancedWorker"}]}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null)).StatusCode);
        return id;
    }

    [Fact]
    public async Task PutPledge_WithAPersonNamedTwice_SavesNeitherTargetsNorTitles_AndKeepsTheETag()
    {
        var id = await LaunchedCampaignAsync("ATOM-PL1");
        var path = $"/api/v1/campaigns/{id}/pledges/TH";
        var person = await PersonOfAsync("TH");
        using var head = await App.AsUserAsync("tp.th");
        var etag = (await head.SendAsync(ApiClients.Put(path, """{"targets":{"C1":100}}""", null))).Headers.ETag!;

        var response = await RefusedAsync(head, c => c.SendAsync(ApiClients.Put(path, $$"""
            {"targets":{"C1":500},"titles":["advancedLabourCollective"],
             "people":[{"personCode":"{{person}}","title":"advancedWorker"},{"personCode":"{{person}}","title":"grassrootsEmulationFighter"}]}
            """, etag)));

        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("people[1].personCode"));
        var now = await head.GetAsync(path);
        Assert.Equal(etag, now.Headers.ETag);
        Assert.Equal(100m, (decimal)JsonNode.Parse(await now.Content.ReadAsStringAsync())!["targets"]!["C1"]!);
    }

    [Fact]
    public async Task PutPledge_WithATargetMissing_NamesTheCriterionsField_NotThePeople()
    {
        var id = await LaunchedCampaignAsync("ATOM-PL0");
        using var head = await App.AsUserAsync("tp.th");

        var response = await RefusedAsync(head, c => c.SendAsync(ApiClients.Put($"/api/v1/campaigns/{id}/pledges/TH", """{"targets":{}}""", null)));

        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["targets.C1"], errors.Select(e => e.Key));
    }

    [Fact]
    public async Task PutPledge_WithAPersonOfAnotherUnit_SavesNothing()
    {
        var id = await LaunchedCampaignAsync("ATOM-PL2");
        var path = $"/api/v1/campaigns/{id}/pledges/TH";
        var stranger = await PersonOfAsync("KT");
        using var head = await App.AsUserAsync("tp.th");
        var etag = (await head.SendAsync(ApiClients.Put(path, """{"targets":{"C1":100}}""", null))).Headers.ETag!;

        await RefusedAsync(head, c => c.SendAsync(ApiClients.Put(path, $$"""
            {"targets":{"C1":500},"people":[{"personCode":"{{stranger}}","title":"advancedWorker"}]}
            """, etag)));

        Assert.Equal(etag, (await head.GetAsync(path)).Headers.ETag);
    }

    [Fact]
    public async Task PutResults_WithAnUnknownPenaltyLast_SavesNoValue_AndKeepsTheETag()
    {
        var id = await LaunchedCampaignAsync("ATOM-RS");
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);
        var path = $"/api/v1/campaigns/{id}/results/KT";
        using var head = await App.AsUserAsync("tp.kt");
        var etag = (await head.SendAsync(ApiClients.Put(path, """{"values":{"C1":10}}""", null))).Headers.ETag!;

        await RefusedAsync(head, c => c.SendAsync(ApiClients.Put(path, """{"values":{"C1":90},"penalties":{"P1":1,"NO-SUCH":2}}""", etag)));

        var now = await head.GetAsync(path);
        Assert.Equal(etag, now.Headers.ETag);
        Assert.Equal(10m, (decimal)JsonNode.Parse(await now.Content.ReadAsStringAsync())!["values"]!["C1"]!);
    }

    [Fact]
    public async Task SubmitResults_WithAStaleETag_SubmitsNothing()
    {
        var id = await LaunchedCampaignAsync("ATOM-SB");
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);
        var path = $"/api/v1/campaigns/{id}/results/KT";
        using var head = await App.AsUserAsync("tp.kt");
        var first = (await head.SendAsync(ApiClients.Put(path, """{"values":{"C1":10}}""", null))).Headers.ETag!;
        Assert.Equal(HttpStatusCode.NoContent, (await head.SendAsync(ApiClients.Put(path, """{"values":{"C1":20}}""", first))).StatusCode);

        await RefusedAsync(head, c =>
        {
            var submit = new HttpRequestMessage(HttpMethod.Post, path + "/submit");
            submit.Headers.IfMatch.Add(first);
            return c.SendAsync(submit);
        }, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task CreateCampaign_WithItsLastCriterionWrong_CreatesNothing()
    {
        using var officer = await App.AsUserAsync("congdoan");

        await RefusedAsync(officer, c => c.PostAsync("/api/v1/campaigns", ApiClients.Json("""
            {"code":"ATOM-C","name":"Thi đua","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"ATOM-B","name":"Khối mới","unitCodes":["TH"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"},
                         {"code":"C2","group":"","name":"Hồ sơ","unit":"","maxPoints":100,"method":"bands","direction":"higherIsBetter"}]}
            """)));
    }

    [Fact]
    public async Task CreateCampaign_WithAnUnknownUnitInItsLastBloc_CreatesNeitherCampaignNorBloc()
    {
        using var officer = await App.AsUserAsync("congdoan");

        await RefusedAsync(officer, c => c.PostAsync("/api/v1/campaigns", ApiClients.Json("""
            {"code":"ATOM-C2","name":"Thi đua","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"ATOM-B1","name":"Khối một","unitCodes":["TH"]},{"code":"ATOM-B2","name":"Khối hai","unitCodes":["NO-SUCH"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}]}
            """)));
    }

    [Fact]
    public async Task PutUnit_WithAnUnknownParent_LeavesTheUnitAsItWas()
    {
        using var admin = App.Bootstrap();

        await RefusedAsync(admin, c => c.ReplaceAsync("/api/v1/units/TH",
            """{"name":"Tên mới","kind":"department","parentCode":"NO-SUCH"}"""));
    }

    [Fact]
    public async Task PutPerson_InAnUnknownUnit_LeavesThePersonAsTheyWere()
    {
        var person = await PersonOfAsync("TH");
        using var admin = App.Bootstrap();

        await RefusedAsync(admin, c => c.PutAsync($"/api/v1/people/{person}",
            ApiClients.Json("""{"fullName":"Tên mới","gender":"male","unitCode":"NO-SUCH","recruitedOn":"2015-03-01"}""")));
    }

    [Fact]
    public async Task PutPersonYear_WithItsLastAwardWrong_KeepsTheYearItsInitiativesAndAwards()
    {
        var person = await PersonOfAsync("KT", skip: 1);
        using var admin = App.Bootstrap();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync($"/api/v1/people/{person}/years/2021", ApiClients.Json("""
            {"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,
             "initiatives":[{"title":"Số hoá","level":"grassroots"}],"titles":["advancedWorker"]}
            """))).StatusCode);

        await RefusedAsync(admin, c => c.PutAsync($"/api/v1/people/{person}/years/2021", ApiClients.Json("""
            {"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,
             "initiatives":[],"titles":[],"awards":[{"form":"certificateOfCommendation","kind":"merit"},{"form":"advancedLabourCollective","kind":"merit"}]}
            """)));
    }

    [Fact]
    public async Task PutUnitYear_WithItsLastTitleWrong_KeepsTheYear()
    {
        using var admin = App.Bootstrap();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync("/api/v1/units/KT/years/2021",
            ApiClients.Json("""{"rating":"excellent","titles":["advancedLabourCollective"]}"""))).StatusCode);

        await RefusedAsync(admin, c => c.PutAsync("/api/v1/units/KT/years/2021",
            ApiClients.Json("""{"rating":"good","titles":["advancedLabourCollective","advancedWorker"]}""")));
    }

    [Fact]
    public async Task IssueDecision_WithOneNominationNotPassed_IssuesNothing()
    {
        var passed = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);
        var failed = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1, passed: false);
        using var leader = await App.AsUserAsync("lanhdao");

        var response = await leader.GetAsync("/api/v1/units");
        var before = await WritesAsync();
        response = await leader.PostAsync("/api/v1/campaigns/1/decisions", ApiClients.Json($$"""
            {"number":"8801/QĐ-VP","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng",
             "nominationIds":[{{string.Join(",", passed.Concat(failed))}}]}
            """));

        Assert.True((int)response.StatusCode is 400 or 409, $"{(int)response.StatusCode}");
        Assert.Equal(before, await WritesAsync());
    }

    [Fact]
    public async Task RejectNominations_WithOneAlreadyDecided_RejectsNone()
    {
        var open = await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 2, passed: null);
        var decided = await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 1);
        Assert.True((await App.Service<Emulation.Web.Services.Decisions.DecisionService>().IssueAwardDecisionAsync(
            TestActors.Leader, DecisionScenario.CampaignId, decided, DecisionScenario.Input("8802/QĐ-VP"))).IsSuccess);
        using var leader = await App.AsUserAsync("lanhdao");

        var response = await leader.GetAsync("/api/v1/units");
        var before = await WritesAsync();
        response = await leader.PostAsync("/api/v1/campaigns/1/nominations/reject", ApiClients.Json($$"""
            {"nominationIds":[{{string.Join(",", open.Concat(decided))}}],"reason":"Không đủ điều kiện."}
            """));

        Assert.True((int)response.StatusCode is 400 or 409, $"{(int)response.StatusCode}");
        Assert.Equal(before, await WritesAsync());
    }

    [Fact]
    public async Task Launch_AnAlreadyLaunchedCampaign_ChangesNothing()
    {
        var id = await LaunchedCampaignAsync("ATOM-LA");
        using var officer = await App.AsUserAsync("congdoan");

        var response = await officer.GetAsync("/api/v1/units");
        var before = await WritesAsync();
        response = await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null);

        Assert.True((int)response.StatusCode is 400 or 409, $"{(int)response.StatusCode}");
        Assert.Equal(before, await WritesAsync());
    }

    [Fact]
    public async Task Approve_WithADecisionNumberAlreadyUsed_IssuesNothing_AndLeavesTheNomination()
    {
        var first = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);
        Assert.True((await App.Service<Emulation.Web.Services.Decisions.DecisionService>().IssueAwardDecisionAsync(
            TestActors.Leader, DecisionScenario.CampaignId, first, DecisionScenario.Input("8803/QĐ-VP"))).IsSuccess);
        var second = (await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1)).Single();
        using var leader = await App.AsUserAsync("lanhdao");

        await RefusedAsync(leader, c => c.PostAsync($"/api/v1/nominations/{second}/approve", ApiClients.Json("""
            {"number":"8803/QĐ-VP","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng"}
            """)), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task WithdrawAndReject_ADecidedNomination_ChangeNothing()
    {
        var decided = await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 1);
        Assert.True((await App.Service<Emulation.Web.Services.Decisions.DecisionService>().IssueAwardDecisionAsync(
            TestActors.Leader, DecisionScenario.CampaignId, decided, DecisionScenario.Input("8804/QĐ-VP"))).IsSuccess);
        using var officer = await App.AsUserAsync("congdoan");
        using var leader = await App.AsUserAsync("lanhdao");

        await RefusedAsync(officer, c => c.PostAsync($"/api/v1/nominations/{decided[0]}/withdraw",
            ApiClients.Json("""{"reason":"Rút lại."}""")), HttpStatusCode.Conflict);
        await RefusedAsync(leader, c => c.PostAsync($"/api/v1/nominations/{decided[0]}/reject",
            ApiClients.Json("""{"reason":"Không đủ điều kiện."}""")), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AddNomination_ForAPersonOfAnotherUnit_AddsNothing()
    {
        var stranger = await PersonOfAsync("KT");
        using var officer = await App.AsUserAsync("congdoan");

        var response = await officer.GetAsync("/api/v1/units");
        var before = await WritesAsync();
        response = await officer.PostAsync("/api/v1/campaigns/1/nominations", ApiClients.Json($$"""
            {"unitCode":"TH","personCode":"{{stranger}}","title":"advancedWorker","reason":"Hoàn thành xuất sắc."}
            """));

        Assert.True((int)response.StatusCode is 400 or 404 or 409, $"{(int)response.StatusCode}");
        Assert.Equal(before, await WritesAsync());
    }
}

/// <summary>A ballot sheet and an attendance list whose last entry is wrong change nothing on the session.</summary>
public sealed class CouncilAtomicWriteTests(CouncilApiFixture fixture) : IClassFixture<CouncilApiFixture>
{
    private string Session => $"/api/v1/council/sessions/{fixture.SessionId}";

    private async Task<string> SessionRowAsync()
    {
        await using var db = await fixture.App.DbAsync();
        var session = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == fixture.SessionId);
        return $"{session.Status}:{session.PresentCount}:{session.Ballots.Count}";
    }

    [Fact]
    public async Task Vote_WithItsLastNominationNotOnTheAgenda_CastsNoBallot_AndKeepsTheETag()
    {
        using var member = await fixture.App.AsUserAsync("hoidong3");
        var etag = (await member.GetAsync(Session)).Headers.ETag;
        var before = await SessionRowAsync();

        var response = await member.PostAsync(Session + "/votes", ApiClients.Json($$"""
            {"votes":[{"nominationId":{{fixture.Scenario.Collective}},"choice":"yes"},{"nominationId":999999,"choice":"no"}]}
            """));

        Assert.True((int)response.StatusCode is 400 or 409, $"{(int)response.StatusCode}");
        Assert.Equal(before, await SessionRowAsync());
        Assert.Equal(etag, (await member.GetAsync(Session)).Headers.ETag);
    }

    [Fact]
    public async Task Attendance_WithItsLastNameNotAMember_ChangesNothing_AndKeepsTheETag()
    {
        using var officer = await fixture.App.AsUserAsync("congdoan");
        var etag = (await officer.GetAsync(Session)).Headers.ETag!;
        var before = await SessionRowAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, Session + "/attendance")
        {
            Content = ApiClients.Json("""{"present":["hoidong1","hoidong2","tp.th"]}"""),
        };
        request.Headers.IfMatch.Add(etag);

        var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SessionRowAsync());
        Assert.Equal(etag, (await officer.GetAsync(Session)).Headers.ETag);
    }
}
