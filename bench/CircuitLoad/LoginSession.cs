using System.Net;
using System.Text.RegularExpressions;

namespace CircuitLoad;

/// <summary>
/// Signs one demo user in through the real login form (antiforgery token from the page, then the form POST) and
/// hands out copies of the resulting cookies, one container per circuit, as separate browser tabs would hold.
/// </summary>
public sealed partial class LoginSession
{
    private readonly CookieContainer _cookies;

    private LoginSession(string userName, Uri baseUrl, CookieContainer cookies)
    {
        UserName = userName;
        BaseUrl = baseUrl;
        _cookies = cookies;
    }

    public string UserName { get; }

    public Uri BaseUrl { get; }

    public static async Task<LoginSession> SignInAsync(Uri baseUrl, string userName, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

        var form = await http.GetStringAsync("account/login", cancellationToken);
        var token = AntiforgeryField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The login page carries no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        using var response = await http.PostAsync("account/login", content, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new InvalidOperationException(
                "The login rate limit refused the sign-in; start the app with Security__LoginRateLimit__PermitLimit raised.");
        }

        var location = response.Headers.Location?.ToString() ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("account/login", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Signing in as {userName} failed ({(int)response.StatusCode}).");
        }

        return new LoginSession(userName, baseUrl, cookies);
    }

    /// <summary>Nobody signed in: for a site with no sign-in (the bare Blazor template).</summary>
    public static LoginSession Anonymous(Uri baseUrl) => new("(anonymous)", baseUrl, new CookieContainer());

    /// <summary>A fresh container holding this user's cookies, for one circuit.</summary>
    public CookieContainer CopyCookies()
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in _cookies.GetCookies(BaseUrl))
        {
            copy.Add(BaseUrl, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        return copy;
    }

    /// <summary>Adds the Cookie header a browser would send with the request; none for an anonymous session.</summary>
    public void AddCookies(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = CookieHeader(request.RequestUri!);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }
    }

    /// <summary>The Cookie header a browser would send to <paramref name="url"/> with this user's cookies.</summary>
    public string CookieHeader(Uri url) => _cookies.GetCookieHeader(url);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
