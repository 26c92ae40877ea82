using System.Net.Http.Json;

namespace CircuitLoad;

/// <summary>
/// One reading of the app's <c>/diagnostics/memory</c> endpoint: memory after a full, compacting GC (or as it stands,
/// when only the processor time is wanted), open circuits, and the processor seconds the app has used since it started
/// (null from the bare template and from builds that do not report it).
/// </summary>
public sealed record ServerMemory(long RssBytes, long ManagedBytes, int Gen2Collections, int OpenCircuits, double? CpuSeconds)
{
    /// <summary>Null when the app does not expose the endpoint (start it with <c>Diagnostics__Enabled=true</c>).</summary>
    public static async Task<ServerMemory?> ReadAsync(HttpClient http, CancellationToken cancellationToken, bool fullGc = true)
    {
        try
        {
            using var response = await http.GetAsync(fullGc ? "diagnostics/memory?gc=full" : "diagnostics/memory", cancellationToken);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync<ServerMemory>(cancellationToken)
                : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
