using System.Net;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Reads name the policy their caller must hold on the endpoint, as writes do: a role the read is not for is 403 before
/// the address is read, never a 400 telling it how its query would have been understood.
/// </summary>
public sealed class ReadPolicyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("/api/v1/council/sessions?campaignId=abc")]
    [InlineData("/api/v1/decisions?year=abc")]
    [InlineData("/api/v1/decisions?campaignId=99999999999")]
    public async Task ADepartmentHead_OnAReadNotForThem_WithAnUnreadableQuery_Is403(string path)
    {
        using var head = await App.AsUserAsync("tp.th");

        var response = await head.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A role a read is not for is refused on the route, before any query: an unknown id answers 403, not 404.</summary>
    [Theory]
    [InlineData("tp.th", "/api/v1/campaigns/99999/scores")]
    [InlineData("tp.th", "/api/v1/campaigns/99999/recommendations")]
    [InlineData("tp.th", "/api/v1/campaigns/99999/nominations")]
    [InlineData("tp.th", "/api/v1/nominations/99999")]
    [InlineData("hoidong1", "/api/v1/dossiers/99999")]
    [InlineData("congdoan", "/api/v1/board/dossiers/99999")]
    [InlineData("tp.th", "/api/v1/decisions/99999")]
    [InlineData("tp.th", "/api/v1/campaigns/99999/proceedings/TH")]
    [InlineData("bantdkt", "/api/v1/units")]
    [InlineData("bantdkt", "/api/v1/people/TH-001")]
    [InlineData("bantdkt", "/api/v1/campaigns/99999/pledges/TH")]
    public async Task AWrongRole_OnAReadOfAnUnknownId_Is403(string userName, string path)
    {
        using var client = await App.AsUserAsync(userName);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("api/v1/council/sessions/", Policies.ReadOwnCouncil)]
    [InlineData("api/v1/council/sessions/{id:int}", Policies.ReadOwnCouncil)]
    [InlineData("api/v1/council/members", Policies.ReadOwnCouncil)]
    [InlineData("api/v1/decisions/", Policies.ReadDecisions)]
    [InlineData("api/v1/decisions/{id:int}", Policies.ReadDecision)]
    [InlineData("api/v1/units/", Policies.SignedInWithRole)]
    [InlineData("api/v1/units/{code}", Policies.SignedInWithRole)]
    [InlineData("api/v1/people/{code}", Policies.SignedInWithRole)]
    [InlineData("api/v1/campaigns/{id:int}/pledges/{unitCode}", Policies.SignedInWithRole)]
    [InlineData("api/v1/campaigns/{id:int}/results/{unitCode}", Policies.SignedInWithRole)]
    [InlineData("api/v1/campaigns/{id:int}/scores", Policies.ReadEvaluation)]
    [InlineData("api/v1/campaigns/{id:int}/recommendations", Policies.ReadEvaluation)]
    [InlineData("api/v1/campaigns/{id:int}/nominations/", Policies.ReadEvaluation)]
    [InlineData("api/v1/nominations/{id:int}", Policies.ReadEvaluation)]
    [InlineData("api/v1/dossiers/{id:int}", Policies.Propose)]
    [InlineData("api/v1/board/dossiers/{id:int}", Policies.Appraise)]
    [InlineData("api/v1/campaigns/{id:int}/proceedings/{unitCode}", Policies.FollowProgress)]
    public void Reads_DeclareTheirPolicy(string route, string policy)
    {
        var endpoint = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText?.TrimStart('/') == route &&
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true);

        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == policy);
    }
}
