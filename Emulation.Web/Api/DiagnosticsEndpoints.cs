using System.Net;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Emulation.Web.Api;

/// <summary>
/// Server memory, open circuits and the processor time used so far, for the circuit load tool (<c>bench/CircuitLoad</c>),
/// which reads the processor time before and after a run's interactions to tell what they cost. Off unless the configuration
/// sets <c>Diagnostics:Enabled</c> to true; when on, it answers loopback callers only, everyone else gets 404.
/// </summary>
internal static class DiagnosticsEndpoints
{
    public const string EnabledKey = "Diagnostics:Enabled";

    public static IServiceCollection AddEmulationDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(EnabledKey))
        {
            services.AddSingleton<OpenCircuitCounter>();
            services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<OpenCircuitCounter>());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapDiagnosticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>(EnabledKey))
        {
            return endpoints;
        }

        endpoints.MapGet("/diagnostics/memory", (HttpContext context, OpenCircuitCounter circuits, string? gc) =>
        {
            if (context.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller))
            {
                return Results.NotFound();
            }

            if (string.Equals(gc, "full", StringComparison.OrdinalIgnoreCase))
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            return Results.Ok(new MemoryReport(
                RssBytes: Environment.WorkingSet,
                ManagedBytes: GC.GetTotalMemory(forceFullCollection: false),
                Gen2Collections: GC.CollectionCount(2),
                OpenCircuits: circuits.Open,
                CpuSeconds: Environment.CpuUsage.TotalTime.TotalSeconds));
        }).ExcludeFromDescription();
        return endpoints;
    }

    private sealed record MemoryReport(long RssBytes, long ManagedBytes, int Gen2Collections, int OpenCircuits, double CpuSeconds);
}
