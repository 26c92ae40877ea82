using System.Net;
using Emulation.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Emulation.Tests.Cluster;

/// <summary>
/// Behind nginx the client's address comes in <c>X-Forwarded-For</c>. With <c>ReverseProxy:Enabled</c> the login rate
/// limit counts per client for requests from a known proxy, and ignores the header from anyone else.
/// </summary>
public sealed class ReverseProxyTests() : FreshAppTests(
    ("ReverseProxy:Enabled", "true"),
    ("ReverseProxy:KnownProxies:0", "10.0.0.5"),
    ("Security:LoginRateLimit:PermitLimit", "2"))
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");
    private static readonly IPAddress Stranger = IPAddress.Parse("198.51.100.7");

    [Fact]
    public async Task ThroughTheKnownProxy_EachClientHasItsOwnLoginLimit()
    {
        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, await PostLoginAsync(Proxy, "203.0.113.1"));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, await PostLoginAsync(Proxy, "203.0.113.1"));
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, await PostLoginAsync(Proxy, "203.0.113.2"));
    }

    [Fact]
    public async Task FromAnUnknownAddress_TheForwardedHeaderIsIgnored()
    {
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, await PostLoginAsync(Stranger, "203.0.113.1"));
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, await PostLoginAsync(Stranger, "203.0.113.2"));

        Assert.Equal(StatusCodes.Status429TooManyRequests, await PostLoginAsync(Stranger, "203.0.113.3"));
    }

    [Fact]
    public async Task ThroughTheKnownProxy_TheForwardedSchemeIsBelieved()
    {
        var context = await App.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = Proxy;
            c.Request.Path = "/health/live";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
        });

        Assert.Equal("https", context.Request.Scheme);
    }

    /// <summary>An empty form: refused by antiforgery (400) unless the rate limiter refuses it first (429).</summary>
    private async Task<int> PostLoginAsync(IPAddress from, string client)
    {
        var context = await App.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = from;
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/account/login";
            c.Request.Headers["X-Forwarded-For"] = client;
        });
        return context.Response.StatusCode;
    }
}
