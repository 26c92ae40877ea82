using System.Net;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Hostile;

/// <summary>
/// A number in a page's address that cannot be read (typed by hand, cut off, or forged) is dropped: the page opens as if
/// it had not been given, instead of showing its unexpected-error message.
/// </summary>
public sealed class UnreadableQueryValueTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("1e308")]
    [InlineData("%20")]
    public async Task PublicPage_WithAnUnreadableYear_IsSentToTheAddressWithoutIt(string year)
    {
        using var client = App.Anonymous();

        var response = await client.GetAsync($"/public/decisions?year={year}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/public/decisions", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignedInPage_KeepsItsReadableValues_AndOpensWithoutTheError()
    {
        using var client = await App.SignedInClientAsync("congdoan");

        var dropped = await client.GetAsync("/awards?year=2026&page=NaN");
        var page = await client.GetStringAsync(dropped.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, dropped.StatusCode);
        Assert.Equal("/awards?year=2026", dropped.Headers.Location.OriginalString);
        Assert.DoesNotContain("data-testid=\"unexpected-error\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"current-user\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadableNumbers_AreLeftAlone()
    {
        using var client = await App.SignedInClientAsync("congdoan");

        var response = await client.GetAsync("/awards?year=2026&page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"unexpected-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
