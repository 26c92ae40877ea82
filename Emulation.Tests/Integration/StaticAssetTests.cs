using System.Net;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Integration;

/// <summary>What every page links: the theme's style sheet once for a year, package assets compressed, Vietnamese as text.</summary>
public sealed class StaticAssetTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ThePage_LinksTheThemeStyleSheet_InsteadOfRepeatingIt()
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync("/account/login");

        Assert.DoesNotContain("--mud-palette-primary", html, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(theme\\.css\\?v=[0-9a-f]{12})\"");
        Assert.True(link.Success, "no link to the theme's style sheet");
        using var response = await client.GetAsync("/" + link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var css = await response.Content.ReadAsStringAsync();
        Assert.Contains("--mud-palette-primary: rgba(183,28,28,1)", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VietnameseText_IsSentAsLetters_NotAsCharacterReferences()
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync("/account/login");

        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MudBlazorsStyleSheet_OnTheUrlThePageLinks_IsSentCompressed()
    {
        using var client = fixture.App.CreateClient();
        var html = await client.GetStringAsync("/account/login");
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(_content/MudBlazor/MudBlazor\\.min\\.[a-z0-9]+\\.css)\"").Groups[1].Value;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + href);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 100_000);
    }
}
