using System.Diagnostics;
using System.Net;

namespace CircuitLoad;

/// <summary>
/// A reader of static pages: at the given rate, GETs the next of its addresses with its user's cookies and reads the
/// whole answer (streamed rendering included). Latency is from sending the request to the last byte. Anything but a
/// 200 whose body holds the page's heading is an error. It holds no circuit.
/// </summary>
public sealed class PageVisitor(LoginSession session, IReadOnlyList<string> paths, HttpClient http, RunCounters counters,
    LatencyRecorder latencies)
{
    public async Task VisitAsync(double ratePerSecond, Random random, CancellationToken stop)
    {
        var period = TimeSpan.FromSeconds(1 / ratePerSecond);
        var next = random.Next(paths.Count);
        try
        {
            await Task.Delay(period * random.NextDouble(), stop);
            while (!stop.IsCancellationRequested)
            {
                var began = Stopwatch.GetTimestamp();
                await VisitOnceAsync(paths[next++ % paths.Count], stop);
                var rest = period - Stopwatch.GetElapsedTime(began);
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest, stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private async Task VisitOnceAsync(string path, CancellationToken stop)
    {
        counters.Interaction();
        var url = new Uri(session.BaseUrl, path);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", session.CookieHeader(url));
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
            var body = await response.Content.ReadAsStringAsync(stop);
            if (response.StatusCode != HttpStatusCode.OK || !body.Contains("<h1", StringComparison.Ordinal))
            {
                counters.Error($"GET /{path} as {session.UserName} answered {(int)response.StatusCode}{(response.StatusCode == HttpStatusCode.OK ? " without a heading" : "")}");
                return;
            }

            latencies.Record(Stopwatch.GetElapsedTime(sent));
        }
        catch (HttpRequestException ex)
        {
            counters.Error($"GET /{path} failed: {ex.Message}");
        }
        catch (TaskCanceledException) when (!stop.IsCancellationRequested)
        {
            counters.Error($"GET /{path} timed out");
        }
    }
}
