using System.Net;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Hostile;

/// <summary>The same request sent many times at once, as a double click or a retrying client does.</summary>
internal static class Race
{
    public const int Requests = 12;

    /// <summary>
    /// Sends what <paramref name="send"/> builds <see cref="Requests"/> times at once, each on its own client of the
    /// same caller, and returns the status codes (none of them 5xx, checked here for every race).
    /// </summary>
    public static async Task<IReadOnlyList<HttpStatusCode>> RunAsync(Func<Task<HttpClient>> client,
        Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < Requests; i++)
        {
            clients.Add(await client());
        }

        using var start = new SemaphoreSlim(0);
        var requests = clients.Select(async c =>
        {
            await start.WaitAsync();
            using var response = await send(c);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {body}");
            if ((int)response.StatusCode >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }

            return response.StatusCode;
        }).ToList();
        start.Release(Requests);
        var codes = await Task.WhenAll(requests);
        clients.ForEach(c => c.Dispose());
        return codes;
    }

    /// <summary>Exactly one request did it; every other one was told it lost (409 or 412).</summary>
    public static void OneWon(IReadOnlyList<HttpStatusCode> codes, HttpStatusCode success)
    {
        Assert.Equal(1, codes.Count(c => c == success));
        Assert.All(codes.Where(c => c != success),
            c => Assert.True(c is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed, $"{(int)c}"));
    }

    public static Task<HttpClient> Bootstrap(EmulationAppFactory app) => Task.FromResult(app.Bootstrap());
}
