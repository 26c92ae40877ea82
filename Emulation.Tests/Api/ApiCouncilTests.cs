using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Startup;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>One app with the council scenario's nominations and a session opened on them, everyone present.</summary>
public sealed class CouncilApiFixture : IAsyncLifetime
{
    public EmulationAppFactory App { get; } = new((ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));

    public CouncilScenario Scenario { get; private set; } = null!;

    public int SessionId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Scenario = await CouncilScenario.SeedConsultedAsync(App);
        SessionId = await CouncilDriver.OpenWithAllPresentAsync(App, Scenario.CampaignId);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary><c>/api/v1/council/sessions</c>: reading sessions and casting a member's own ballots.</summary>
public sealed class ApiCouncilTests(CouncilApiFixture fixture) : IClassFixture<CouncilApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private string Session => $"/api/v1/council/sessions/{fixture.SessionId}";

    private static StringContent Votes(params (int Nomination, string Choice)[] votes) => ApiClients.Json(
        "{\"votes\":[" + string.Join(",", votes.Select(v => $$"""{"nominationId":{{v.Nomination}},"choice":"{{v.Choice}}"}""")) + "]}");

    private static HttpRequestMessage Vote(string path, StringContent body, EntityTagHeaderValue? ifMatch = null) =>
        ApiClients.Request(HttpMethod.Post, path + "/votes", body, ifMatch);

    private async Task<int> BallotsOfAsync(string member)
    {
        await using var db = await App.DbAsync();
        var session = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == fixture.SessionId);
        return session.Participations.Count(b => b.MemberUserName == member);
    }

    [Fact]
    public async Task ListAndGet_ShowMembersAttendanceAndAgenda_WithAnETag()
    {
        using var client = await App.AsUserAsync("hoidong1");

        var list = JsonNode.Parse(await client.GetStringAsync($"/api/v1/council/sessions?campaignId={fixture.Scenario.CampaignId}"))!.AsArray();
        var response = await client.GetAsync(Session);
        var session = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Contains(list, s => (int)s!["id"]! == fixture.SessionId && (string?)s["status"] == "open");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(CouncilDriver.Members, session["seats"]!.AsArray().Count);
        Assert.All(session["seats"]!.AsArray(), s => Assert.True((bool)s!["present"]!));
        Assert.Equal(fixture.Scenario.All.Order(), session["agenda"]!.AsArray().Select(a => (int)a!["nominationId"]!).Order());
        Assert.True((bool)session["iAmMember"]!);
    }

    [Fact]
    public async Task Vote_AsASeatedMember_CountsTheBallot_AndAnswersWithANewETag()
    {
        using var client = await App.AsUserAsync("hoidong2");
        var etag = (await client.GetAsync(Session)).Headers.ETag!;

        var response = await client.SendAsync(Vote(Session, Votes((fixture.Scenario.Collective, "yes")), etag));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.NotEqual(etag, response.Headers.ETag);
        var item = JsonNode.Parse(body)!["agenda"]!.AsArray().Single(a => (int)a!["nominationId"]! == fixture.Scenario.Collective)!;
        Assert.True((bool)item["iVoted"]!);
        Assert.Matches("^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$", (string?)JsonNode.Parse(body)!["receipt"]);
        Assert.Equal(1, await BallotsOfAsync("hoidong2"));
    }

    [Fact]
    public async Task Vote_WithAStaleETag_Is412_AndCastsNothing()
    {
        using var late = await App.AsUserAsync("hoidong3");
        using var other = await App.AsUserAsync("hoidong5");
        var stale = (await late.GetAsync(Session)).Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(Vote(Session, Votes((fixture.Scenario.Worker, "no"))))).StatusCode);

        var response = await late.SendAsync(Vote(Session, Votes((fixture.Scenario.Worker, "yes")), stale));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await BallotsOfAsync("hoidong3"));
    }

    [Fact]
    public async Task Vote_Twice_Is409_InTheCallersLanguage()
    {
        using var client = await App.AsUserAsync("hoidong1");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Vote(Session, Votes((fixture.Scenario.ProvincialFighter, "yes"))))).StatusCode);

        var again = await client.SendAsync(Vote(Session, Votes((fixture.Scenario.ProvincialFighter, "no"))));
        var english = Vote(Session, Votes((fixture.Scenario.ProvincialFighter, "no")));
        english.Headers.AcceptLanguage.ParseAdd("en");
        var againInEnglish = await client.SendAsync(english);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("đã biểu quyết", (string?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        Assert.Contains("already voted", (string?)JsonNode.Parse(await againInEnglish.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        Assert.Equal(1, await BallotsOfAsync("hoidong1"));
    }

    [Theory]
    [InlineData("congdoan")]
    [InlineData("lanhdao")]
    [InlineData("tp.th")]
    public async Task Vote_ByAnotherRole_Is403(string user)
    {
        using var client = await App.AsUserAsync(user);

        var response = await client.SendAsync(Vote(Session, Votes((fixture.Scenario.Collective, "yes"))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await BallotsOfAsync(user));
    }

    [Theory]
    [InlineData("""{"votes":[]}""", "votes")]
    [InlineData("""{"votes":[{"nominationId":1,"choice":"maybe"}]}""", "votes[0].choice")]
    [InlineData("""{"votes":[{"choice":"yes"}]}""", "votes[0].nominationId")]
    [InlineData("""{"votes":[{"nominationId":999999,"choice":"yes"}]}""", "votes[0].nominationId")]
    public async Task Vote_BadInput_Is400WithTheField(string body, string field)
    {
        using var client = await App.AsUserAsync("hoidong4");

        var response = await client.SendAsync(Vote(Session, ApiClients.Json(body)));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(field), text);
        Assert.Equal(0, await BallotsOfAsync("hoidong4"));
    }

    [Fact]
    public async Task UnknownSession_Is404ProblemDetails()
    {
        using var client = await App.AsUserAsync("hoidong1");

        var response = await client.GetAsync("/api/v1/council/sessions/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Minutes_AreServedToATokenOnThePagesUrl_AndRefusedToADepartmentHead()
    {
        using var officer = await App.AsUserAsync("congdoan");
        using var head = await App.AsUserAsync("tp.th");

        var minutes = await officer.GetAsync($"/documents/council/{fixture.SessionId}/minutes.docx");
        var refused = await head.GetAsync($"/documents/council/{fixture.SessionId}/minutes.docx");

        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", minutes.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>
    /// The provincial board's council (bantdkt.hd1..3) uses the same endpoints as the office's: its members list, read and
    /// vote in their own board's sessions, and check their receipts there.
    /// </summary>
    [Fact]
    public async Task TheBoardsCouncil_ListsReadsAndVotesInItsOwnSessions_ThroughTheSameEndpoints()
    {
        var (_, nominees, _, session) = await Proposals.BoardCouncilTests.SessionOnDossierAsync(App, "501/TTr-VP", 1);
        using var member = await App.AsUserAsync("bantdkt.hd1");
        using var appraiser = await App.AsUserAsync(Emulation.Web.Data.Seed.DemoDataSeeder.BoardUserName);

        var listed = JsonNode.Parse(await member.GetStringAsync("/api/v1/council/sessions"))!.AsArray();
        var listedToAppraiser = JsonNode.Parse(await appraiser.GetStringAsync("/api/v1/council/sessions"))!.AsArray();
        var members = JsonNode.Parse(await member.GetStringAsync("/api/v1/council/members"))!.AsArray();
        var read = await member.GetAsync($"/api/v1/council/sessions/{session}");
        var voted = await member.SendAsync(Vote($"/api/v1/council/sessions/{session}", Votes((nominees[0], "yes"))));
        var receipt = (string?)JsonNode.Parse(await voted.Content.ReadAsStringAsync())!["receipt"];
        var check = await member.PostAsync($"/api/v1/council/sessions/{session}/receipts", ApiClients.Json($$"""{"code":"{{receipt}}"}"""));

        Assert.Contains(session, listed.Select(s => (int)s!["id"]!));
        Assert.Equal(listed.Select(s => (int)s!["id"]!), listedToAppraiser.Select(s => (int)s!["id"]!));
        Assert.DoesNotContain(fixture.SessionId, listed.Select(s => (int)s!["id"]!));
        Assert.Equal(["bantdkt.hd1", "bantdkt.hd2", "bantdkt.hd3"], members.Select(m => (string?)m!["userName"]));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        Assert.Equal([nominees[0]], JsonNode.Parse(await check.Content.ReadAsStringAsync())!["countedOn"]!.AsArray().Select(n => (int)n!));
    }

    /// <summary>Each council only in its own sessions: the office's member is refused the board's, the board's member the office's.</summary>
    [Fact]
    public async Task EachCouncil_IsRefusedTheOthersSessions()
    {
        var (_, nominees, _, boardSession) = await Proposals.BoardCouncilTests.SessionOnDossierAsync(App, "502/TTr-VP", 1);
        using var office = await App.AsUserAsync("hoidong2");
        using var board = await App.AsUserAsync("bantdkt.hd2");

        var officeReadsBoard = await office.GetAsync($"/api/v1/council/sessions/{boardSession}");
        var officeVotesInBoard = await office.SendAsync(Vote($"/api/v1/council/sessions/{boardSession}", Votes((nominees[0], "yes"))));
        var boardReadsOffice = await board.GetAsync(Session);
        var boardVotesInOffice = await board.SendAsync(Vote(Session, Votes((fixture.Scenario.Collective, "yes"))));
        var boardChecksOffice = await board.PostAsync($"{Session}/receipts", ApiClients.Json("""{"code":"ABCD-EFGH"}"""));
        var officeList = JsonNode.Parse(await office.GetStringAsync("/api/v1/council/sessions"))!.AsArray();
        var boardList = JsonNode.Parse(await board.GetStringAsync("/api/v1/council/sessions"))!.AsArray();

        Assert.All([officeReadsBoard, officeVotesInBoard, boardReadsOffice, boardVotesInOffice, boardChecksOffice],
            r => Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{r.RequestMessage!.RequestUri}: {r.StatusCode}"));
        Assert.DoesNotContain(officeList, s => (int)s!["id"]! == boardSession);
        Assert.DoesNotContain(boardList, s => (int)s!["id"]! == fixture.SessionId);
        Assert.Equal(0, await BallotsOfAsync("bantdkt.hd2"));
        await using var db = await App.DbAsync();
        var session = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == boardSession, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(session.Participations, b => b.MemberUserName == "hoidong2");
    }

    /// <summary>The receipt check declares its policy: a role no council has is 403 before its unreadable body is read.</summary>
    [Fact]
    public async Task ReceiptCheck_ByARoleOfNoCouncil_Is403_BeforeItsBodyIsRead()
    {
        using var head = await App.AsUserAsync("tp.th");

        var response = await head.PostAsync($"{Session}/receipts", ApiClients.Json("{\"code\":"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
