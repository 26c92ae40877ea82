using System.Net;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Staff;

/// <summary>
/// Over HTTP, signed in as the seeded member of staff nv.th1: their own profile and pledge open; another person's
/// profile and its export, the council, the accounts and the organisation pages are refused.
/// </summary>
public sealed class StaffAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<(int Own, int Colleague)> PeopleAsync()
    {
        await using var db = await fixture.App.DbAsync();
        var own = await db.Users.Where(u => u.UserName == "nv.th1").Select(u => u.PersonId!.Value).SingleAsync();
        var colleague = await db.Users.Where(u => u.UserName == "nv.th2").Select(u => u.PersonId!.Value).SingleAsync();
        return (own, colleague);
    }

    private static bool Refused(HttpResponseMessage response, string html) =>
        response.StatusCode is HttpStatusCode.Forbidden ||
        (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal)) ||
        (response.StatusCode == HttpStatusCode.OK && html.Contains("data-testid=\"access-denied\"", StringComparison.Ordinal));

    [Fact]
    public async Task Staff_OpensTheirOwnProfileAndPledge()
    {
        var (own, _) = await PeopleAsync();
        using var client = await fixture.App.SignedInClientAsync("nv.th1");

        foreach (var path in new[] { "/me/profile", "/me/pledge", $"/profile/person/{own}", $"/documents/profile/person/{own}.xlsx", "/" })
        {
            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK && !Refused(response, html), $"{path}: {response.StatusCode}");
        }

        var home = await client.GetStringAsync("/");
        Assert.Contains("data-testid=\"nav-my-pledge\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"nav-council\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_OpeningAnotherPersonsProfile_TheCouncil_PeopleOrAccounts_IsRefused()
    {
        var (_, colleague) = await PeopleAsync();
        using var client = await fixture.App.SignedInClientAsync("nv.th1");
        var unit = await fixture.App.UnitIdAsync("TH");
        string[] paths =
        [
            $"/profile/person/{colleague}", $"/documents/profile/person/{colleague}.xlsx", $"/profile/unit/{unit}",
            "/council", "/council/1", "/admin/users", "/admin/organization", "/unit", $"/campaigns/1/units/{unit}",
            "/documents/decisions/1.pdf", "/documents/awards/1/certificate.pdf", "/evaluation",
        ];

        var admitted = new List<string>();
        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            if (!Refused(response, html) && response.StatusCode != HttpStatusCode.NotFound)
            {
                admitted.Add($"{path}: {response.StatusCode}");
            }
        }

        Assert.Empty(admitted);
    }
}
