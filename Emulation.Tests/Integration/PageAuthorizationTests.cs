using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>
/// Every page declares who may open it, and the server enforces it: found by reflection, so a new page without a
/// rule fails here, and each role-restricted page is requested over HTTP by every role it does not admit.
/// </summary>
public sealed partial class PageAuthorizationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly Dictionary<string, string> UserOfRole = new()
    {
        [Roles.Administrator] = "quantri",
        [Roles.UnionOfficer] = "congdoan",
        [Roles.DepartmentHead] = "tp.th",
        [Roles.CouncilMember] = "hoidong1",
        [Roles.Leadership] = "lanhdao",
        [Roles.Staff] = "nv.th1",
        [Roles.Appraiser] = DemoDataSeeder.BoardUserName,
        [Roles.BoardCouncilMember] = DemoDataSeeder.BoardCouncilUserName(1),
    };

    private static IEnumerable<Type> Pages() => typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any());

    public static TheoryData<string, string, string> WrongRoleVisits()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in Pages())
        {
            var roles = page.GetCustomAttribute<AuthorizeAttribute>()?.Policy is { } policy ? Policies.RolesOf(policy) : [];
            if (roles.Count == 0)
            {
                continue;
            }

            // Route parameters are ids; the seeded campaign and units start at 1.
            var route = RouteParameter().Replace(page.GetCustomAttributes<RouteAttribute>().First().Template, "1");
            foreach (var role in Roles.All.Where(r => !roles.Contains(r)))
            {
                data.Add(page.Name, route, role);
            }
        }

        return data;
    }

    [Fact]
    public void EveryPage_DeclaresWhoMayOpenIt()
    {
        var undeclared = Pages().Where(p => p.GetCustomAttribute<AuthorizeAttribute>() is null &&
            p.GetCustomAttribute<AllowAnonymousAttribute>() is null).Select(p => p.Name);
        Assert.Empty(undeclared);
        Assert.Contains(Pages(), p => p.Name == "ApprovalPage");
    }

    [Theory]
    [MemberData(nameof(WrongRoleVisits))]
    public async Task RoleRestrictedPage_RefusesTheWrongRoleOnTheServer(string page, string route, string role)
    {
        var client = await fixture.SignedInAsync(UserOfRole[role]);

        using var response = await client.GetAsync(route);

        // The endpoint's authorization metadata sends the user to the access-denied page before any rendering.
        Assert.True(response.StatusCode == HttpStatusCode.Redirect &&
            response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal),
            $"{page} ({route}) let a {role} in: {response.StatusCode}.");
    }

    [Theory]
    [InlineData("/approval/1", Roles.Leadership)]
    [InlineData("/council/1", Roles.CouncilMember)]
    [InlineData("/admin/rule-sets", Roles.Administrator)]
    [InlineData("/unit", Roles.DepartmentHead)]
    [InlineData("/admin/users", Roles.Administrator)]
    [InlineData("/admin/people", Roles.Administrator)]
    [InlineData("/admin/people", Roles.UnionOfficer)]
    [InlineData("/admin/people/new", Roles.UnionOfficer)]
    [InlineData("/admin/people/import", Roles.Administrator)]
    [InlineData("/account/password", Roles.DepartmentHead)]
    [InlineData("/account/password", Roles.CouncilMember)]
    [InlineData("/me/pledge", Roles.Staff)]
    [InlineData("/me/profile", Roles.Staff)]
    [InlineData("/account/password", Roles.Staff)]
    [InlineData("/board", Roles.Appraiser)]
    [InlineData("/inbox", Roles.Appraiser)]
    [InlineData("/account/password", Roles.Appraiser)]
    [InlineData("/board/council", Roles.Appraiser)]
    [InlineData("/board/council", Roles.BoardCouncilMember)]
    [InlineData("/inbox", Roles.BoardCouncilMember)]
    public async Task RoleRestrictedPage_AdmitsItsRole(string route, string role)
    {
        var client = await fixture.SignedInAsync(UserOfRole[role]);

        using var response = await client.GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-testid=\"access-denied\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageThatRefusesTheRecordItWasAskedFor_Answers403WithItsExplanation()
    {
        var client = await fixture.SignedInAsync("nv.th1");
        int colleague;
        await using (var db = await fixture.App.DbAsync())
        {
            colleague = await db.Users.Where(u => u.UserName == "nv.th2").Select(u => u.PersonId!.Value).SingleAsync();
        }

        using var response = await client.GetAsync($"/profile/person/{colleague}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("data-testid=\"access-denied\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/people")]
    [InlineData("/admin/people/1")]
    [InlineData("/admin/people/import")]
    public async Task PeoplePages_RefuseADepartmentHead(string route)
    {
        var client = await fixture.SignedInAsync("tp.th");

        using var response = await client.GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishCulture_ChangesTheTexts_AndTheNumberFormat()
    {
        using var client = fixture.App.CreateCookieClient();
        await client.PostLoginAsync("congdoan", DemoDataSeeder.DemoPassword);

        var vietnamese = WebUtility.HtmlDecode(await client.GetStringAsync("/campaigns/1"));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/campaigns/1?culture=en-US"));

        Assert.Contains("Phong trào thi đua", vietnamese, StringComparison.Ordinal);
        Assert.Contains("100,0", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Campaigns", english, StringComparison.Ordinal);
        Assert.Contains("100.0", english, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
