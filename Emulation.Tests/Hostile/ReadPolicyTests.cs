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

    [Theory]
    [InlineData("api/v1/council/sessions/", Policies.ReadOwnCouncil)]
    [InlineData("api/v1/council/sessions/{id:int}", Policies.ReadOwnCouncil)]
    [InlineData("api/v1/council/members", Policies.ReadOwnCouncil)]
    [InlineData("api/v1/decisions/", Policies.ReadDecisions)]
    public void CouncilAndDecisionReads_DeclareTheirPolicy(string route, string policy)
    {
        var endpoint = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText?.TrimStart('/') == route &&
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true);

        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == policy);
    }
}
