using System.Net;
using System.Text.Json;
using Emulation.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Emulation.Tests.Integration;

/// <summary>The diagnostics endpoint the circuit load tool reads: off by default, loopback only when on.</summary>
public sealed class DiagnosticsEndpointTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task MemoryEndpoint_IsNotThere_ByDefault()
    {
        var context = await GetMemoryAsync(fixture.App, IPAddress.Loopback);

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }

    [Fact]
    public async Task MemoryEndpoint_WhenEnabled_ReportsMemoryOpenCircuitsAndProcessorTime()
    {
        await using var app = new EmulationAppFactory(("Diagnostics:Enabled", "true"));

        var context = await GetMemoryAsync(app, IPAddress.Loopback);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var json = await JsonDocument.ParseAsync(context.Response.Body);
        var report = json.RootElement;
        Assert.True(report.GetProperty("rssBytes").GetInt64() > 0);
        Assert.True(report.GetProperty("managedBytes").GetInt64() > 0);
        Assert.True(report.GetProperty("gen2Collections").GetInt32() >= 1);
        Assert.Equal(0, report.GetProperty("openCircuits").GetInt32());
        Assert.True(report.GetProperty("cpuSeconds").GetDouble() > 0);
    }

    [Fact]
    public async Task MemoryEndpoint_WhenEnabled_RefusesCallersFromElsewhere()
    {
        await using var app = new EmulationAppFactory(("Diagnostics:Enabled", "true"));

        var context = await GetMemoryAsync(app, IPAddress.Parse("203.0.113.7"));

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }

    private static Task<HttpContext> GetMemoryAsync(EmulationAppFactory app, IPAddress caller) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/diagnostics/memory";
            context.Request.QueryString = new QueryString("?gc=full");
            context.Connection.RemoteIpAddress = caller;
        });
}
