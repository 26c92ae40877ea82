using System.Net;
using System.Text;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Hostile;

/// <summary>
/// A page's form the server cannot read (a multipart body cut short or without its boundary, more fields or a longer key
/// than the form reader takes) is a Vietnamese 400 page saying nothing was saved, on the sign-in form too, whose rate
/// limiter reads the form before any page (it was a 500 there); a form whose antiforgery token does not hold is a
/// Vietnamese 400 page saying to reload, not the framework's English sentence about the token; so is a form the page no
/// longer draws (its step taken by someone else since the page was opened), not the framework's English plain text.
/// </summary>
public sealed class UnreadableFormTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    public static TheoryData<string, string, string> Unreadable => new()
    {
        { "cut short", "multipart/form-data; boundary=X", "--X\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue" },
        { "no boundary", "multipart/form-data", "a=1" },
        { "garbage", "multipart/form-data; boundary=X", "garbage" },
        { "too many fields", "application/x-www-form-urlencoded", string.Join("&", Enumerable.Range(0, 2000).Select(i => $"a{i}=1")) },
        { "key too long", "application/x-www-form-urlencoded", new string('a', 3000) + "=1" },
    };

    private static StringContent Body(string contentType, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static async Task<string> VietnamesePageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        return html;
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task AnUnreadableForm_ToTheSignIn_IsAVietnamese400_NotA500(string why, string contentType, string body)
    {
        using var client = App.CreateCookieClient();

        var response = await client.PostAsync("/account/login", Body(contentType, body));

        var html = await VietnamesePageAsync(response, HttpStatusCode.BadRequest);
        Assert.True(html.Contains("Nội dung gửi lên không đọc được", StringComparison.Ordinal), why);
        Assert.Contains("Không có gì được lưu", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task AnUnreadableForm_ToASignedInPage_IsAVietnamese400(string why, string contentType, string body)
    {
        using var client = await App.SignedInClientAsync("tp.th");
        var unit = await App.UnitIdAsync("TH");

        var response = await client.PostAsync($"/campaigns/1/units/{unit}?tab=staff", Body(contentType, body));

        var html = await VietnamesePageAsync(response, HttpStatusCode.BadRequest);
        Assert.True(html.Contains("Nội dung gửi lên không đọc được", StringComparison.Ordinal), why);
        Assert.Contains($"href=\"/campaigns/1/units/{unit}?tab=staff\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryToken_IsAVietnamesePageSayingToReload_AndSignsNobodyIn()
    {
        using var client = App.CreateCookieClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "congdoan",
            ["Input.Password"] = Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword,
        });

        var response = await client.PostAsync("/account/login", form);
        var after = await client.GetAsync("/campaigns");

        var html = await VietnamesePageAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Biểu mẫu đã hết hạn", html, StringComparison.Ordinal);
        Assert.Contains("tải lại trang", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task AFormWhoseTokenWasForAnotherUser_IsTheSamePage()
    {
        // The sign-in page opened in a second tab before signing in as someone in the first: its token was the anonymous one.
        using var client = App.CreateCookieClient();
        var anonymousToken = LoginClient.AntiforgeryToken(await client.GetStringAsync("/account/login"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostLoginAsync("tp.th", Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword)).StatusCode);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = anonymousToken,
            ["Input.UserName"] = "congdoan",
            ["Input.Password"] = Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword,
        });

        var response = await client.PostAsync("/account/login", form);

        Assert.Contains("Biểu mẫu đã hết hạn", await VietnamesePageAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a-form-the-page-no-longer-draws")]
    [InlineData(null)]
    public async Task AFormThePageDoesNotDraw_IsAVietnamesePageSayingThePageChanged(string? handler)
    {
        // The step a form offered was taken by someone else since the page was opened, and the page no longer draws it.
        using var client = await App.SignedInClientAsync("congdoan");
        var token = LoginClient.AntiforgeryToken(await client.GetStringAsync("/campaigns"));
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        if (handler is not null)
        {
            fields["_handler"] = handler;
        }

        var response = await client.PostAsync("/campaigns?year=2026", new FormUrlEncodedContent(fields));

        var html = await VietnamesePageAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Biểu mẫu không còn trên trang", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/campaigns?year=2026\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot submit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutWithoutTheToken_IsTheSamePage_LeadingHome_AndKeepsTheSignIn()
    {
        using var client = await App.SignedInClientAsync("lanhdao");
        using var empty = new FormUrlEncodedContent([]);

        var forged = await client.PostAsync("/account/logout", empty);
        var stillIn = await client.GetAsync("/campaigns");

        var html = await VietnamesePageAsync(forged, HttpStatusCode.BadRequest);
        Assert.Contains("Biểu mẫu đã hết hạn", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }
}
