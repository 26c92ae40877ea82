using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;

namespace Emulation.Tests.Api;

/// <summary>ETag and If-Match on the unit's pledge and results, and problem details in the caller's language.</summary>
public sealed class ApiPreconditionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;


    [Fact]
    public async Task Pledge_ReplacedOnlyWithTheETagItWasReadAt()
    {
        var id = await App.LaunchedCampaignAsync("ETAG-1");
        var path = $"/api/v1/campaigns/{id}/pledges/TH";
        using var head = await App.AsUserAsync("tp.th");

        var created = await head.SendAsync(ApiClients.Put(path, """{"targets":{"C1":100}}"""));
        var withoutIfMatch = await head.SendAsync(ApiClients.Put(path, """{"targets":{"C1":200}}"""));
        var read = await head.GetAsync(path);
        var replaced = await head.SendAsync(ApiClients.Put(path, """{"targets":{"C1":300}}""", read.Headers.ETag));
        var stale = await head.SendAsync(ApiClients.Put(path, """{"targets":{"C1":400}}""", read.Headers.ETag));
        var now = JsonNode.Parse(await head.GetStringAsync(path))!;

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        Assert.NotEqual(read.Headers.ETag, replaced.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(300m, (decimal)now["targets"]!["C1"]!);
    }

    [Fact]
    public async Task Results_WithAStaleETag_Are412_AndKeepTheirValues()
    {
        var id = await App.LaunchedCampaignAsync("ETAG-2");
        Assert.True((await App.Service<Emulation.Web.Services.Campaigns.CampaignService>()
            .MoveAsync(TestActors.Officer, id, Emulation.Web.Services.Campaigns.CampaignStep.OpenResults)).IsSuccess);
        var path = $"/api/v1/campaigns/{id}/results/KT";
        using var head = await App.AsUserAsync("tp.kt");
        var created = await head.SendAsync(ApiClients.Put(path, """{"values":{"C1":10}}"""));
        var first = created.Headers.ETag;
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await head.SendAsync(ApiClients.Put(path, """{"values":{"C1":15}}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await head.SendAsync(ApiClients.Put(path, """{"values":{"C1":20}}""", first))).StatusCode);

        var stale = await head.SendAsync(ApiClients.Put(path, """{"values":{"C1":30}}""", first));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(20m, (decimal)JsonNode.Parse(await head.GetStringAsync(path))!["values"]!["C1"]!);
    }

    [Fact]
    public async Task ValidationProblem_IsVietnameseByDefault_AndEnglishWhenAsked()
    {
        using var client = App.Bootstrap();
        var english = ApiClients.Put("/api/v1/units/LANG-1", """{"kind":"department"}""");
        english.Headers.AcceptLanguage.ParseAdd("en-GB");

        var vi = JsonNode.Parse(await (await client.SendAsync(ApiClients.Put("/api/v1/units/LANG-1", """{"kind":"department"}"""))).Content.ReadAsStringAsync())!;
        var en = JsonNode.Parse(await (await client.SendAsync(english)).Content.ReadAsStringAsync())!;

        Assert.Equal("Trường này là bắt buộc.", (string?)vi["errors"]!["name"]![0]);
        Assert.Equal("Dữ liệu gửi lên không hợp lệ.", (string?)vi["title"]);
        Assert.Equal("The field is required.", (string?)en["errors"]!["name"]![0]);
        Assert.Equal("One or more fields are invalid.", (string?)en["title"]);
    }

    [Fact]
    public async Task Unauthorized_AndNotFound_SpeakTheCallersLanguage()
    {
        using var anonymous = App.Anonymous();
        using var client = App.Bootstrap();
        var englishRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/units");
        englishRequest.Headers.AcceptLanguage.ParseAdd("en");
        var englishMissing = new HttpRequestMessage(HttpMethod.Get, "/api/v1/people/NO-SUCH");
        englishMissing.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var vi401 = JsonNode.Parse(await anonymous.GetStringOrProblemAsync("/api/v1/units"))!;
        var en401 = JsonNode.Parse(await (await anonymous.SendAsync(englishRequest)).Content.ReadAsStringAsync())!;
        var vi404 = JsonNode.Parse(await client.GetStringOrProblemAsync("/api/v1/people/NO-SUCH"))!;
        var en404 = JsonNode.Parse(await (await client.SendAsync(englishMissing)).Content.ReadAsStringAsync())!;

        Assert.Equal("Chưa xác thực.", (string?)vi401["title"]);
        Assert.Equal("Unauthorized.", (string?)en401["title"]);
        Assert.Equal("Không có cá nhân mã 'NO-SUCH'.", (string?)vi404["detail"]);
        Assert.Equal("There is no person 'NO-SUCH'.", (string?)en404["detail"]);
    }

    [Fact]
    public async Task LaunchingAnUnknownCampaign_SaysSoInEitherLanguage()
    {
        using var client = App.Bootstrap();
        var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/campaigns/999999/launch");
        english.Headers.AcceptLanguage.ParseAdd("en");

        var vi = JsonNode.Parse(await (await client.PostAsync("/api/v1/campaigns/999999/launch", null)).Content.ReadAsStringAsync())!;
        var en = JsonNode.Parse(await (await client.SendAsync(english)).Content.ReadAsStringAsync())!;

        Assert.Equal("Không có phong trào số 999999.", (string?)vi["detail"]);
        Assert.Equal("There is no campaign 999999.", (string?)en["detail"]);
        Assert.Equal("Không tìm thấy.", (string?)vi["title"]);
    }
}

internal static class ProblemReading
{
    /// <summary>The body whatever the status (GetStringAsync throws on an error status).</summary>
    public static async Task<string> GetStringOrProblemAsync(this HttpClient client, string path) =>
        await (await client.GetAsync(path)).Content.ReadAsStringAsync();
}
