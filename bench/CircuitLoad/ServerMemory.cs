using System.Net.Http.Json;

namespace CircuitLoad;

/// <summary>One reading of the app's <c>/diagnostics/memory</c> endpoint (after a full, compacting GC).</summary>
public sealed record ServerMemory(long RssBytes, long ManagedBytes, int Gen2Collections, int OpenCircuits)
{
    /// <summary>Null when the app does not expose the endpoint (start it with <c>Diagnostics__Enabled=true</c>).</summary>
    public static async Task<ServerMemory?> ReadAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("diagnostics/memory?gc=full", cancellationToken);
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
