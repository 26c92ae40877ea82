using System.Net;
using System.Text.RegularExpressions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Trust;

/// <summary>
/// Every endpoint the app maps, found through its <see cref="EndpointDataSource"/>: each non-page endpoint either
/// requires sign-in or is on the short anonymous list below; each one that requires sign-in is refused to an
/// anonymous caller, to every role it does not admit, and (when its route names a unit) to the head of another
/// unit. A new endpoint that fits no rule fails here. Pages are covered by <c>PageAuthorizationTests</c>; their
/// unit-scoped routes are visited here by the head of another unit.
/// </summary>
public sealed partial class EndpointAuthorizationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>Endpoints anyone may call, each with its reason.</summary>
    private static readonly Dictionary<string, string> Anonymous = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/culture/set"] = "choosing the language comes before signing in",
        ["/theme.css"] = "the theme's colours, the same for everyone, are styled before signing in",
        ["/account/logout"] = "signing out needs no sign-in (an expired cookie must still leave); antiforgery is checked",
    };

    /// <summary>Anonymous by prefix: health probes (issue #6) carry no data.</summary>
    private static readonly string[] AnonymousPrefixes = ["/health", "/alive"];

    /// <summary>Endpoints open to every signed-in user, with no role and no unit in the route, each with its reason.</summary>
    private static readonly Dictionary<string, string> EverySignedInUser = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/documents/campaigns/{id:int}/scoring-table.xlsx"] = "a campaign's scoring table is sent to every unit",
        ["/documents/evidence/{id:int}"] = "the service checks the evidence's unit; another unit's is not found (EvidenceDownloadTests)",
        ["/documents/decisions/{id:int}.docx"] = DecisionDocuments,
        ["/documents/decisions/{id:int}.pdf"] = DecisionDocuments,
        ["/documents/decisions/{id:int}/list.xlsx"] = DecisionDocuments,
        ["/documents/awards/{id:int}/certificate.pdf"] =
            "the service checks the awardee's unit for department heads, the awardee for staff; another's is not found (AnotherUnitsRecordsTests)",
        ["/documents/profile/person/{id:int}.xlsx"] =
            "the service checks the person's unit (department heads see only their own; staff only themselves, StaffAccessTests)",
        ["/documents/profile/unit/{id:int}.xlsx"] =
            "the service checks the unit (department heads see only their own; another is not found, ProfileAccessTests)",
        ["/documents/lookup/awards.xlsx"] =
            "the service limits the list to the unit for department heads and to themselves for staff (LookupTests)",
        ["/openapi/{documentName}.json"] =
            "the API's description holds no data but maps every route and refusal: signed-in users only, cookie or token (decision 9)",
        ["/documents/council/{sessionId:int}/minutes.docx"] =
            "the service admits officers, council and leadership (CouncilMinutesDocxTests.Minutes_ForADepartmentHead_AreForbidden)",
    };

    private const string DecisionDocuments =
        "the service admits leadership, officers, council and administrators (DecisionDocumentTests: a head gets 403), " +
        "a member of staff for a decision on their own award and a board for its own; another's is not found (AnotherUnitsRecordsTests)";

    private static readonly Dictionary<string, string> UserOfRole = new()
    {
        [Roles.Administrator] = "quantri",
        [Roles.UnionOfficer] = "congdoan",
        [Roles.DepartmentHead] = "tp.th",
        [Roles.CouncilMember] = "hoidong1",
        [Roles.Leadership] = "lanhdao",
        [Roles.Staff] = "nv.th1",
        [Roles.Appraiser] = Emulation.Web.Data.Seed.DemoDataSeeder.BoardUserName,
        [Roles.BoardCouncilMember] = Emulation.Web.Data.Seed.DemoDataSeeder.BoardCouncilUserName(1),
    };

    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        [.. fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    private static string Route(RouteEndpoint e) => "/" + e.RoutePattern.RawText!.TrimStart('/');

    private static bool IsPage(RouteEndpoint e) => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    /// <summary>Files from wwwroot and packages, and Blazor's own circuit endpoints (components check their own rules).</summary>
    private static bool IsFrameworkOrStatic(RouteEndpoint e) =>
        e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null ||
        e.RoutePattern.RawText == "{**path:file}" ||
        Route(e).StartsWith("/_blazor", StringComparison.Ordinal) ||
        Route(e).StartsWith("/_framework/", StringComparison.Ordinal);

    private static bool IsAnonymousByRule(RouteEndpoint e) =>
        Anonymous.ContainsKey(Route(e)) || AnonymousPrefixes.Any(p => Route(e).StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static bool RequiresSignIn(RouteEndpoint e) =>
        e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null;

    private static string[] AdmittedRoles(RouteEndpoint e) =>
        [.. e.Metadata.GetOrderedMetadata<IAuthorizeData>().SelectMany(a => a.Roles?.Split(',') ??
            (a.Policy is { } policy && !SignInOnly.Contains(policy) ? Policies.RolesOf(policy) : [])).Select(r => r.Trim())];

    /// <summary>Policies that only say how the caller signs in (a token, or the cookie or a token), not which roles.</summary>
    private static readonly string[] SignInOnly = [Emulation.Web.Startup.ApiRegistration.Policy, Emulation.Web.Api.DocumentsApi.Scheme];

    private static bool NamesAUnit(RouteEndpoint e) =>
        e.RoutePattern.Parameters.Any(p => p.Name.Equals("unitId", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// REST API routes take only a personal or bootstrap token; the services they call check the token owner's role and
    /// unit, which <c>ApiAuthTests</c> tries route by route (401 without a token, 403 for another unit).
    /// </summary>
    private static bool IsApi(RouteEndpoint e) =>
        e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Emulation.Web.Startup.ApiRegistration.Policy);

    private static string[] Methods(RouteEndpoint e) =>
        [.. e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]];

    private IEnumerable<RouteEndpoint> Guarded() => Endpoints().Where(e => !IsPage(e) && !IsFrameworkOrStatic(e) && !IsAnonymousByRule(e));

    [Fact]
    public void EveryEndpoint_RequiresSignIn_OrIsOnTheAnonymousList()
    {
        var open = Guarded().Where(e => !RequiresSignIn(e)).Select(Route).Distinct();

        Assert.Empty(open);
        Assert.Contains(Endpoints(), e => Route(e) == "/documents/pledges/{campaignId:int}/{unitId:int}.docx");
        Assert.All(Anonymous.Keys, route => Assert.Contains(Endpoints(), e => Route(e) == route));
    }

    [Fact]
    public void EveryGuardedEndpoint_IsLimitedByRoleOrUnit_OrListedAsOpenToEverySignedInUser()
    {
        var unruled = Guarded().Where(e => AdmittedRoles(e).Length == 0 && !NamesAUnit(e) && !IsApi(e) &&
                !EverySignedInUser.ContainsKey(Route(e)))
            .Select(Route).Distinct();

        Assert.Empty(unruled);
    }

    [Fact]
    public async Task EveryGuardedEndpoint_RefusesAnAnonymousCaller()
    {
        using var client = fixture.App.CreateCookieClient();
        var admitted = new List<string>();
        var otherUnit = await fixture.App.UnitIdAsync("KT");
        foreach (var endpoint in Guarded())
        {
            foreach (var method in Methods(endpoint).Where(m => m != "HEAD"))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(endpoint, otherUnit));
                var response = await client.SendAsync(request);
                if (!IsRefusal(response, "/account/login"))
                {
                    admitted.Add($"{method} {Route(endpoint)}: {response.StatusCode}");
                }
            }
        }

        Assert.Empty(admitted);
    }

    [Fact]
    public async Task EveryRoleLimitedEndpoint_RefusesEveryOtherRole()
    {
        var admitted = new List<string>();
        var otherUnit = await fixture.App.UnitIdAsync("KT");
        foreach (var role in Roles.All)
        {
            using var client = await fixture.App.SignedInClientAsync(UserOfRole[role]);
            foreach (var endpoint in Guarded().Where(e => AdmittedRoles(e) is { Length: > 0 } roles && !roles.Contains(role)))
            {
                foreach (var method in Methods(endpoint).Where(m => m != "HEAD"))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), Fill(endpoint, otherUnit));
                    var response = await client.SendAsync(request);
                    if (!IsRefusal(response, "/account/access-denied"))
                    {
                        admitted.Add($"{role}: {method} {Route(endpoint)}: {response.StatusCode}");
                    }
                }
            }
        }

        Assert.Empty(admitted);
    }

    /// <summary>Reads only: a write's body is bound before its service can refuse, so writes need their own tests.</summary>
    [Fact]
    public async Task EveryUnitScopedEndpoint_RefusesTheHeadOfAnotherUnit()
    {
        using var client = await fixture.App.SignedInClientAsync("tp.th");
        var otherUnit = await fixture.App.UnitIdAsync("KT");
        var visited = 0;
        var admitted = new List<string>();
        foreach (var endpoint in Guarded().Where(e => NamesAUnit(e) && Methods(e).Contains("GET")))
        {
            visited++;
            var response = await client.GetAsync(Fill(endpoint, otherUnit));
            if (!IsRefusal(response, "/account/access-denied"))
            {
                admitted.Add($"GET {Route(endpoint)}: {response.StatusCode}");
            }
        }

        Assert.Empty(admitted);
        Assert.True(visited >= 3, $"Only {visited} unit-scoped endpoints found.");
    }

    [Fact]
    public async Task EveryUnitScopedPage_RefusesTheHeadOfAnotherUnit()
    {
        using var client = await fixture.App.SignedInClientAsync("tp.th");
        var otherUnit = await fixture.App.UnitIdAsync("KT");
        var pages = Endpoints().Where(e => IsPage(e) && NamesAUnit(e)).ToList();
        var admitted = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(Fill(page, otherUnit));
            var html = await response.Content.ReadAsStringAsync();
            // A page of a record in another unit answers as for one that does not exist (the profile, 404): no less a refusal.
            var refused = IsRefusal(response, "/account/access-denied") ||
                (response.StatusCode == HttpStatusCode.NotFound && NotFoundMarker().IsMatch(html));
            if (!refused)
            {
                admitted.Add($"{Route(page)}: {response.StatusCode}");
            }
        }

        Assert.NotEmpty(pages);
        Assert.Empty(admitted);
    }

    [Fact]
    public async Task UnitScopedPage_AdmitsTheHeadOfItsOwnUnit()
    {
        using var client = await fixture.App.SignedInClientAsync("tp.th");
        var ownUnit = await fixture.App.UnitIdAsync("TH");

        var html = await client.GetStringAsync($"/campaigns/1/units/{ownUnit}");

        Assert.DoesNotContain("data-testid=\"access-denied\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-name\"", html, StringComparison.Ordinal);
    }

    private static bool IsRefusal(HttpResponseMessage response, string redirectTo) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ||
        (response.StatusCode == HttpStatusCode.Redirect &&
            response.Headers.Location!.OriginalString.Contains(redirectTo, StringComparison.Ordinal));

    /// <summary>Route values: the seeded campaign 1, the given unit, year 2026, and 1 for any other id.</summary>
    private static string Fill(RouteEndpoint endpoint, int unitId) => RouteParameter().Replace(Route(endpoint), m =>
        m.Groups["name"].Value.ToLowerInvariant() switch
        {
            "unitid" => unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "year" => "2026",
            _ => "1",
        });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("data-testid=\"[a-z-]+-not-found\"")]
    private static partial Regex NotFoundMarker();
}
