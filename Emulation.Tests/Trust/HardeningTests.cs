using System.Net;
using System.Text.RegularExpressions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Emulation.Tests.Trust;

/// <summary>Security headers, the login rate limiter, HSTS in Production only, and antiforgery on sign-out.</summary>
public sealed partial class HardeningTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/campaigns")]
    [InlineData("/not-a-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = await fixture.App.SignedInClientAsync("congdoan");

        var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task TheImportMap_CarriesTheNonceTheCspAllows()
    {
        using var client = await fixture.App.SignedInClientAsync("congdoan");

        var response = await client.GetAsync("/campaigns");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();
        // The attribute is HTML-encoded (a '+' in the base64 nonce arrives as &#x2B;); the browser decodes it.
        var nonce = System.Net.WebUtility.HtmlDecode(ImportMapNonce().Match(html).Groups["nonce"].Value);
        Assert.NotEmpty(nonce);
        Assert.Contains($"'nonce-{nonce}'", csp, StringComparison.Ordinal);
        // Every inline script (one without src) carries the nonce, so the policy needs no 'unsafe-inline' for scripts.
        Assert.All(InlineScript().Matches(html), m => Assert.Contains("nonce=", m.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HstsAndHttpsRedirection_AreOnlyInProduction()
    {
        await using var app = new EmulationAppFactory();
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Emulation:PublicBaseUrl", "https://emulation.example"));
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://emulation.example"), AllowAutoRedirect = false };

        using var productionClient = production.CreateClient(https);
        using var testingClient = app.CreateClient(https);
        var inProduction = await productionClient.GetAsync("/account/login");
        var inTesting = await testingClient.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, inProduction.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(inProduction.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(inTesting.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = await fixture.App.SignedInClientAsync("lanhdao");
        using var empty = new FormUrlEncodedContent([]);

        var forged = await client.PostAsync("/account/logout", empty);
        var stillIn = await client.GetAsync("/campaigns");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithTheFormsToken_SignsOut()
    {
        using var client = await fixture.App.SignedInClientAsync("lanhdao");
        var page = await client.GetStringAsync("/campaigns");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups["token"].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var response = await client.PostAsync("/account/logout", form);
        var after = await client.GetAsync("/campaigns");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [GeneratedRegex("<script type=\"importmap\" nonce=\"(?<nonce>[^\"]+)\"")]
    private static partial Regex ImportMapNonce();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

/// <summary>
/// The login form's POST is limited per user name typed and, more generously, per address (one office signs in from one
/// NAT address); the limits here are small so the tests stay quick.
/// </summary>
public sealed partial class LoginRateLimitTests() : FreshAppTests(
    ("Security:LoginRateLimit:PermitLimit", "8"), ("Security:LoginRateLimit:PermitLimitPerUserName", "3"))
{
    [Fact]
    public async Task TooManyAttemptsForOneUserName_GetAVietnamesePage_WhileColleaguesOnTheSameAddressSignIn()
    {
        using var client = App.CreateCookieClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostLoginAsync("tp.kt", "Sai@2026");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await client.PostLoginAsync("tp.kt", DemoDataSeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Quá nhiều lần đăng nhập</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Vui lòng chờ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{", page.Split("</style>")[1], StringComparison.Ordinal);
        Assert.True(refused.Headers.Contains("Retry-After"));
        using var colleague = App.CreateCookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostLoginAsync("congdoan", DemoDataSeeder.DemoPassword)).StatusCode);
        // Reading the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task TheRefusal_ReadsTheSame_WhetherOrNotTheAccountExists()
    {
        using var client = App.CreateCookieClient();
        var answers = new List<string>();
        foreach (var userName in new[] { "tp.nc", "khong.ai.ca" })
        {
            for (var i = 0; i < 3; i++)
            {
                await client.PostLoginAsync(userName, "Sai@2026");
            }

            var refused = await client.PostLoginAsync(userName, "Sai@2026");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            answers.Add(Digits().Replace(await refused.Content.ReadAsStringAsync(), "#"));
        }

        Assert.Equal(answers[0], answers[1]);
    }

    [Fact]
    public async Task ManyUserNamesFromOneAddress_AreLimitedPerAddress()
    {
        using var client = App.CreateCookieClient();
        for (var i = 0; i < 8; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostLoginAsync($"doan{i}", "Sai@2026")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostLoginAsync("doan9", "Sai@2026")).StatusCode);
    }

    [Fact]
    public async Task TheFormPostedToAnotherSpellingOfItsAddress_CountsAgainstTheSameLimits()
    {
        // Routing opens the login page at each of these, so each is a guess like any other.
        using var client = App.CreateCookieClient();
        foreach (var address in new[] { "/account/login/", "/ACCOUNT/LOGIN/", "/account/./login" })
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostLoginAsync("tp.hctc", "Sai@2026", address)).StatusCode);
        }

        var refused = await client.PostLoginAsync("tp.hctc", DemoDataSeeder.DemoPassword, "/account/login/");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
    }

    [Fact]
    public async Task AUserNameWithALookAlikeLetter_ThatSignsInAsTheAccount_CountsAgainstItsLimit()
    {
        // U+212A KELVIN SIGN: Identity finds the account through NFC, which makes it a K.
        using var client = App.CreateCookieClient();
        foreach (var userName in new[] { "tp.kt", "tp.\u212At", "TP.\u212AT" })
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostLoginAsync(userName, "Sai@2026")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostLoginAsync("tp.kt", DemoDataSeeder.DemoPassword)).StatusCode);
    }

    [Fact]
    public void AnIPv6Client_IsCountedByItsSlash64_AndAnIPv4OneByItsOwnAddress()
    {
        static string Key(string address) => Emulation.Web.Startup.RateLimiting.ClientKey(IPAddress.Parse(address));

        Assert.Equal(Key("2001:db8:1:2::1"), Key("2001:db8:1:2:ffff:ffff:ffff:fffe"));
        Assert.NotEqual(Key("2001:db8:1:2::1"), Key("2001:db8:1:3::1"));
        Assert.Equal(Key("203.0.113.7"), Key("::ffff:203.0.113.7"));
        Assert.NotEqual(Key("203.0.113.7"), Key("203.0.113.8"));
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
