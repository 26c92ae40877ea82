using System.Reflection;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Every page that reads a value from its address (a page number, a year, a unit, a search text…) opened with values a
/// hand-edited link carries: negative and zero pages, the largest and smallest whole numbers, a search text of thousands
/// of characters or with control and direction marks. Each page opens (or refuses the role) without its unexpected-error
/// message and never with a 5xx.
/// </summary>
public sealed class ExtremeQueryValueTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    public static TheoryData<string> Roles => ["congdoan", "quantri", "lanhdao", "tp.th", "nv.th1"];

    private static readonly string[] Numbers = ["-1", "0", "2147483647", "-2147483648"];

    private static readonly string[] Texts = [new string('a', 5000), "\u202Egnp.exe", "\0\u0007", "' OR 1=1 --", "%%", "[", "\\"];

    /// <summary>Each page's address (its ids set to 1) with one query value at a time set to each hostile value.</summary>
    private static IEnumerable<string> Addresses() =>
        typeof(Emulation.Web.Components.App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Type: t, r.Template)))
            .Where(p => !p.Template.Contains('{', StringComparison.Ordinal) || p.Template.Contains(":int}", StringComparison.Ordinal))
            .SelectMany(p => QueryValuesOf(p.Type).Select(q =>
                System.Text.RegularExpressions.Regex.Replace(p.Template, @"\{[^}]+:int\}", "1") + "?" + q))
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> QueryValuesOf(Type page) =>
        page.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Query is not null)
            .SelectMany(p => (Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType) == typeof(string) ? Texts
                    : Numbers.Where(_ => (Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType) == typeof(int))
                .Select(v => $"{p.Query!.Name ?? p.Property.Name}={Uri.EscapeDataString(v)}"));

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageReadingItsAddress_WithExtremeValues_OpensWithoutTheUnexpectedError(string user)
    {
        using var client = await App.SignedInClientAsync(user);
        var addresses = Addresses().ToList();
        Assert.Contains(addresses, a => a.StartsWith("/admin/audit?page=", StringComparison.Ordinal));

        var broken = new List<string>();
        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(address);
            var html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || html.Contains("data-testid=\"unexpected-error\"", StringComparison.Ordinal))
            {
                broken.Add($"{address[..Math.Min(address.Length, 120)]} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(broken);
    }
}
