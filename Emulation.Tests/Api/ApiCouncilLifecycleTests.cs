using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Domain.Council;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Startup;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>One app with the council scenario's proposed nominations and no session yet.</summary>
public sealed class CouncilLifecycleFixture : IAsyncLifetime
{
    public EmulationAppFactory App { get; } = new((ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));

    public CouncilScenario Scenario { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Scenario = await CouncilScenario.SeedConsultedAsync(App);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// A council session's life through the API: the union officer opens it on a campaign, marks attendance (If-Match),
/// the members vote, and closing it decides the nominations; other roles are refused and nothing is written.
/// </summary>
public sealed class ApiCouncilLifecycleTests(CouncilLifecycleFixture fixture) : IClassFixture<CouncilLifecycleFixture>
{
    private EmulationAppFactory App => fixture.App;

    private string Open => $"/api/v1/campaigns/{fixture.Scenario.CampaignId}/council-sessions";

    private static StringContent Present(params string[] members) =>
        ApiClients.Json("{\"present\":[" + string.Join(",", members.Select(m => $"\"{m}\"")) + "]}");

    private static HttpRequestMessage Attendance(int session, StringContent body, EntityTagHeaderValue? ifMatch) =>
        ApiClients.Request(HttpMethod.Put, $"/api/v1/council/sessions/{session}/attendance", body, ifMatch);

    private async Task<string> SessionsAsync()
    {
        await using var db = await App.DbAsync();
        var sessions = await db.CouncilSessions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        return string.Join("|", sessions.Select(s => $"{s.Id}:{s.Status}:{s.PresentCount}:{s.Ballots.Count}"));
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"] ?? "";

    [Fact]
    public async Task Session_OpenedMarkedVotedAndClosed_DecidesItsNominations()
    {
        using var officer = await App.AsUserAsync("congdoan");

        var notAMember = await officer.PostAsync(Open, ApiClients.Json("""{"chairUserName":"quantri"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, notAMember.StatusCode);
        Assert.True(JsonNode.Parse(await notAMember.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("chairUserName"));

        var opened = await officer.PostAsync(Open, ApiClients.Json("""{"heldOn":"2026-12-10","chairUserName":"hoidong1"}"""));
        var text = await opened.Content.ReadAsStringAsync();
        Assert.True(opened.StatusCode == HttpStatusCode.Created, text);
        var id = (int)JsonNode.Parse(text)!["id"]!;
        Assert.Equal($"/api/v1/council/sessions/{id}", opened.Headers.Location?.OriginalString);

        var again = await officer.PostAsync(Open, ApiClients.Json("""{"chairUserName":"hoidong1"}"""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("council.already_open", await DetailAsync(again), StringComparison.Ordinal);

        var read = await officer.GetAsync($"/api/v1/council/sessions/{id}");
        var session = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        Assert.Equal("2026-12-10", (string?)session["heldOn"]);
        Assert.Equal("open", (string?)session["status"]);
        Assert.Equal(0, (int)session["present"]!);
        var etag = read.Headers.ETag!;

        // Without quorum the session cannot decide: 409 with the code, nothing changes.
        var before = await SessionsAsync();
        var early = await officer.PostAsync($"/api/v1/council/sessions/{id}/close", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.StartsWith("council.no_quorum", await DetailAsync(early), StringComparison.Ordinal);
        Assert.Equal(before, await SessionsAsync());

        Assert.Equal((HttpStatusCode)428, (await officer.SendAsync(Attendance(id, Present(CouncilDriver.AllMembers.ToArray()), null))).StatusCode);
        var stranger = await officer.SendAsync(Attendance(id, Present("hoidong1", "tp.th"), etag));
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.True(JsonNode.Parse(await stranger.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("present[1]"));
        Assert.Equal(before, await SessionsAsync());

        var marked = await officer.SendAsync(Attendance(id, Present([.. CouncilDriver.AllMembers]), etag));
        Assert.True(marked.StatusCode == HttpStatusCode.OK, await marked.Content.ReadAsStringAsync());
        Assert.NotEqual(etag, marked.Headers.ETag);
        Assert.Equal(CouncilDriver.Members, (int)JsonNode.Parse(await marked.Content.ReadAsStringAsync())!["present"]!);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await officer.SendAsync(Attendance(id, Present("hoidong1"), etag))).StatusCode);

        foreach (var member in CouncilDriver.AllMembers)
        {
            using var client = await App.AsUserAsync(member);
            var voted = await client.PostAsync($"/api/v1/council/sessions/{id}/votes", ApiClients.Json(
                $$"""{"votes":[{"nominationId":{{fixture.Scenario.Collective}},"choice":"yes"}]}"""));
            Assert.True(voted.StatusCode == HttpStatusCode.OK, await voted.Content.ReadAsStringAsync());
        }

        // A member who voted cannot be marked absent afterwards.
        var current = (await officer.GetAsync($"/api/v1/council/sessions/{id}")).Headers.ETag!;
        var absent = await officer.SendAsync(Attendance(id, Present("hoidong2", "hoidong3", "hoidong4", "hoidong5"), current));
        Assert.Equal(HttpStatusCode.Conflict, absent.StatusCode);
        Assert.StartsWith("council.already_voted", await DetailAsync(absent), StringComparison.Ordinal);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/council/sessions/{id}/close");
        stale.Headers.IfMatch.Add(etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await officer.SendAsync(stale)).StatusCode);

        var closed = await officer.PostAsync($"/api/v1/council/sessions/{id}/close", null);
        var after = JsonNode.Parse(await closed.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.NotNull(closed.Headers.ETag);
        Assert.Equal("closed", (string?)after["status"]);
        var agenda = after["agenda"]!.AsArray();
        Assert.Equal("passed", (string?)agenda.Single(a => (int)a!["nominationId"]! == fixture.Scenario.Collective)!["status"]);
        Assert.Equal("failed", (string?)agenda.Single(a => (int)a!["nominationId"]! == fixture.Scenario.Worker)!["status"]);
        Assert.All(agenda, a => Assert.False(string.IsNullOrEmpty((string?)a!["outcome"])));

        var closedAgain = await officer.PostAsync($"/api/v1/council/sessions/{id}/close", null);
        Assert.Equal(HttpStatusCode.Conflict, closedAgain.StatusCode);
        Assert.StartsWith("council.session_closed", await DetailAsync(closedAgain), StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.Equal(CouncilSessionStatus.Closed, (await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == id)).Status);
    }

    [Theory]
    [InlineData("hoidong1")]
    [InlineData("lanhdao")]
    [InlineData("tp.th")]
    [InlineData("quantri")]
    public async Task LifecycleSteps_ByAnotherRole_Are403_AndChangeNothing(string user)
    {
        using var client = await App.AsUserAsync(user);
        var before = await SessionsAsync();

        var open = await client.PostAsync(Open, ApiClients.Json("""{"chairUserName":"hoidong1"}"""));
        var attendance = await client.SendAsync(Attendance(1, Present("hoidong1"), EntityTagHeaderValue.Any));
        var close = await client.PostAsync("/api/v1/council/sessions/1/close", null);

        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, attendance.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal("application/problem+json", open.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await SessionsAsync());
    }

    [Fact]
    public async Task UnknownCampaignOrSession_Is404ProblemDetails()
    {
        using var officer = await App.AsUserAsync("congdoan");

        var open = await officer.PostAsync("/api/v1/campaigns/999999/council-sessions", ApiClients.Json("""{"chairUserName":"hoidong1"}"""));
        var attendance = await officer.SendAsync(Attendance(999999, Present("hoidong1"), EntityTagHeaderValue.Any));
        var close = await officer.PostAsync("/api/v1/council/sessions/999999/close", null);

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attendance.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        Assert.Equal("application/problem+json", close.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CouncilMembers_AreListedForTheOfficer_AndRefusedToADepartmentHead()
    {
        using var officer = await App.AsUserAsync("congdoan");
        using var head = await App.AsUserAsync("tp.th");

        var members = JsonNode.Parse(await officer.GetStringAsync("/api/v1/council/members"))!.AsArray();

        Assert.Equal(CouncilDriver.AllMembers, members.Select(m => (string)m!["userName"]!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/api/v1/council/members")).StatusCode);
    }
}
