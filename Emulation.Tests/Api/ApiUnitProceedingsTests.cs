using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Domain.Results;
using Emulation.Tests.Hostile;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>
/// A unit's proceedings through the API, as the union officer records them on the unit's workspace: read by those who
/// follow the campaign with the version as the ETag; recorded, rewritten and cleared by the officer only, never about
/// their own unit; a rewrite or clearing names the version it read; hostile text and days are 400 naming the field.
/// Each test works on a unit of its own of the seeded campaign.
/// </summary>
public sealed class ApiUnitProceedingsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const int Campaign = 1;
    private const string Body = """{"text":"Thanh tra công vụ theo Quyết định số 12/QĐ-TTr","since":"2026-10-01"}""";

    private EmulationAppFactory App => fixture.App;

    private static string PathOf(string unitCode) => $"/api/v1/campaigns/{Campaign}/proceedings/{unitCode}";

    private static HttpRequestMessage Send(HttpMethod method, string path, string? json = null, EntityTagHeaderValue? ifMatch = null) =>
        ApiClients.Request(method, path, json is null ? null : ApiClients.Json(json), ifMatch);

    private async Task<int> StoredAsync(string unitCode)
    {
        var unit = await App.UnitIdAsync(unitCode);
        await using var db = await App.DbAsync();
        return await db.Set<UnitProceedings>().CountAsync(p => p.UnitId == unit);
    }

    [Fact]
    public async Task TheOfficer_Records_Rewrites_AndClears_EachNamingTheVersionItRead()
    {
        using var officer = await App.AsUserAsync("congdoan");
        using var leader = await App.AsUserAsync("lanhdao");
        var path = PathOf("KGVX");

        var created = await officer.SendAsync(Send(HttpMethod.Put, path, Body));
        var read = await leader.GetAsync(path);
        var withoutIfMatch = await officer.SendAsync(Send(HttpMethod.Put, path, """{"text":"Khiếu nại","since":"2026-09-01"}"""));
        var rewritten = await officer.SendAsync(Send(HttpMethod.Put, path, """{"text":"Khiếu nại","since":"2026-09-01"}""", read.Headers.ETag));
        var stale = await officer.SendAsync(Send(HttpMethod.Delete, path, ifMatch: read.Headers.ETag));
        var clearWithout = await officer.SendAsync(Send(HttpMethod.Delete, path));
        var cleared = await officer.SendAsync(Send(HttpMethod.Delete, path, ifMatch: rewritten.Headers.ETag));
        var after = await leader.GetAsync(path);
        var clearedAgain = await officer.SendAsync(Send(HttpMethod.Delete, path, ifMatch: rewritten.Headers.ETag));

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        var shown = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        Assert.True((bool)shown["pending"]!);
        Assert.Equal(("2026-10-01", "congdoan", 2026), ((string?)shown["since"], (string?)shown["recordedBy"], (int)shown["year"]!));
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, rewritten.StatusCode);
        Assert.NotEqual(read.Headers.ETag, rewritten.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, clearWithout.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.False((bool)JsonNode.Parse(await after.Content.ReadAsStringAsync())!["pending"]!);
        Assert.Null(after.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, clearedAgain.StatusCode);
        Assert.Equal(0, await StoredAsync("KGVX"));
    }

    [Theory]
    [InlineData("tp.nc", "GET")]
    [InlineData("tp.nc", "PUT")]
    [InlineData("tp.th", "PUT")]
    [InlineData("lanhdao", "PUT")]
    [InlineData("hoidong1", "GET")]
    [InlineData("quantri", "GET")]
    [InlineData("bantdkt", "GET")]
    [InlineData("bantdkt", "PUT")]
    public async Task EveryOtherRole_IsRefused_AndNothingIsStored(string user, string method)
    {
        using var caller = await App.AsUserAsync(user);

        var response = await caller.SendAsync(Send(new HttpMethod(method), PathOf("NC"), method == "PUT" ? Body : null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await StoredAsync("NC"));
    }

    [Theory]
    [InlineData("/api/v1/campaigns/1/proceedings/NOPE")]
    [InlineData("/api/v1/campaigns/2147483647/proceedings/TH")]
    public async Task AUnitOrCampaignThatDoesNotExist_Is404(string path)
    {
        using var officer = await App.AsUserAsync("congdoan");

        var read = await officer.GetAsync(path);
        var written = await officer.SendAsync(Send(HttpMethod.Put, path, Body));
        var cleared = await officer.SendAsync(Send(HttpMethod.Delete, path));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [read.StatusCode, written.StatusCode, cleared.StatusCode]);
    }

    [Theory]
    [InlineData("""{"text":"Thanh tra \u202Eđảo chiều","since":"2026-10-01"}""", "text")]
    [InlineData("""{"text":"Thanh tra\u0000","since":"2026-10-01"}""", "text")]
    [InlineData("""{"text":"   ","since":"2026-10-01"}""", "text")]
    [InlineData("""{"since":"2026-10-01"}""", "text")]
    [InlineData("""{"text":"Thanh tra","since":"2027-01-01"}""", "since")]
    [InlineData("""{"text":"Thanh tra","since":"9999-12-31"}""", "since")]
    [InlineData("""{"text":"Thanh tra","since":"0001-01-01"}""", "since")]
    [InlineData("""{"text":"Thanh tra","since":"2026-02-31"}""", "since")]
    [InlineData("""{"text":"Thanh tra","since":"31/12/2026"}""", "since")]
    [InlineData("""{"text":"Thanh tra","since":20261001}""", "since")]
    [InlineData("""{"text":"Thanh tra"}""", "since")]
    [InlineData("""{"text":"Thanh tra","since":"2026-10-01","since":"2026-11-01"}""", "since")]
    [InlineData("""{"text":["Thanh tra"],"since":"2026-10-01"}""", "text")]
    public async Task HostileTextOrDays_Are400NamingTheField_AndStoreNothing(string json, string field)
    {
        using var officer = await App.AsUserAsync("congdoan");

        var response = await officer.SendAsync(Send(HttpMethod.Put, PathOf("QTTV"), json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), errors.ToJsonString());
        Assert.Equal(0, await StoredAsync("QTTV"));
    }

    [Fact]
    public async Task TextLongerThanItsColumn_Is400()
    {
        using var officer = await App.AsUserAsync("congdoan");
        var text = new string('x', UnitProceedings.MaxTextLength + 1);

        var response = await officer.SendAsync(Send(HttpMethod.Put, PathOf("QTTV"), $$"""{"text":"{{text}}","since":"2026-10-01"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await StoredAsync("QTTV"));
    }

    [Fact]
    public async Task TwelveFirstRecordsAtOnce_OneIsStored_TheOthersAreToldTheyLost()
    {
        var codes = await Race.RunAsync(() => App.AsUserAsync("congdoan"),
            client => client.SendAsync(Send(HttpMethod.Put, PathOf("KSTT"), Body)));

        Assert.Equal(1, codes.Count(c => c == HttpStatusCode.NoContent));
        // A loser that read the winner's record before writing is told to name its version (428); one that read none, 409.
        Assert.All(codes.Where(c => c != HttpStatusCode.NoContent),
            c => Assert.True(c is HttpStatusCode.Conflict or HttpStatusCode.PreconditionRequired, $"{(int)c}"));
        Assert.Equal(1, await StoredAsync("KSTT"));
    }
}
