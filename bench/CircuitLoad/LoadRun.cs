using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CircuitLoad.Scenarios;

namespace CircuitLoad;

/// <summary>
/// One run: sign the users in, open the circuits at the ramp rate (spread over the users), hold them or have them
/// interact for the duration, read the server's memory with them open, then close them all.
/// </summary>
public sealed partial class LoadRun(LoadOptions options, TextWriter log)
{
    private const int MaxLoggedFailures = 5;

    private readonly RunCounters _counters = new(log);
    private readonly LatencyRecorder _startLatencies = new();
    private readonly LatencyRecorder _interactionLatencies = new();
    private int _loggedFailures;

    public JsCallLog JsCalls { get; } = new();

    public async Task<RunReport> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var users = await SignInAsync(http, cancellationToken);
        var before = await ServerMemory.ReadAsync(http, cancellationToken);
        if (before is { OpenCircuits: > 0 })
        {
            log.WriteLine($"warning: the server already holds {before.OpenCircuits} circuits; per-circuit figures will be off");
        }

        var circuits = new ConcurrentBag<(CircuitClient Client, CircuitDriver Driver, int Index)>();
        await OpenAllAsync(users, http, circuits, cancellationToken);
        log.WriteLine($"{_counters.Connected} circuits open after {clock.Elapsed.TotalSeconds:0.0} s");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(options.DurationSeconds));
        if (options.Mode == LoadMode.Interact)
        {
            await Task.WhenAll(circuits.Select(c =>
                c.Driver.InteractAsync(options.Rate, new Random(c.Index), stop.Token)));
        }
        else
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        foreach (var circuit in circuits)
        {
            circuit.Driver.Drain();
        }

        var after = await ServerMemory.ReadAsync(http, cancellationToken);
        if (after is not null)
        {
            log.WriteLine($"server holds {after.OpenCircuits} circuits at the end");
        }
        var stillOpen = circuits.Count(c => c.Client.IsAlive);
        await Task.WhenAll(circuits.Select(c => c.Client.DisposeAsync().AsTask()));
        return Report(before, after, stillOpen, clock.Elapsed);
    }

    private async Task<IReadOnlyList<(LoginSession Session, Uri Page)>> SignInAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var users = new List<(LoginSession, Uri)>();
        foreach (var userName in options.Users.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                var session = await LoginSession.SignInAsync(options.Url, userName, options.Password, cancellationToken);
                users.Add((session, new Uri(options.Url, await PagePathAsync(session, http, cancellationToken))));
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException)
            {
                log.WriteLine($"skipping {userName}: {ex.Message}");
            }
        }

        return users.Count > 0 ? users : throw new InvalidOperationException("No user could sign in and find their page.");
    }

    /// <summary>
    /// Results: the head's own unit workspace, found from their "my unit" page. Review: the evaluation page. Home: the
    /// home page.
    /// </summary>
    private async Task<string> PagePathAsync(LoginSession session, HttpClient http, CancellationToken cancellationToken)
    {
        var campaign = options.CampaignId.ToString(CultureInfo.InvariantCulture);
        if (options.Page == LoadPage.Review)
        {
            return $"evaluation/{campaign}";
        }

        if (options.Page == LoadPage.Home)
        {
            return "";
        }

        var myUnit = new Uri(options.Url, $"campaigns/{campaign}/my-unit");
        using var request = new HttpRequestMessage(HttpMethod.Get, myUnit);
        request.Headers.Add("Cookie", session.CookieHeader(myUnit));
        using var response = await http.SendAsync(request, cancellationToken);
        // The page redirects a head straight to their workspace; older builds list it as a link.
        var html = response.Headers.Location?.ToString() ?? await response.Content.ReadAsStringAsync(cancellationToken);
        var link = Regex.Match(html, $@"campaigns/{campaign}/units/(?<unit>\d+)", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!link.Success)
        {
            throw new InvalidOperationException($"{session.UserName} has no unit workspace in campaign {campaign} ({(int)response.StatusCode}).");
        }

        var path = $"campaigns/{campaign}/units/{link.Groups["unit"].Value}";
        if (options.Mode == LoadMode.Interact && !await HasEditableFigureAsync(session, http, path, cancellationToken))
        {
            throw new InvalidOperationException($"nothing to edit on {path} (submitted, or neither pledges nor results open).");
        }

        return path;
    }

    private static async Task<bool> HasEditableFigureAsync(LoginSession session, HttpClient http, string path,
        CancellationToken cancellationToken)
    {
        var url = new Uri(session.BaseUrl, path);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", session.CookieHeader(url));
        using var response = await http.SendAsync(request, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        return FigureInput().Matches(html).Any(m => !m.Value.Contains(" disabled", StringComparison.Ordinal));
    }

    private async Task OpenAllAsync(IReadOnlyList<(LoginSession Session, Uri Page)> users, HttpClient http,
        ConcurrentBag<(CircuitClient, CircuitDriver, int)> circuits, CancellationToken cancellationToken)
    {
        var ramp = Stopwatch.StartNew();
        var opening = new List<Task>(options.Circuits);
        for (var i = 0; i < options.Circuits; i++)
        {
            var due = TimeSpan.FromSeconds(i / options.Ramp) - ramp.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            var (session, page) = users[i % users.Count];
            var index = i;
            opening.Add(Task.Run(() => OpenOneAsync(session, page, http, index, circuits, cancellationToken), cancellationToken));
        }

        await Task.WhenAll(opening);
    }

    private async Task OpenOneAsync(LoginSession session, Uri page, HttpClient http, int index,
        ConcurrentBag<(CircuitClient, CircuitDriver, int)> circuits, CancellationToken cancellationToken)
    {
        try
        {
            var client = await CircuitClient.OpenAsync(session, page, http, _counters, JsCalls, cancellationToken);
            _startLatencies.Record(client.StartLatency);
            IScenario scenario = options.Page == LoadPage.Review
                ? new ReviewPagingScenario(page.AbsolutePath)
                : new ResultsEditScenario(page.AbsolutePath, new Random(index));
            circuits.Add((client, new CircuitDriver(client, scenario, _counters, _interactionLatencies), index));
            _counters.CircuitConnected();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _counters.CircuitFailed();
            if (Interlocked.Increment(ref _loggedFailures) <= MaxLoggedFailures)
            {
                log.WriteLine($"circuit {index} ({session.UserName}) failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [GeneratedRegex("<input[^>]*data-testid=\"(value|target)-[^\"]*\"[^>]*>")]
    private static partial Regex FigureInput();

    private RunReport Report(ServerMemory? before, ServerMemory? after, int stillOpen, TimeSpan elapsed)
    {
        var latencies = options.Mode == LoadMode.Interact ? _interactionLatencies : _startLatencies;
        var lost = _counters.Connected - stillOpen;
        if (lost > 0)
        {
            log.WriteLine($"{lost} circuits were no longer open at the end");
        }

        return new RunReport(
            Mode: options.Mode.ToString().ToLowerInvariant(),
            Url: options.Url.AbsoluteUri,
            CircuitsRequested: options.Circuits,
            CircuitsConnected: _counters.Connected,
            CircuitsFailed: _counters.Failed,
            Interactions: _counters.Interactions,
            WrongRenders: _counters.WrongRenders,
            Errors: _counters.Errors,
            P50Ms: Math.Round(latencies.Percentile(50), 1),
            P90Ms: Math.Round(latencies.Percentile(90), 1),
            P99Ms: Math.Round(latencies.Percentile(99), 1),
            MaxMs: Math.Round(latencies.Percentile(100), 1),
            ServerRssMb: RunReport.Megabytes(after?.RssBytes),
            ServerManagedMb: RunReport.Megabytes(after?.ManagedBytes),
            RssPerCircuitKb: RunReport.PerCircuitKb(before?.RssBytes, after?.RssBytes, stillOpen),
            ManagedPerCircuitKb: RunReport.PerCircuitKb(before?.ManagedBytes, after?.ManagedBytes, stillOpen),
            DurationS: Math.Round(elapsed.TotalSeconds, 1));
    }
}
