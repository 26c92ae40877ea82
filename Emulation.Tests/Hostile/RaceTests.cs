using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Api;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Writes raced by a dozen identical requests at once: never a 500, never two rows where there is one, and where a
/// write can succeed only once (an If-Match, a revocation, a new code) exactly one request succeeds and the others are
/// told 409 or 412.
/// </summary>
public sealed class RaceTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task PutUnit_RacedWithTheSameNewCode_CreatesOneUnit()
    {
        var codes = await Race.RunAsync(() => Race.Bootstrap(App), c => c.PutAsync("/api/v1/units/RACE-U",
            ApiClients.Json("""{"name":"Phòng Đua","kind":"department","parentCode":"VP"}""")));

        // A PUT that finds the unit already created would replace it, which needs the If-Match it was read with (428); one
        // that found none but meets the unit created meanwhile lost the race (409), and replaces nothing.
        Assert.Equal(1, codes.Count(c => c == HttpStatusCode.Created));
        Assert.All(codes, c => Assert.Contains(c, new[] { HttpStatusCode.Created, HttpStatusCode.PreconditionRequired, HttpStatusCode.Conflict }));
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Units.CountAsync(u => u.Code == "RACE-U"));
    }

    /// <summary>
    /// Two administrators renaming one unit at once from the same ETag, both having read it before either begins to
    /// write: one name lands, the other request is a 412 problem (the unit's version changed under it), and the unit's
    /// former names record its old name once (not once per request, with the name that landed first then lost from its
    /// history).
    /// </summary>
    [Fact]
    public async Task PutUnit_TwoRenamesAtOnce_OneLands_TheOtherIs412_AndTheOldNameIsRecordedOnce()
    {
        EntityTagHeaderValue read;
        using (var admin = App.Bootstrap())
        {
            var created = await admin.PutAsync("/api/v1/units/RACE-R",
                ApiClients.Json("""{"name":"Phòng Cũ","kind":"department","parentCode":"VP"}"""));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            read = created.Headers.ETag!;
        }

        var rendezvous = new TransactionRendezvous(2);
        using var first = App.CreateClient();
        using var second = App.CreateClient();
        foreach (var client in new[] { first, second })
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFixture.BootstrapToken);
        }

        HttpResponseMessage[] responses;
        using (App.Rendezvous.Hold(rendezvous))
        {
            rendezvous.Arm();
            responses = await Task.WhenAll(new[] { first, second }.Select((client, i) =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/units/RACE-R")
                {
                    Content = ApiClients.Json($$"""{"name":"Phòng Mới {{i}}","kind":"department","parentCode":"VP"}"""),
                };
                request.Headers.IfMatch.Add(read);
                return client.SendAsync(request);
            }));
        }

        Assert.True(rendezvous.Met, "both should have read the unit before either began to write");
        var renamed = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(responses, r => r != renamed);
        Assert.Equal(HttpStatusCode.PreconditionFailed, lost.StatusCode);
        Assert.Equal("application/problem+json", lost.Content.Headers.ContentType?.MediaType);
        await using var db = await App.DbAsync();
        var unit = await db.Units.SingleAsync(u => u.Code == "RACE-R", TestContext.Current.CancellationToken);
        Assert.Equal(renamed == responses[0] ? "Phòng Mới 0" : "Phòng Mới 1", unit.Name);
        Assert.Equal(["Phòng Cũ"], unit.FormerNames.Select(n => n.Name));
    }

    [Fact]
    public async Task PutPerson_RacedWithTheSameNewCode_CreatesOnePerson()
    {
        var codes = await Race.RunAsync(() => Race.Bootstrap(App), c => c.PutAsync("/api/v1/people/RACE-P",
            ApiClients.Json("""{"fullName":"Lê Văn Đua","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}""")));

        Assert.Equal(1, codes.Count(c => c == HttpStatusCode.Created));
        Assert.All(codes, c => Assert.Contains(c, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.People.CountAsync(p => p.Code == "RACE-P"));
    }

    [Fact]
    public async Task PutPersonYear_Raced_KeepsOneRecordWithItsAwardsOnce()
    {
        using (var admin = App.Bootstrap())
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync("/api/v1/people/RACE-Y", ApiClients.Json(
                """{"fullName":"Phạm Thị Năm","gender":"female","unitCode":"KT","recruitedOn":"2014-01-01"}"""))).StatusCode);
        }

        var codes = await Race.RunAsync(() => Race.Bootstrap(App), c => c.PutAsync("/api/v1/people/RACE-Y/years/2024",
            ApiClients.Json("""
                {"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,
                 "initiatives":[{"title":"Số hoá hồ sơ","level":"grassroots"}],"titles":["advancedWorker"]}
                """)));

        Assert.Contains(HttpStatusCode.NoContent, codes);
        Assert.All(codes, c => Assert.Contains(c, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        await using var db = await App.DbAsync();
        var person = await db.People.SingleAsync(p => p.Code == "RACE-Y");
        Assert.Equal(1, await db.StaffYearResults.CountAsync(s => s.PersonId == person.Id && s.Year == 2024));
        Assert.Equal(1, await db.Awards.CountAsync(a => a.PersonId == person.Id && a.Year == 2024));
        Assert.Equal(1, await db.Set<Emulation.Domain.Results.RecognisedInitiative>()
            .CountAsync(i => i.PersonId == person.Id && i.Year == 2024));
    }

    [Fact]
    public async Task CreateCampaign_RacedWithTheSameCode_CreatesOne()
    {
        var codes = await Race.RunAsync(() => App.AsUserAsync("congdoan"), c => c.PostAsync("/api/v1/campaigns", ApiClients.Json($$"""
            {"code":"RACE-C","name":"Thi đua đua","year":2026,"kind":"yearly",
             "blocs":[{"code":"THAM-MUU","name":"{{DemoOrganization.AdvisoryBloc}}","unitCodes":["TH","KT"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}]}
            """)));

        Assert.Equal(1, codes.Count(c => c == HttpStatusCode.Created));
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Campaigns.CountAsync(c => c.Code == "RACE-C"));
    }

    [Fact]
    public async Task PutPledge_RacedWithOneETag_SavesOnce_AndTheOthersAre412()
    {
        var id = await App.LaunchedCampaignAsync("RACE-PL");
        var path = $"/api/v1/campaigns/{id}/pledges/TH";
        EntityTagHeaderValue etag;
        using (var head = await App.AsUserAsync("tp.th"))
        {
            var created = await head.PutAsync(path, ApiClients.Json("""{"targets":{"C1":100}}"""));
            Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
            etag = created.Headers.ETag!;
        }

        var codes = await Race.RunAsync(() => App.AsUserAsync("tp.th"), c =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = ApiClients.Json("""{"targets":{"C1":150}}""") };
            request.Headers.IfMatch.Add(etag);
            return c.SendAsync(request);
        });

        Race.OneWon(codes, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Revoke_TheSameAwardRaced_IssuesOneRevocation()
    {
        var decision = await DecisionScenario.IssueAsync(App, "9001/QĐ-VP", Title.AdvancedWorker, 1);
        var award = decision.Lines.Single().AwardId;
        var number = 0;

        var codes = await Race.RunAsync(() => App.AsUserAsync("lanhdao"), c => c.PostAsync(
            $"/api/v1/decisions/{decision.Decision.Id}/revoke", ApiClients.Json($$"""
                {"number":"{{9100 + Interlocked.Increment(ref number)}}/QĐ-VP","date":"2026-12-28",
                 "signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng",
                 "reason":"Phát hiện kê khai sai thành tích.","awardIds":[{{award}}]}
                """)));

        Race.OneWon(codes, HttpStatusCode.Created);
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Decisions.CountAsync(d => d.Number.StartsWith("91")));
    }

    [Fact]
    public async Task IssueDecision_RacedForTheSameNominations_IssuesOne()
    {
        var nominations = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);
        var number = 0;

        var codes = await Race.RunAsync(() => App.AsUserAsync("lanhdao"), c => c.PostAsync("/api/v1/campaigns/1/decisions",
            ApiClients.Json($$"""
                {"number":"{{9200 + Interlocked.Increment(ref number)}}/QĐ-VP","date":"2026-12-20","signerName":"Trần Quốc Bảo",
                 "signerPosition":"Chánh Văn phòng","nominationIds":[{{string.Join(",", nominations)}}]}
                """)));

        Race.OneWon(codes, HttpStatusCode.Created);
        await using var db = await App.DbAsync();
        Assert.Equal(2, await db.Awards.CountAsync(a => a.NominationId != null && nominations.Contains(a.NominationId.Value)));
    }

    [Fact]
    public async Task SubmitResults_RacedWithOneETag_SubmitsOnce()
    {
        var id = await App.LaunchedCampaignAsync("RACE-SB");
        Assert.True((await App.Service<Emulation.Web.Services.Campaigns.CampaignService>().MoveAsync(TestActors.Officer, id,
            Emulation.Web.Services.Campaigns.CampaignStep.OpenResults)).IsSuccess);
        var path = $"/api/v1/campaigns/{id}/results/KT";
        EntityTagHeaderValue etag;
        using (var head = await App.AsUserAsync("tp.kt"))
        {
            var saved = await head.PutAsync(path, ApiClients.Json("""{"values":{"C1":10}}"""));
            Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
            etag = saved.Headers.ETag!;
        }

        var codes = await Race.RunAsync(() => App.AsUserAsync("tp.kt"), c =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path + "/submit");
            request.Headers.IfMatch.Add(etag);
            return c.SendAsync(request);
        });

        Race.OneWon(codes, HttpStatusCode.NoContent);
    }

}

/// <summary>Opening a council session on the same campaign a dozen times at once opens one.</summary>
public sealed class OpenSessionRaceTests(CouncilLifecycleFixture fixture) : IClassFixture<CouncilLifecycleFixture>
{
    [Fact]
    public async Task OpenSession_Raced_OpensOne_TheDatabaseHoldsOneOpenSessionPerCampaign()
    {
        var codes = await Race.RunAsync(() => fixture.App.AsUserAsync("congdoan"), c => c.PostAsync(
            $"/api/v1/campaigns/{fixture.Scenario.CampaignId}/council-sessions",
            ApiClients.Json("""{"heldOn":"2026-12-10","chairUserName":"hoidong1"}""")));

        Race.OneWon(codes, HttpStatusCode.Created);
        await using var db = await fixture.App.DbAsync();
        Assert.Equal(1, await db.CouncilSessions.CountAsync(s => s.CampaignId == fixture.Scenario.CampaignId));
    }
}

/// <summary>A session opened with a chair who is not on the council writes nothing.</summary>
public sealed class OpenSessionAtomicTests(CouncilLifecycleFixture fixture) : IClassFixture<CouncilLifecycleFixture>
{
    [Fact]
    public async Task OpenSession_WithAChairNotOnTheCouncil_OpensNothing()
    {
        using var officer = await fixture.App.AsUserAsync("congdoan");

        var response = await officer.PostAsync($"/api/v1/campaigns/{fixture.Scenario.CampaignId}/council-sessions",
            ApiClients.Json("""{"heldOn":"2026-12-10","chairUserName":"quantri"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await fixture.App.DbAsync();
        Assert.False(await db.CouncilSessions.AnyAsync());
    }
}

/// <summary>Ballots and attendance on one open session, raced.</summary>
public sealed class CouncilSessionRaceTests(CouncilApiFixture fixture) : IClassFixture<CouncilApiFixture>
{
    private string Session => $"/api/v1/council/sessions/{fixture.SessionId}";

    [Fact]
    public async Task Vote_TheSameMemberRaced_CastsOneBallotSheet()
    {
        var choice = 0;
        var codes = await Race.RunAsync(() => fixture.App.AsUserAsync("hoidong2"), c => c.PostAsync(Session + "/votes",
            ApiClients.Json($$"""
                {"votes":[{"nominationId":{{fixture.Scenario.Collective}},"choice":"{{(Interlocked.Increment(ref choice) % 2 == 0 ? "yes" : "no")}}"}]}
                """)));

        Race.OneWon(codes, HttpStatusCode.OK);
        await using var db = await fixture.App.DbAsync();
        var session = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == fixture.SessionId);
        Assert.Single(session.Participations, b => b.MemberUserName == "hoidong2");
        Assert.Single(session.Ballots);
    }

    [Fact]
    public async Task Attendance_RacedWithOneETag_IsSavedOnce_AndTheOthersAre412()
    {
        using var officer = await fixture.App.AsUserAsync("congdoan");
        var etag = (await officer.GetAsync(Session)).Headers.ETag!;
        var present = 0;

        // Each request names a different absentee among those who have not voted, so each would change the session.
        var codes = await Race.RunAsync(() => fixture.App.AsUserAsync("congdoan"), c =>
        {
            var absent = Interlocked.Increment(ref present) % 2 == 0 ? "hoidong5" : "hoidong4";
            var members = string.Join(",", new[] { "hoidong1", "hoidong2", "hoidong3", "hoidong4", "hoidong5" }
                .Where(m => m != absent).Select(m => $"\"{m}\""));
            var request = new HttpRequestMessage(HttpMethod.Put, Session + "/attendance")
            {
                Content = ApiClients.Json($$"""{"present":[{{members}}]}"""),
            };
            request.Headers.IfMatch.Add(etag);
            return c.SendAsync(request);
        });

        Race.OneWon(codes, HttpStatusCode.OK);
    }
}

/// <summary>Closing one session a dozen times at once closes it once.</summary>
public sealed class CloseSessionRaceTests(CouncilApiFixture fixture) : IClassFixture<CouncilApiFixture>
{
    [Fact]
    public async Task Close_Raced_ClosesOnce()
    {
        var codes = await Race.RunAsync(() => fixture.App.AsUserAsync("congdoan"),
            c => c.PostAsync($"/api/v1/council/sessions/{fixture.SessionId}/close", null));

        Race.OneWon(codes, HttpStatusCode.OK);
    }
}
