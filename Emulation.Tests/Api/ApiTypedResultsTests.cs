using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Emulation.Tests.Api;

/// <summary>
/// The campaign, step, score and council endpoints answer every refusal as problem details with its own status: 404
/// for what does not exist, 403 for the wrong role, 409 for a state that refuses the step, 412 for a stale version;
/// never a 500 and never the HTML error page.
/// </summary>
public sealed class ApiTypedResultsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Criterion = """{"code":"C1","group":"","name":"N","unit":"","maxPoints":10,"method":"proportional","direction":"higherIsBetter"}""";

    private const string Ballot = """{"memberUserName":"hoidong1","nominationId":1,"choice":"yes"}""";

    /// <summary>Caller, method, path, body (null for none) and the status the refusal must have.</summary>
    public static TheoryData<string, string, string, string?, HttpStatusCode> Refusals => new()
    {
        { "congdoan", "POST", "/api/v1/campaigns/999999/launch", null, HttpStatusCode.NotFound },
        { "congdoan", "POST", "/api/v1/campaigns/999999/open-results", null, HttpStatusCode.NotFound },
        { "congdoan", "POST", "/api/v1/campaigns/999999/start-review", null, HttpStatusCode.NotFound },
        { "congdoan", "POST", "/api/v1/campaigns/999999/close", null, HttpStatusCode.NotFound },
        { "congdoan", "GET", "/api/v1/campaigns/999999/scores", null, HttpStatusCode.NotFound },
        { "congdoan", "GET", "/api/v1/campaigns/999999/recommendations", null, HttpStatusCode.NotFound },
        { "congdoan", "GET", "/api/v1/council/sessions/999999", null, HttpStatusCode.NotFound },
        { "congdoan", "POST", "/api/v1/council/sessions/999999/close", null, HttpStatusCode.NotFound },
        { "congdoan", "POST", "/api/v1/council/sessions/999999/written-ballots", Ballot, HttpStatusCode.NotFound },
        { "congdoan", "POST", "/api/v1/campaigns/999999/council-sessions", """{"chairUserName":"hoidong1"}""", HttpStatusCode.NotFound },
        { "tp.th", "GET", "/api/v1/campaigns/999999/pledges/TH", null, HttpStatusCode.NotFound },
        { "tp.th", "GET", "/api/v1/campaigns/1/results/NOPE", null, HttpStatusCode.NotFound },
        { "tp.th", "PUT", "/api/v1/campaigns/1/results/NOPE", """{"values":{}}""", HttpStatusCode.NotFound },
        { "tp.th", "POST", "/api/v1/campaigns/1/launch", null, HttpStatusCode.Forbidden },
        { "hoidong1", "POST", "/api/v1/campaigns/1/open-results", null, HttpStatusCode.Forbidden },
        { "lanhdao", "POST", "/api/v1/campaigns", $$"""{"code":"NO-403","name":"N","year":2026,"kind":"yearly","criteria":[{{Criterion}}]}""", HttpStatusCode.Forbidden },
        { "tp.th", "POST", "/api/v1/council/sessions/1/written-ballots", Ballot, HttpStatusCode.Forbidden },
        { "tp.th", "POST", "/api/v1/campaigns/1/council-sessions", """{"chairUserName":"hoidong1"}""", HttpStatusCode.Forbidden },
        { "tp.th", "PUT", "/api/v1/campaigns/1/results/KT", """{"values":{}}""", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refusal_IsProblemDetailsWithItsStatus(string caller, string method, string path, string? body,
        HttpStatusCode status)
    {
        using var client = await fixture.App.AsUserAsync(caller);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = body is null ? null : ApiClients.Json(body),
        });

        await AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task AStepTheCampaignIsNotReadyFor_Is409WithTheCode()
    {
        using var officer = await fixture.App.AsUserAsync("congdoan");
        var created = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json(
            $$"""{"code":"TYPED-409","name":"N","year":2026,"kind":"yearly","criteria":[{{Criterion}}]}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;

        // A draft is neither collecting results nor under review.
        var text = await AssertProblemAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/close", null), HttpStatusCode.Conflict);
        Assert.Contains("campaign.wrong_status", text, StringComparison.Ordinal);
        await AssertProblemAsync(await officer.PostAsync($"/api/v1/campaigns/{id}/start-review", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AStaleIfMatch_Is412_AndTheCurrentOneIsAccepted()
    {
        var id = await fixture.App.LaunchedCampaignAsync("TYPED-412");
        using var head = await fixture.App.AsUserAsync("tp.th");
        var pledge = $"/api/v1/campaigns/{id}/pledges/TH";

        var stale = new HttpRequestMessage(HttpMethod.Put, pledge) { Content = ApiClients.Json("""{"targets":{"C1":5}}""") };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"00000000000000000000000000000000\""));
        await AssertProblemAsync(await head.SendAsync(stale), HttpStatusCode.PreconditionFailed);

        var current = (await head.GetAsync(pledge)).Headers.ETag;
        var fresh = new HttpRequestMessage(HttpMethod.Put, pledge) { Content = ApiClients.Json("""{"targets":{"C1":5}}""") };
        if (current is not null)
        {
            fresh.Headers.IfMatch.Add(current);
        }

        var saved = await head.SendAsync(fresh);
        Assert.True(saved.StatusCode == HttpStatusCode.NoContent, $"{saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        Assert.NotNull(saved.Headers.ETag);
    }

    [Fact]
    public async Task ScoresOfALaunchedCampaign_AreTyped200()
    {
        var id = await fixture.App.LaunchedCampaignAsync("TYPED-200");
        using var officer = await fixture.App.AsUserAsync("congdoan");

        var scores = await officer.GetAsync($"/api/v1/campaigns/{id}/scores");

        Assert.Equal(HttpStatusCode.OK, scores.StatusCode);
        Assert.IsType<JsonArray>(JsonNode.Parse(await scores.Content.ReadAsStringAsync()));
    }

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (int)JsonNode.Parse(text)!["status"]!);
        return text;
    }
}
