using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>
/// A unit has a version like every other thing two people may edit: the API answers it as the ETag of
/// <c>GET /api/v1/units/{code}</c> and of a PUT, a rename or reclassification through the API must send it back, and the
/// organisation page hands back the version it listed. Of two renames made from one version, one lands.
/// </summary>
public sealed class ApiUnitVersionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private async Task<Unit> UnitAsync(string code)
    {
        await using var db = await App.DbAsync();
        return await db.Units.AsNoTracking().SingleAsync(StoredCodes.Same<Unit>(code), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task PutUnit_ReplacesOnlyWithTheETagItWasReadAt()
    {
        using var admin = App.Bootstrap();
        const string Path = "/api/v1/units/VER-1";

        var created = await admin.SendAsync(ApiClients.Put(Path, """{"name":"Phòng Phiên bản","kind":"department","parentCode":"VP"}"""));
        var withoutIfMatch = await admin.SendAsync(ApiClients.Put(Path, """{"name":"Phòng Không điều kiện","kind":"department","parentCode":"VP"}"""));
        var read = await admin.GetAsync("/api/v1/units/ver-1");
        var renamed = await admin.SendAsync(ApiClients.Put(Path, """{"name":"Phòng Đổi tên","kind":"department","parentCode":"VP"}""", read.Headers.ETag));
        var stale = await admin.SendAsync(ApiClients.Put(Path, """{"name":"Phòng Cũ hơn","kind":"department","parentCode":"VP"}""", read.Headers.ETag));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        Assert.Equal("VER-1", (string?)JsonNode.Parse(await read.Content.ReadAsStringAsync())!["code"]);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.NotEqual(read.Headers.ETag, renamed.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var unit = await UnitAsync("VER-1");
        Assert.Equal("Phòng Đổi tên", unit.Name);
        Assert.Equal(["Phòng Phiên bản"], unit.FormerNames.Select(n => n.Name));
    }

    [Fact]
    public async Task GetUnit_OfAnotherUnit_IsNotFoundToADepartmentHead()
    {
        using var head = await App.AsUserAsync("tp.th");

        var own = await head.GetAsync("/api/v1/units/TH");
        var other = await head.GetAsync("/api/v1/units/KT");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    /// <summary>
    /// Two administrators renaming one unit at once through the service both pages and the API use, both having read
    /// it before either saves: the version token refuses the second in the save itself (no names compared, no
    /// transaction of its own), so the history records the old name once.
    /// </summary>
    [Fact]
    public async Task TwoRenamesAtOnce_OneLands_TheOtherIsToldSomeoneElseSaved_AndTheHistoryHasOneStep()
    {
        var id = (await App.Service<OrganizationService>().CreateAsync(TestActors.Admin, new NewUnit("VER-2", "Phòng Gốc"),
            UnitKind.Department, null)).Value;
        var rendezvous = new SaveRendezvous<Unit>(2, EntityState.Modified);
        var organization = App.Service<OrganizationService>();

        Result[] outcomes;
        using (App.Rendezvous.Hold(rendezvous))
        {
            outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() =>
                organization.RenameAsync(TestActors.Admin, id, $"Phòng Mới {i}", new DateOnly(2026, 12, 1)))));
        }

        Assert.True(rendezvous.Met, "both renames should have read the unit before either saved");
        var won = Array.FindIndex(outcomes, o => o.IsSuccess);
        Assert.Equal(ConcurrencyErrors.Code, Assert.Single(Assert.Single(outcomes, o => !o.IsSuccess).Errors).Code);
        var unit = await UnitAsync("VER-2");
        Assert.Equal($"Phòng Mới {won}", unit.Name);
        Assert.Equal(["Phòng Gốc"], unit.FormerNames.Select(n => n.Name));
    }

    /// <summary>The organisation page renames from the version it listed: a list read before someone else's rename is stale.</summary>
    [Fact]
    public async Task ARenameFromAStaleList_IsRefused_AndChangesNothing()
    {
        var organization = App.Service<OrganizationService>();
        var id = (await organization.CreateAsync(TestActors.Admin, new NewUnit("VER-3", "Phòng Ba"), UnitKind.Department, null)).Value;
        var listed = (await organization.ListAsync(TestActors.Admin)).Single(u => u.Id == id);

        var first = await organization.RenameAsync(TestActors.Admin, id, "Phòng Ba Mới", new DateOnly(2026, 12, 1), listed.Version);
        var second = await organization.RenameAsync(TestActors.Admin, id, "Phòng Ba Khác", new DateOnly(2026, 12, 2), listed.Version);
        var retired = await organization.RetireAsync(TestActors.Admin, id, new DateOnly(2027, 1, 1), listed.Version);
        var relisted = (await organization.ListAsync(TestActors.Admin)).Single(u => u.Id == id);

        Assert.True(first.IsSuccess);
        Assert.Equal(ConcurrencyErrors.Code, Assert.Single(second.Errors).Code);
        Assert.Equal(ConcurrencyErrors.Code, Assert.Single(retired.Errors).Code);
        Assert.NotEqual(listed.Version, relisted.Version);
        Assert.Equal(("Phòng Ba Mới", (DateOnly?)null), (relisted.Name, relisted.ClosedOn));
        Assert.Equal(["Phòng Ba"], relisted.FormerNames);
    }

    /// <summary>
    /// An If-Match that is no entity tag at all is a request the server cannot read: 400 naming the header, never taken
    /// for a stale version (412), which a well-formed tag that is not the current one still is.
    /// </summary>
    [Theory]
    [InlineData("VER-4A", "not-an-etag")]
    [InlineData("VER-4B", "\"unterminated")]
    [InlineData("VER-4C", "\"abc\", garbage")]
    public async Task AnUnreadableIfMatch_Is400NamingTheHeader(string code, string header)
    {
        using var admin = App.Bootstrap();
        Assert.Equal(HttpStatusCode.Created, (await admin.SendAsync(ApiClients.Put($"/api/v1/units/{code}",
            """{"name":"Phòng Bốn","kind":"department","parentCode":"VP"}"""))).StatusCode);
        var request = ApiClients.Put($"/api/v1/units/{code}", """{"name":"Phòng Bốn Mới","kind":"department","parentCode":"VP"}""");
        Assert.True(request.Headers.TryAddWithoutValidation("If-Match", header));

        var response = await admin.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("If-Match", JsonNode.Parse(text)!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("Phòng Bốn", (await UnitAsync(code)).Name);
    }

    [Fact]
    public async Task AWellFormedIfMatchThatIsNotTheCurrentVersion_Stays412()
    {
        using var admin = App.Bootstrap();
        Assert.Equal(HttpStatusCode.Created, (await admin.SendAsync(ApiClients.Put("/api/v1/units/VER-5",
            """{"name":"Phòng Năm","kind":"department","parentCode":"VP"}"""))).StatusCode);

        var weak = await admin.SendAsync(ApiClients.Put("/api/v1/units/VER-5", """{"name":"Phòng Năm Mới","kind":"department","parentCode":"VP"}""",
            new EntityTagHeaderValue("\"00000000000000000000000000000000\"")));

        Assert.Equal(HttpStatusCode.PreconditionFailed, weak.StatusCode);
        Assert.Equal("Phòng Năm", (await UnitAsync("VER-5")).Name);
    }

    /// <summary>
    /// Scores and recommendations of a campaign id that names nothing are 404 before anything is evaluated: no
    /// campaign is loaded with its criteria, no rule set read, no figures.
    /// </summary>
    [Fact]
    public async Task ScoresOfACampaignThatDoesNotExist_Are404_WithoutEvaluatingAnything()
    {
        using var officer = await App.AsUserAsync("congdoan");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/v1/campaigns/987654/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/v1/campaigns/987655/recommendations")).StatusCode);

        var scope = App.Queries.Begin();
        var evaluated = await App.Service<ScoreboardService>().EvaluateAsync(TestActors.Officer, 987656);

        Assert.Null(evaluated);
        var command = Assert.Single(scope.Commands);
        Assert.Contains("\"Campaigns\"", command, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Criteria\"", command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_IsForSignedInUsersOnly_ByCookieOrToken()
    {
        using var anonymous = App.Anonymous();
        using var badToken = App.Bearer("not-a-token-of-anyone");
        using var staff = await App.SignedInClientAsync("nv.th1");
        using var token = await App.AsUserAsync("tp.th");

        var refused = await anonymous.GetAsync("/openapi/v1.json");
        var badlyTokened = await badToken.GetAsync("/openapi/v1.json");
        var byCookie = await staff.GetAsync("/openapi/v1.json");
        var byToken = await token.GetAsync("/openapi/v1.json");

        Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized ||
            (refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal)),
            $"{refused.StatusCode} {refused.Headers.Location}");
        Assert.DoesNotContain("/api/v1/", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, badlyTokened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        Assert.Contains("/api/v1/units/{code}", await byToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
