using System.Net;
using System.Text.RegularExpressions;
using Emulation.Web.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Emulation.Tests.Infrastructure;

/// <summary>Signs in through the real login form (antiforgery token and all) with a cookie-keeping client.</summary>
public static partial class LoginClient
{
    public static HttpClient CreateCookieClient(this EmulationAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A cookie client already signed in as <paramref name="userName"/> with the demo password.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this EmulationAppFactory app, string userName)
    {
        var client = app.CreateCookieClient();
        var login = await client.PostLoginAsync(userName, DemoDataSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>Posts the login form as a browser would, to <paramref name="address"/> (routing takes other spellings of it too).</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string userName, string password,
        string address = "/account/login")
    {
        var form = await client.GetStringAsync("/account/login");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(address, content);
    }

    /// <summary>The anti-forgery token of the first posted form in a page's HTML, as the browser would send it.</summary>
    public static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups["token"].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
