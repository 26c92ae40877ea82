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
    private readonly ConcurrentDictionary<MixKind, LatencyRecorder> _kindLatencies = new();
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
        var plan = options.Mode == LoadMode.Mix ? await PlanMixAsync(http, cancellationToken)
            : Spread(await SignInAsync(http, options.Circuits, cancellationToken), kind: null);
        var before = await ServerMemory.ReadAsync(http, cancellationToken);
        if (before is { OpenCircuits: > 0 })
        {
            log.WriteLine($"warning: the server already holds {before.OpenCircuits} circuits; per-circuit figures will be off");
        }

        var circuits = new ConcurrentBag<OpenCircuit>();
        await OpenAllAsync(plan.Where(p => p.Paths is null).ToList(), http, circuits, cancellationToken);
        log.WriteLine($"{_counters.Connected} circuits open after {clock.Elapsed.TotalSeconds:0.0} s" +
            (_counters.StaticVisits > 0 ? $", {_counters.StaticVisits} static pages opened (no circuit)" : ""));
        foreach (var circuit in circuits)
        {
            circuit.Driver.Drain();
        }

        var watchedBefore = circuits.Select(c => c.Scenario).OfType<WatchScenario>().Sum(w => w.Batches);

        // The app's processor time over the interactions alone: signing in and opening circuits are left out.
        var cpuBefore = await ServerMemory.ReadAsync(http, cancellationToken, fullGc: false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(options.DurationSeconds));
        if (options.Mode is LoadMode.Interact or LoadMode.Mix)
        {
            var visitors = plan.Where(p => p.Paths is not null).Select(p => new PageVisitor(p.Session, p.Paths!, http,
                _counters, KindLatencies(p.Kind)).VisitAsync(options.ReadRate ?? options.Rate, new Random(p.Index), stop.Token));
            await Task.WhenAll(circuits.Where(c => c.Scenario is not WatchScenario)
                .Select(c => c.Driver.InteractAsync(options.Rate, new Random(c.Index), stop.Token))
                .Concat(visitors)
                .Append(Task.Delay(Timeout.InfiniteTimeSpan, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default)));
        }
        else
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var cpuAfter = await ServerMemory.ReadAsync(http, cancellationToken, fullGc: false);
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
        var saving = circuits.Select(c => c.Scenario).OfType<ResultsSaveScenario>().ToList();
        return Report(before, after, stillOpen, clock.Elapsed) with
        {
            StaticVisits = _counters.StaticVisits,
            ServerOpenCircuits = after?.OpenCircuits,
            Kinds = options.Mode == LoadMode.Mix
                ? plan.GroupBy(p => p.Kind!.Value).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g =>
                {
                    var latencies = KindLatencies(g.Key);
                    return new KindReport(g.Count(), latencies.Count, Math.Round(latencies.Percentile(50), 1),
                        Math.Round(latencies.Percentile(99), 1), Math.Round(latencies.Percentile(100), 1));
                })
                : null,
            Saves = saving.Sum(s => s.Saves),
            Conflicts = saving.Sum(s => s.Conflicts),
            ProgressUpdates = circuits.Select(c => c.Scenario).OfType<WatchScenario>().Sum(w => w.Batches) - watchedBefore,
            ServerCpuSeconds = cpuBefore?.CpuSeconds is { } cpuStart && cpuAfter?.CpuSeconds is { } cpuEnd
                ? Math.Round(cpuEnd - cpuStart, 2) : null,
        };
    }

    /// <summary>A circuit held open by the run.</summary>
    private sealed record OpenCircuit(CircuitClient Client, CircuitDriver Driver, IScenario Scenario, int Index);

    /// <summary>One virtual user: a circuit on <see cref="Page"/>, or, with <see cref="Paths"/>, a reader of static pages.</summary>
    private sealed record PlannedUser(int Index, MixKind? Kind, LoginSession Session, Uri Page, IReadOnlyList<string>? Paths = null);

    private LatencyRecorder KindLatencies(MixKind? kind) =>
        kind is { } k ? _kindLatencies.GetOrAdd(k, _ => new LatencyRecorder(_interactionLatencies)) : _interactionLatencies;

    /// <summary>The requested number of users spread round-robin over the signed-in users.</summary>
    private IReadOnlyList<PlannedUser> Spread(IReadOnlyList<(LoginSession Session, Uri Page)> users, MixKind? kind) =>
        [.. Enumerable.Range(0, options.Circuits).Select(i => new PlannedUser(i, kind, users[i % users.Count].Session, users[i % users.Count].Page))];

    /// <summary>
    /// The mix: each kind's share of the users (largest remainders, so the counts add up), shuffled with a fixed seed
    /// so the kinds ramp up together. Heads work on their own workspaces, the officer watches the campaign's progress
    /// and opens the read pages, leadership reviews.
    /// </summary>
    private async Task<IReadOnlyList<PlannedUser>> PlanMixAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var campaign = options.CampaignId.ToString(CultureInfo.InvariantCulture);
        var total = options.Mix.Values.Sum();
        var counts = options.Mix.ToDictionary(m => m.Key, m => options.Circuits * m.Value / total);
        foreach (var kind in options.Mix.OrderByDescending(m => options.Circuits * m.Value % total).Select(m => m.Key)
                     .Take(options.Circuits - counts.Values.Sum()))
        {
            counts[kind]++;
        }

        var kinds = counts.SelectMany(c => Enumerable.Repeat(c.Key, c.Value)).ToArray();
        new Random(42).Shuffle(kinds);

        var headCircuits = counts.GetValueOrDefault(MixKind.Type) + counts.GetValueOrDefault(MixKind.Save);
        var heads = headCircuits > 0 ? await SignInAsync(http, headCircuits, cancellationToken) : [];
        var officer = await LoginSession.SignInAsync(options.Url, options.Officer, options.Password, cancellationToken);
        var leader = counts.GetValueOrDefault(MixKind.Review) > 0
            ? await LoginSession.SignInAsync(options.Url, options.Leader, options.Password, cancellationToken) : officer;
        string[] reviewPaths =
        [
            $"evaluation/{campaign}", $"evaluation/{campaign}?page=2", $"evaluation/{campaign}?page=3",
            $"evaluation/{campaign}?status=Recommended", $"evaluation/{campaign}?status=Recommended&page=2",
            $"evaluation/{campaign}?title=AdvancedWorker&page=4",
        ];
        string[] readPaths = ["", "awards", "campaigns", $"campaigns/{campaign}/progress"];
        var progress = new Uri(options.Url, $"campaigns/{campaign}/progress");
        var headOf = HeadsBySaving(kinds, heads.Count);
        return [.. kinds.Select((kind, i) => kind switch
        {
            MixKind.Type or MixKind.Save => new PlannedUser(i, kind, heads[headOf[i]].Session, heads[headOf[i]].Page),
            MixKind.Progress => new PlannedUser(i, kind, officer, progress),
            MixKind.Review => new PlannedUser(i, kind, leader, new Uri(options.Url, reviewPaths[0]), reviewPaths),
            _ => new PlannedUser(i, kind, officer, options.Url, readPaths),
        })];
    }

    /// <summary>
    /// Which head each circuit of the mix acts as (an index into the signed-in heads): the savers first, each a head of
    /// their own while there are heads enough, then the typists round-robin after them. A head saves their unit's
    /// figures from one tab; two savers on one unit meet each other's saves every few seconds, which only happens when
    /// savers outnumber the heads (each is then a right answer, "conflict"). Typists never save, so sharing a unit with
    /// a saver changes nothing for either.
    /// </summary>
    private static int[] HeadsBySaving(IReadOnlyList<MixKind> kinds, int headCount)
    {
        var headOf = new int[kinds.Count];
        var next = 0;
        foreach (var kind in new[] { MixKind.Save, MixKind.Type })
        {
            for (var i = 0; i < kinds.Count; i++)
            {
                if (kinds[i] == kind)
                {
                    headOf[i] = next++ % headCount;
                }
            }
        }

        return headOf;
    }

    /// <summary>
    /// Signs in the users in the order given, skipping those with no page to work on, until there is one for each of
    /// <paramref name="needed"/> circuits (a province's head of every unit is more than a small run uses).
    /// </summary>
    private async Task<IReadOnlyList<(LoginSession Session, Uri Page)>> SignInAsync(HttpClient http, int needed,
        CancellationToken cancellationToken)
    {
        var users = new List<(LoginSession, Uri)>();
        if (options.Page == LoadPage.Template)
        {
            return [(LoginSession.Anonymous(options.Url), new Uri(options.Url, "counter"))];
        }

        foreach (var userName in options.Users.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (users.Count >= needed)
            {
                break;
            }

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
    /// Results: the head's own unit workspace, found from their "my unit" page. Review: the evaluation page with its what-if island open. Home: the
    /// home page.
    /// </summary>
    private async Task<string> PagePathAsync(LoginSession session, HttpClient http, CancellationToken cancellationToken)
    {
        var campaign = options.CampaignId.ToString(CultureInfo.InvariantCulture);
        if (options.Page == LoadPage.Review && options.Mode != LoadMode.Mix)
        {
            // The dashboard is static; its island is the what-if sandbox, there once opened.
            return $"evaluation/{campaign}?whatif=open";
        }

        if (options.Page == LoadPage.Home && options.Mode != LoadMode.Mix)
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

        // The workspace is static; each tab's editor is an island of its own, opened with ?tab= (default: the open one).
        var path = $"campaigns/{campaign}/units/{link.Groups["unit"].Value}"
            + (options.Tab is { } tab ? $"?tab={tab}" : "");
        if (options.Mode is LoadMode.Interact or LoadMode.Mix && !await HasEditableFigureAsync(session, http, path, cancellationToken))
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

    private async Task OpenAllAsync(IReadOnlyList<PlannedUser> users, HttpClient http, ConcurrentBag<OpenCircuit> circuits,
        CancellationToken cancellationToken)
    {
        var ramp = Stopwatch.StartNew();
        var opening = new List<Task>(users.Count);
        for (var i = 0; i < users.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / options.Ramp) - ramp.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            var user = users[i];
            opening.Add(Task.Run(() => OpenOneAsync(user, http, circuits, cancellationToken), cancellationToken));
        }

        await Task.WhenAll(opening);
    }

    private async Task OpenOneAsync(PlannedUser user, HttpClient http, ConcurrentBag<OpenCircuit> circuits,
        CancellationToken cancellationToken)
    {
        try
        {
            var client = await CircuitClient.OpenAsync(user.Session, user.Page, http, _counters, JsCalls, cancellationToken);
            _startLatencies.Record(client.StartLatency);
            IScenario scenario = user.Kind switch
            {
                MixKind.Save => new ResultsSaveScenario(user.Page.AbsolutePath, new Random(user.Index)),
                MixKind.Progress => new WatchScenario(user.Page.AbsolutePath),
                MixKind.Type => new ResultsEditScenario(user.Page.AbsolutePath, new Random(user.Index)),
                _ when options.Page == LoadPage.Review => new WatchScenario(user.Page.AbsolutePath),
                _ => new ResultsEditScenario(user.Page.AbsolutePath, new Random(user.Index)),
            };
            var driver = new CircuitDriver(client, scenario, _counters, KindLatencies(user.Kind));
            circuits.Add(new OpenCircuit(client, driver, scenario, user.Index));
            _counters.CircuitConnected();
        }
        catch (StaticPageException) when (options.Mode == LoadMode.Idle)
        {
            // What a browser does on a static page: read it, and open no circuit.
            _counters.StaticVisit();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _counters.CircuitFailed();
            if (Interlocked.Increment(ref _loggedFailures) <= MaxLoggedFailures)
            {
                log.WriteLine($"circuit {user.Index} ({user.Session.UserName}) failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [GeneratedRegex("<input[^>]*data-testid=\"(value|target)-[^\"]*\"[^>]*>")]
    private static partial Regex FigureInput();

    private RunReport Report(ServerMemory? before, ServerMemory? after, int stillOpen, TimeSpan elapsed)
    {
        var latencies = options.Mode == LoadMode.Idle ? _startLatencies : _interactionLatencies;
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
            // Per circuit held; on a static page, per page opened (what reading it left behind).
            RssPerCircuitKb: RunReport.PerCircuitKb(before?.RssBytes, after?.RssBytes, stillOpen > 0 ? stillOpen : _counters.StaticVisits),
            ManagedPerCircuitKb: RunReport.PerCircuitKb(before?.ManagedBytes, after?.ManagedBytes, stillOpen > 0 ? stillOpen : _counters.StaticVisits),
            DurationS: Math.Round(elapsed.TotalSeconds, 1));
    }
}
