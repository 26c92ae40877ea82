using System.Net;
using System.Reflection;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Every page whose address carries a number (a campaign, a unit, a dossier…) opened with a number that names nothing,
/// as a link typed by hand or kept from a deleted record would: the page says it found nothing, never its
/// unexpected-error message (the progress page threw on the campaign it read with Single).
/// </summary>
public sealed class UnknownIdPageTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    public static TheoryData<string> Roles => ["congdoan", "lanhdao", "tp.th", "bantdkt"];

    /// <summary>The routes of the app's pages with a whole-number parameter, that number set to one no record has.</summary>
    private static IEnumerable<string> AddressesNamingNothing() =>
        typeof(Emulation.Web.Components.App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(t => t.Contains(":int}", StringComparison.Ordinal))
            .Select(t => System.Text.RegularExpressions.Regex.Replace(t, @"\{[^}]+:int\}", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct()
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageWithAnId_NamingNothing_OpensWithoutTheUnexpectedError(string user)
    {
        using var client = await App.SignedInClientAsync(user);
        var addresses = AddressesNamingNothing().ToList();
        Assert.Contains("/campaigns/2147483647/progress", addresses);

        var broken = new List<string>();
        foreach (var address in addresses)
        {
            var response = await client.GetAsync(address);
            var html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || html.Contains("data-testid=\"unexpected-error\"", StringComparison.Ordinal))
            {
                broken.Add($"{address} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public async Task ProgressOfACampaignThatDoesNotExist_SaysNothingWasFound()
    {
        using var client = await App.SignedInClientAsync("congdoan");

        var response = await client.GetAsync("/campaigns/2147483647/progress");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"progress-not-found\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
