using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Emulation.Web.Startup;

/// <summary>The <c>ReverseProxy</c> configuration section: the app runs behind nginx or a load balancer.</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Believe <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the known proxies.</summary>
    public bool Enabled { get; set; }

    /// <summary>Proxy addresses to believe besides loopback, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks to believe, in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Behind a proxy every request comes from the proxy's address: the login rate limit would then be one bucket for
/// everybody and HTTPS would look like HTTP. With <c>ReverseProxy:Enabled</c> the client's address and scheme are
/// taken from the forwarded headers, but only when the request comes from a known proxy.
/// </summary>
internal static class ReverseProxy
{
    public static IServiceCollection AddEmulationReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        services.AddSingleton(options);
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in options.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so HTTPS redirection, rate limiting and logging see the client.</summary>
    public static IApplicationBuilder UseEmulationReverseProxy(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ReverseProxyOptions>().Enabled ? app.UseForwardedHeaders() : app;
}
