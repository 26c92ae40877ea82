using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Tokens;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Api;

/// <summary>Who may call the API: 401 without a valid token, 403 outside one's role or unit.</summary>
public sealed class ApiAuthTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>Every route the API maps, with 1 for each id and the demo's Phòng Tổng hợp for each code.</summary>
    internal static readonly (string Method, string Path)[] RouteList =
    [
        ("GET", "/api/v1/units"),
        ("GET", "/api/v1/units/TH"),
        ("PUT", "/api/v1/units/TH"),
        ("GET", "/api/v1/people/TH-001"),
        ("PUT", "/api/v1/people/TH-001"),
        ("PUT", "/api/v1/people/TH-001/years/2025"),
        ("POST", "/api/v1/people/TH-001/leave"),
        ("POST", "/api/v1/people/TH-001/return"),
        ("PUT", "/api/v1/units/TH/years/2025"),
        ("POST", "/api/v1/campaigns"),
        ("POST", "/api/v1/campaigns/1/launch"),
        ("POST", "/api/v1/campaigns/1/open-results"),
        ("POST", "/api/v1/campaigns/1/start-review"),
        ("POST", "/api/v1/campaigns/1/close"),
        ("GET", "/api/v1/users"),
        ("POST", "/api/v1/users"),
        ("POST", "/api/v1/users/congdoan/tokens"),
        ("PUT", "/api/v1/users/congdoan/roles"),
        ("POST", "/api/v1/users/congdoan/disable"),
        ("POST", "/api/v1/users/congdoan/enable"),
        ("PUT", "/api/v1/campaigns/1/pledges/TH"),
        ("PUT", "/api/v1/campaigns/1/results/TH"),
        ("POST", "/api/v1/campaigns/1/results/TH/submit"),
        ("GET", "/api/v1/campaigns/1/scores"),
        ("GET", "/api/v1/campaigns/1/recommendations"),
        ("GET", "/api/v1/campaigns/1/pledges/TH"),
        ("GET", "/api/v1/campaigns/1/results/TH"),
        ("GET", "/api/v1/campaigns/1/proceedings/TH"),
        ("PUT", "/api/v1/campaigns/1/proceedings/TH"),
        ("DELETE", "/api/v1/campaigns/1/proceedings/TH"),
        ("GET", "/api/v1/council/sessions"),
        ("GET", "/api/v1/council/sessions/1"),
        ("POST", "/api/v1/council/sessions/1/votes"),
        ("GET", "/api/v1/decisions"),
        ("GET", "/api/v1/decisions/1"),
        ("POST", "/api/v1/campaigns/1/decisions"),
        ("POST", "/api/v1/decisions/1/revoke"),
        ("GET", "/api/v1/council/members"),
        ("POST", "/api/v1/campaigns/1/council-sessions"),
        ("PUT", "/api/v1/council/sessions/1/attendance"),
        ("POST", "/api/v1/council/sessions/1/close"),
        ("POST", "/api/v1/council/sessions/1/written-ballots"),
        ("PUT", "/api/v1/council/sessions/1/paper-counts"),
        ("POST", "/api/v1/council/sessions/1/receipts"),
        ("GET", "/api/v1/campaigns/1/nominations"),
        ("POST", "/api/v1/campaigns/1/nominations"),
        ("POST", "/api/v1/campaigns/1/nominations/from-recommendations"),
        ("POST", "/api/v1/campaigns/1/nominations/reject"),
        ("GET", "/api/v1/nominations/1"),
        ("POST", "/api/v1/nominations/1/withdraw"),
        ("POST", "/api/v1/nominations/1/approve"),
        ("POST", "/api/v1/nominations/1/reject"),
        ("POST", "/api/v1/campaigns/1/dossiers"),
        ("GET", "/api/v1/dossiers/1"),
        ("POST", "/api/v1/dossiers/1/resend"),
        ("POST", "/api/v1/dossiers/1/return"),
        ("POST", "/api/v1/dossiers/1/withdraw"),
        ("POST", "/api/v1/dossiers/1/add"),
        ("POST", "/api/v1/dossiers/1/outcome"),
        ("GET", "/api/v1/board/dossiers/1"),
        ("POST", "/api/v1/board/dossiers/1/notes"),
        ("GET", "/api/v1/board/dossiers/1/consultation"),
        ("POST", "/api/v1/board/dossiers/1/consultations"),
        ("POST", "/api/v1/board/consultation-comments/1/accept"),
        ("POST", "/api/v1/board/consultation-comments/1/hide"),
    ];

    public static TheoryData<string, string> Routes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (method, path) in RouteList)
            {
                data.Add(method, path);
            }

            return data;
        }
    }

    /// <summary>The list above is every route the API maps, so a new endpoint is tried without a token too.</summary>
    [Fact]
    public void Routes_CoverEveryApiEndpoint()
    {
        var missing = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Endpoint: e)))
            .Where(x => !RouteList.Any(r => r.Method == x.Method && Matches(x.Endpoint.RoutePattern.RawText!, r.Path)))
            .Select(x => $"{x.Method} {x.Endpoint.RoutePattern.RawText}")
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>Whether <paramref name="path"/> fits the route <paramref name="pattern"/> (each parameter one segment).</summary>
    private static bool Matches(string pattern, string path) => Regex.IsMatch(path,
        "^/" + string.Join("/", pattern.Trim('/').Split('/')
            .Select(segment => Regex.Replace(Regex.Escape(segment), @"\\\{[^}]*}", "[^/]+"))) + "$");

    /// <summary>Writes a board council member may send (to its own board's sessions): the other writes are all refused to one.</summary>
    private static readonly string[] WritesOfTheBoardsCouncil =
    [
        "/api/v1/council/sessions/{id:int}/votes", "/api/v1/council/sessions/{id:int}/receipts",
    ];

    /// <summary>
    /// Each write names the policy its caller must hold on the endpoint, so that the framework refuses anyone else
    /// before it reads the body: a wrong role never gets a 400 telling how its request would be read.
    /// </summary>
    [Fact]
    public void EveryWrite_DeclaresThePolicyItsCallerMustHold()
    {
        var undeclared = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m != "GET") == true)
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is { } p && p != ApiRegistration.Policy))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(undeclared);
    }

    /// <summary>A board council member holds a token but none of the agency's write policies: every write is 403, whatever the body.</summary>
    public static TheoryData<string, string> WritesOfOnePolicy
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (method, path) in RouteList.Where(r => r.Method != "GET" && !WritesOfTheBoardsCouncil.Any(w => Matches(w, r.Path))))
            {
                data.Add(method, path);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WritesOfOnePolicy))]
    public async Task ARoleAWriteIsNotFor_Is403_BeforeItsUnreadableBodyIsRead(string method, string path)
    {
        using var client = await App.AsUserAsync("bantdkt.hd1");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = ApiClients.Json("{\"not json"),
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("lanhdao", "POST", "/api/v1/council/sessions/1/votes", """{"votes":"x"}""")]
    [InlineData("hoidong1", "POST", "/api/v1/users/congdoan/tokens", """{"name":"","expiresOn":"1900-01-01"}""")]
    [InlineData("congdoan", "POST", "/api/v1/campaigns/1/decisions", """{"nominationIds":[1,1]}""")]
    [InlineData("tp.th", "PUT", "/api/v1/people/TH-001", "{}")]
    [InlineData("tp.th", "PUT", "/api/v1/campaigns/1/proceedings/TH", "{}")]
    [InlineData("hoidong1", "PUT", "/api/v1/campaigns/1/results/TH", """{"values":{"NO-SUCH":-1}}""")]
    [InlineData("bantdkt", "POST", "/api/v1/campaigns/1/dossiers", """{"nominationIds":[]}""")]
    [InlineData("tp.th", "POST", "/api/v1/council/sessions/1/receipts", """{"code":5}""")]
    [InlineData("lanhdao", "POST", "/api/v1/board/consultation-comments/1/hide", "{")]
    [InlineData("hoidong1", "POST", "/api/v1/board/consultation-comments/1/accept", "{")]
    [InlineData("bantdkt", "POST", "/api/v1/council/sessions/1/votes", """{"votes":"x"}""")]
    public async Task ARoleAWriteIsNotFor_Is403_NotTheValidationOfItsBody(string userName, string method, string path, string body)
    {
        using var client = await App.AsUserAsync(userName);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = ApiClients.Json(body) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithoutToken_Is401ProblemDetails(string method, string path)
    {
        using var client = App.Anonymous();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : ApiClients.Json("{}"),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownToken_Is401()
    {
        using var client = App.Bearer(ApiTokenService.TokenPrefix + "not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/units")).StatusCode);
    }

    [Fact]
    public async Task Documents_WithAnUnknownToken_Are401ProblemDetails_NotARedirectToSignIn()
    {
        using var client = App.Bearer(ApiTokenService.TokenPrefix + "not-a-real-token");

        var response = await client.GetAsync("/documents/decisions/1.docx");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignedInCookie_WithoutToken_Is401_NotARedirect()
    {
        using var client = await App.SignedInClientAsync("quantri");

        var response = await client.GetAsync("/api/v1/units");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RevokedToken_Is401()
    {
        var token = await App.TokenForAsync("congdoan");
        using var client = App.Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units")).StatusCode);
        var actor = await App.ActorAsync("congdoan");
        var tokens = App.Service<ApiTokenService>();
        var id = (await tokens.ListAsync(actor)).First(t => token.StartsWith(t.Prefix, StringComparison.Ordinal)).Id;

        Assert.True((await tokens.RevokeAsync(actor, id)).IsSuccess);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/units")).StatusCode);
    }

    [Fact]
    public async Task Tokens_AreStoredOnlyAsHashes_AndRevokedOnlyByTheirOwner()
    {
        var token = await App.TokenForAsync("tp.kt");
        var owner = await App.ActorAsync("tp.kt");
        var stranger = await App.ActorAsync("tp.th");
        var tokens = App.Service<ApiTokenService>();
        var row = (await tokens.ListAsync(owner)).First(t => token.StartsWith(t.Prefix, StringComparison.Ordinal));

        await using var db = await App.DbAsync();
        var stored = await db.Set<ApiToken>().AsNoTracking().SingleAsync(t => t.Id == row.Id);
        Assert.NotEqual(token, stored.Hash);
        Assert.Equal(ApiTokenService.Hash(token), stored.Hash);
        Assert.Equal("token.not_found", (await tokens.RevokeAsync(stranger, row.Id)).Errors.Single().Code);
        Assert.DoesNotContain(await tokens.ListAsync(stranger), t => t.Id == row.Id);
    }

    [Fact]
    public async Task DepartmentHead_OnAnotherUnitsPledge_Is403()
    {
        using var client = await App.AsUserAsync("tp.th");

        var response = await client.PutAsync("/api/v1/campaigns/1/pledges/KT", ApiClients.Json("""{"targets":{}}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DepartmentHead_OnAnotherUnitsResults_Is403()
    {
        using var client = await App.AsUserAsync("tp.th");

        var put = await client.PutAsync("/api/v1/campaigns/1/results/KT", ApiClients.Json("""{"values":{}}"""));
        var submit = await client.PostAsync("/api/v1/campaigns/1/results/KT/submit", null);

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
    }

    [Fact]
    public async Task DepartmentHead_ReadingAnotherUnitsPledgeOrResults_Is403()
    {
        using var client = await App.AsUserAsync("tp.th");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/campaigns/1/pledges/KT")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/campaigns/1/results/KT")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/campaigns/1/pledges/TH")).StatusCode);
    }

    /// <summary>A refusal would tell the head that the code is someone's in another unit: it is answered as unknown.</summary>
    [Fact]
    public async Task DepartmentHead_OnAnotherUnitsPerson_Gets404AsForAnUnknownCode()
    {
        using var client = await App.AsUserAsync("tp.th");
        const string Year = """{"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}""";

        var read = await client.GetAsync("/api/v1/people/KT-001");
        var write = await client.PutAsync("/api/v1/people/KT-001/years/2025", ApiClients.Json(Year));
        var readUnknown = await client.GetAsync("/api/v1/people/KHONG-CO");
        var writeUnknown = await client.PutAsync("/api/v1/people/KHONG-CO/years/2025", ApiClients.Json(Year));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(readUnknown.StatusCode, read.StatusCode);
        Assert.Equal(writeUnknown.StatusCode, write.StatusCode);
        Assert.Equal("application/problem+json", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DepartmentHead_OwnPerson_MayRecordTheirYear()
    {
        using var client = await App.AsUserAsync("tp.th");

        var write = await client.PutAsync("/api/v1/people/TH-003/years/2019", ApiClients.Json(
            """{"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}"""));

        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);
    }

    [Fact]
    public async Task DepartmentHead_CannotChangeUnitsOrCreateCampaigns()
    {
        using var client = await App.AsUserAsync("tp.th");

        var unit = await client.PutAsync("/api/v1/units/TH", ApiClients.Json("""{"name":"Khác","kind":"department"}"""));
        var scores = await client.GetAsync("/api/v1/campaigns/1/scores");

        Assert.Equal(HttpStatusCode.Forbidden, unit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, scores.StatusCode);
    }

    [Fact]
    public async Task DepartmentHead_ListsOnlyTheirOwnUnit()
    {
        using var client = await App.AsUserAsync("tp.th");

        var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/units"))!.AsArray();

        Assert.Equal(["TH"], list.Select(u => (string?)u!["code"]));
    }

    [Fact]
    public async Task BootstrapToken_ActsAsAdministratorAndOfficer()
    {
        using var client = App.Bootstrap();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/campaigns/1/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units")).StatusCode);
    }
}
