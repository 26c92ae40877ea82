using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary><c>/api/v1/decisions</c> and issuing a decision through the API, with the decision's documents.</summary>
public sealed class ApiDecisionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static StringContent Issue(string number, IEnumerable<int> nominations) => ApiClients.Json($$"""
        {"number":"{{number}}","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng",
         "nominationIds":[{{string.Join(",", nominations)}}]}
        """);

    private async Task<int> DecisionCountAsync()
    {
        await using var db = await App.DbAsync();
        return await db.Decisions.CountAsync();
    }

    [Fact]
    public async Task Issue_AsLeadership_Is201_ListedByYearAndCampaign_AndReadWithItsLines()
    {
        var nominations = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);
        using var leader = await App.AsUserAsync("lanhdao");
        using var officer = await App.AsUserAsync("congdoan");

        var created = await leader.PostAsync("/api/v1/campaigns/1/decisions", Issue("301/QĐ-VP", nominations));

        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        var id = (int)JsonNode.Parse(text)!["id"]!;
        Assert.Equal($"/api/v1/decisions/{id}", created.Headers.Location?.OriginalString);
        var listed = JsonNode.Parse(await officer.GetStringAsync("/api/v1/decisions?campaignId=1&year=2026"))!.AsArray();
        Assert.Contains(listed, d => (int)d!["id"]! == id && (string?)d["number"] == "301/QĐ-VP" && (string?)d["kind"] == "award");
        Assert.DoesNotContain(JsonNode.Parse(await officer.GetStringAsync("/api/v1/decisions?year=2025"))!.AsArray(),
            d => (int)d!["id"]! == id);
        var decision = JsonNode.Parse(await officer.GetStringAsync($"/api/v1/decisions/{id}"))!;
        Assert.Equal("2026-12-20", (string?)decision["decision"]!["date"]);
        Assert.Equal(2, decision["lines"]!.AsArray().Count);
        Assert.All(decision["lines"]!.AsArray(), l => Assert.Equal("advancedWorker", (string?)l!["title"]));
    }

    [Fact]
    public async Task Issue_WithANumberAlreadyUsed_Is409_AndWritesNothing()
    {
        var first = await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 1);
        var second = await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 1);
        using var leader = await App.AsUserAsync("lanhdao");
        Assert.Equal(HttpStatusCode.Created, (await leader.PostAsync("/api/v1/campaigns/1/decisions", Issue("302/QĐ-VP", first))).StatusCode);
        var before = await DecisionCountAsync();

        var again = await leader.PostAsync("/api/v1/campaigns/1/decisions", Issue("302/QĐ-VP", second));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Theory]
    [InlineData("congdoan")]
    [InlineData("hoidong1")]
    [InlineData("tp.th")]
    public async Task Issue_ByAnotherRole_Is403(string user)
    {
        using var client = await App.AsUserAsync(user);
        var before = await DecisionCountAsync();

        var response = await client.PostAsync("/api/v1/campaigns/1/decisions", Issue("303/QĐ-VP", [1]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Theory]
    [InlineData("""{"nominationIds":[1]}""", "number")]
    [InlineData("""{"number":"304/QĐ-VP","nominationIds":[]}""", "nominationIds")]
    [InlineData("""{"number":"304/QĐ-VP","nominationIds":[1,1]}""", "nominationIds[1]")]
    [InlineData("""{"number":"304/QĐ-VP","nominationIds":[999999]}""", "nominationIds")]
    [InlineData("""{"number":"không có số","nominationIds":[1]}""", "number")]
    [InlineData("""{"number":"304/QĐ-VP","date":"hôm qua","nominationIds":[1]}""", "date")]
    public async Task Issue_BadInput_Is400WithTheField_AndWritesNothing(string body, string field)
    {
        using var leader = await App.AsUserAsync("lanhdao");
        var before = await DecisionCountAsync();

        var response = await leader.PostAsync("/api/v1/campaigns/1/decisions", ApiClients.Json(body));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(field), text);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Issue_ForAnUnknownCampaign_Is404()
    {
        using var leader = await App.AsUserAsync("lanhdao");

        var response = await leader.PostAsync("/api/v1/campaigns/999999/decisions", Issue("305/QĐ-VP", [1]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Documents_AreServedToATokenOnTheSameUrlsAsThePages_AndRefusedToADepartmentHead()
    {
        var decision = await DecisionScenario.IssueAsync(App, "306/QĐ-VP", Title.AdvancedWorker, 1);
        var id = decision.Decision.Id;
        var award = decision.Lines.Single().AwardId;
        using var officer = await App.AsUserAsync("congdoan");
        using var head = await App.AsUserAsync("tp.kt");

        var docx = await officer.GetAsync($"/documents/decisions/{id}.docx");
        var pdf = await officer.GetAsync($"/documents/decisions/{id}.pdf");
        var xlsx = await officer.GetAsync($"/documents/decisions/{id}/list.xlsx");
        var certificate = await officer.GetAsync($"/documents/awards/{award}/certificate.pdf");
        var missing = await officer.GetAsync("/documents/decisions/999999.docx");
        var refused = await head.GetAsync($"/documents/decisions/{id}.docx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static StringContent Revoke(string number, IEnumerable<int> awards, string reason = "Phát hiện kê khai sai thành tích.") =>
        ApiClients.Json($$"""
        {"number":"{{number}}","date":"2026-12-28","reason":"{{reason}}","awardIds":[{{string.Join(",", awards)}}]}
        """);

    [Fact]
    public async Task Revoke_AsLeadership_IssuesARevocationDecision_AndLeavesTheOtherLines()
    {
        var decision = await DecisionScenario.IssueAsync(App, "310/QĐ-VP", Title.AdvancedWorker, 2);
        var (revokedAward, keptAward) = (decision.Lines[0].AwardId, decision.Lines[1].AwardId);
        using var leader = await App.AsUserAsync("lanhdao");

        var created = await leader.PostAsync($"/api/v1/decisions/{decision.Decision.Id}/revoke", Revoke("311/QĐ-VP", [revokedAward]));

        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        var id = (int)JsonNode.Parse(text)!["id"]!;
        Assert.Equal($"/api/v1/decisions/{id}", created.Headers.Location?.OriginalString);
        var revocation = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/decisions/{id}"))!;
        Assert.Equal("revocation", (string?)revocation["decision"]!["kind"]);
        Assert.Equal("Phát hiện kê khai sai thành tích.", (string?)revocation["reason"]);
        Assert.Equal(["310/QĐ-VP"], revocation["revokedDecisionNumbers"]!.AsArray().Select(n => (string)n!));
        var original = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/decisions/{decision.Decision.Id}"))!["lines"]!.AsArray();
        Assert.True((bool)original.Single(l => (int)l!["awardId"]! == revokedAward)!["revoked"]!);
        Assert.False((bool)original.Single(l => (int)l!["awardId"]! == keptAward)!["revoked"]!);
    }

    [Fact]
    public async Task Revoke_AnAwardAlreadyRevoked_Is409_AndWritesNothing()
    {
        var decision = await DecisionScenario.IssueAsync(App, "312/QĐ-VP", Title.AdvancedWorker, 1);
        var award = decision.Lines.Single().AwardId;
        using var leader = await App.AsUserAsync("lanhdao");
        Assert.Equal(HttpStatusCode.Created,
            (await leader.PostAsync($"/api/v1/decisions/{decision.Decision.Id}/revoke", Revoke("313/QĐ-VP", [award]))).StatusCode);
        var before = await DecisionCountAsync();

        var again = await leader.PostAsync($"/api/v1/decisions/{decision.Decision.Id}/revoke", Revoke("314/QĐ-VP", [award]));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("award.already_revoked", (string?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Revoke_DatedBeforeTheDecisionItRevokes_Is400OnTheDate_AndWritesNothing()
    {
        var decision = await DecisionScenario.IssueAsync(App, "318/QĐ-VP", Title.AdvancedWorker, 1);
        using var leader = await App.AsUserAsync("lanhdao");
        var before = await DecisionCountAsync();

        var response = await leader.PostAsync($"/api/v1/decisions/{decision.Decision.Id}/revoke", ApiClients.Json($$"""
            {"number":"319/QĐ-VP","date":"2001-01-01","reason":"Kê khai sai.","awardIds":[{{decision.Lines.Single().AwardId}}]}
            """));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey("date"), text);
        Assert.Contains("award.revoked_before_granted", text, StringComparison.Ordinal);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Revoke_AnAwardOfAnotherDecision_Is400_AndWritesNothing()
    {
        var first = await DecisionScenario.IssueAsync(App, "315/QĐ-VP", Title.AdvancedWorker, 1);
        var second = await DecisionScenario.IssueAsync(App, "316/QĐ-VP", Title.AdvancedWorker, 1);
        using var leader = await App.AsUserAsync("lanhdao");
        var before = await DecisionCountAsync();

        var response = await leader.PostAsync($"/api/v1/decisions/{first.Decision.Id}/revoke",
            Revoke("317/QĐ-VP", [first.Lines[0].AwardId, second.Lines[0].AwardId]));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey("awardIds[1]"), text);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Theory]
    [InlineData("congdoan", "320/QĐ-VP")]
    [InlineData("hoidong1", "321/QĐ-VP")]
    [InlineData("tp.th", "322/QĐ-VP")]
    [InlineData("quantri", "323/QĐ-VP")]
    public async Task Revoke_ByAnotherRole_Is403_AndWritesNothing(string user, string number)
    {
        var decision = await DecisionScenario.IssueAsync(App, number, Title.GrassrootsEmulationFighter, 1);
        using var client = await App.AsUserAsync(user);
        var before = await DecisionCountAsync();

        var response = await client.PostAsync($"/api/v1/decisions/{decision.Decision.Id}/revoke",
            Revoke("330/QĐ-VP", [decision.Lines[0].AwardId]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Revoke_OnAnUnknownDecision_Is404()
    {
        using var leader = await App.AsUserAsync("lanhdao");

        var response = await leader.PostAsync("/api/v1/decisions/999999/revoke", Revoke("331/QĐ-VP", [1]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
