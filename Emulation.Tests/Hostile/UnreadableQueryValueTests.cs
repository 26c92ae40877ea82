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
    [Theory]
    [InlineData("/api/v1/decisions?year=abc", "year")]
    [InlineData("/api/v1/decisions?campaignId=99999999999", "campaignId")]
    public async Task ApiQueryValue_ThatCannotBeRead_Is400NamingIt(string path, string field)
    {
        using var officer = await App.AsUserAsync("congdoan");

        var response = await officer.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains("không đọc được", (string?)Assert.Single(errors[field]!.AsArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileLinkWithAnUnreadableValue_OpenedByABrowser_IsAVietnamesePageNamingIt_AndAProgramGetsTheProblem()
    {
        using var officer = await App.SignedInClientAsync("congdoan");
        using var asBrowser = new HttpRequestMessage(HttpMethod.Get, "/documents/lookup/awards.xlsx?title=nothing&from=abc");
        asBrowser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var page = await officer.SendAsync(asBrowser);
        var problem = await officer.GetAsync("/documents/lookup/awards.xlsx?from=abc");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Dữ liệu gửi lên không hợp lệ.", html, StringComparison.Ordinal);
        Assert.Matches("<strong>(Danh hiệu|Từ năm)</strong>: Giá trị trong địa chỉ không đọc được", html);
        Assert.DoesNotContain("bind", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("parameter", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        var errors = System.Text.Json.Nodes.JsonNode.Parse(await problem.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("from"));
    }

    [Fact]
    public async Task MissingFile_OpenedByABrowser_IsAVietnamesePage()
    {
        using var officer = await App.SignedInClientAsync("congdoan");
        using var asBrowser = new HttpRequestMessage(HttpMethod.Get, "/documents/decisions/987654.docx");
        asBrowser.Headers.Accept.ParseAdd("text/html");

        var page = await officer.SendAsync(asBrowser);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Không tìm thấy.", System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=abc", "from")]
    [InlineData("to=2026-02-30", "to")]
    [InlineData("unit=-4", "unit")]
    public async Task StatisticsFile_WithAnUnreadableValue_Is400NamingIt(string query, string field)
    {
        using var officer = await App.SignedInClientAsync("congdoan");

        var response = await officer.GetAsync("/" + Emulation.Web.Services.Statistics.StatisticsReports.Download(
            Emulation.Web.Services.Statistics.StatisticsReport.Summary) + "?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), errors.ToJsonString());
    }
}
