using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

using Emulation.Domain.Pledges;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Emulation.Benchmarks;

/// <summary>
/// Issue #18 item 6: where a head's saves spend their time (the mix's saves), on copies of a province-scale database,
/// through the app's <see cref="SubmissionService"/> and the app's interceptors (audit, unit tree, SQLite's lock wait and
/// WAL sync) and the app's default change feed (the database).
/// <list type="number">
/// <item>The first save of each kind in a new process, with and without the app's start-up rehearsal
/// (<see cref="SaveRehearsal"/>): fresh processes of this tool, alternating, each on its own copy.</item>
/// <item>Draft pledge saves one after the other, alternating call by call between connections that commit with
/// SQLite's default sync (FULL) and the app's (<see cref="SqliteWalSync"/>: NORMAL in WAL): time, how long each held
/// SQLite's one write lock (from its transaction's begin, <c>BEGIN IMMEDIATE</c>, to the end of its commit) and what the
/// process allocated meanwhile (exact; nothing else runs).</item>
/// <item>A burst of submissions watched by open progress pages: each page reloading once per change, awaited by the
/// save that announced it (as the page did), against <see cref="CoalescedReload"/> (as it does now).</item>
/// </list>
/// Run: <c>dotnet run -c Release --project bench/Emulation.Benchmarks -- saves SEEDED.db [saves]</c>.
/// </summary>
public static class SaveTimes
{
    private const int FirstSaveRounds = 3;
    private const int Views = 10;
    private const int Burst = 12;

    public static async Task<int> RunAsync(string seeded, int saves)
    {
        var directory = Path.Combine(Path.GetTempPath(), "emulation-saves", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var master = Path.Combine(directory, "master.db");
            File.Copy(seeded, master);
            await using (var db = Contexts(master, new WriteLockTimes(), walSync: true).CreateDbContext())
            {
                await db.Database.MigrateAsync();
            }

            SqliteConnection.ClearAllPools();
            await FirstSavesAsync(master, directory);
            var file = Path.Combine(directory, "emulation.db");
            File.Copy(master, file);
            await SteadySavesAsync(file, saves);
            await BurstWatchedAsync(file);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The child process: the first save of each kind on <paramref name="file"/>, after the rehearsal when <paramref name="rehearse"/>; one JSON line.</summary>
    public static async Task<int> FirstInProcessAsync(string file, bool rehearse)
    {
        var writes = new WriteLockTimes();
        var contexts = Contexts(file, writes, walSync: true);
        var (campaign, units) = await DraftUnitsAsync(contexts);
        var notifier = new SubmissionNotifier(Feed(contexts), NullLogger<SubmissionNotifier>.Instance);
        var submissions = AppServices.Submissions(contexts, notifier);
        var row = new Dictionary<string, double>();
        if (rehearse)
        {
            var (ms, bytes, _) = await MeasureAsync(writes, () => SaveRehearsal.RunAsync(contexts, contexts.CreateDbContext, Feed(contexts),
                (rolledBack, quiet) => AppServices.Submissions(rolledBack, quiet)));
            row["rehearsal ms"] = ms;
            row["rehearsal KB"] = bytes / 1024d;
        }

        await FirstAsync(row, "pledge draft", writes, submissions, campaign, units[0], submit: false);
        await FirstAsync(row, "pledge submitted", writes, submissions, campaign, units[1], submit: true);
        var head = Head(units[0]);
        var year = await YearAsync(contexts, campaign);
        var rows = await submissions.GetStaffYearAsync(head, units[0], year);
        var staffSaved = false;
        var (staffMs, staffBytes, staffLock) = await MeasureAsync(writes, async () =>
            staffSaved = (await submissions.SaveStaffYearAsync(head, units[0], year, rows)).IsSuccess);
        row["staff year saved"] = staffSaved ? 1 : 0;
        row["staff year ms"] = staffMs;
        row["staff year lock ms"] = staffLock;
        row["staff year KB"] = staffBytes / 1024d;
        Console.WriteLine(JsonSerializer.Serialize(row));
        return 0;
    }

    private static async Task FirstAsync(Dictionary<string, double> row, string kind, WriteLockTimes writes,
        SubmissionService submissions, int campaign, int unit, bool submit)
    {
        var head = Head(unit);
        var workspace = (await submissions.GetWorkspaceAsync(head, campaign, unit))!;
        var targets = Targets(workspace);
        var (ms, bytes, held) = await MeasureAsync(writes, async () =>
            Succeeded(await submissions.SavePledgeAsync(head, campaign, unit, targets, workspace.PledgeVersion, submit)));
        row[$"{kind} ms"] = ms;
        row[$"{kind} lock ms"] = held;
        row[$"{kind} KB"] = bytes / 1024d;
    }

    private static async Task FirstSavesAsync(string master, string directory)
    {
        var tool = Environment.ProcessPath!;
        var assembly = typeof(SaveTimes).Assembly.Location;
        var runs = new List<(bool Rehearsed, Dictionary<string, double> Row)>();
        for (int round = 0; round < FirstSaveRounds; round++)
        {
            foreach (var rehearse in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                var copy = Path.Combine(directory, $"first-{round}-{rehearse}.db");
                File.Copy(master, copy);
                var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
                if (!tool.EndsWith(Path.GetFileNameWithoutExtension(assembly), StringComparison.Ordinal))
                {
                    start.ArgumentList.Add(assembly);
                }

                foreach (var arg in new[] { "saves-first", copy, rehearse ? "rehearsed" : "cold" })
                {
                    start.ArgumentList.Add(arg);
                }

                using var child = Process.Start(start)!;
                var output = await child.StandardOutput.ReadToEndAsync();
                await child.WaitForExitAsync();
                File.Delete(copy);
                var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'))
                    ?? throw new InvalidOperationException($"The child answered: {output}");
                runs.Add((rehearse, JsonSerializer.Deserialize<Dictionary<string, double>>(line)!));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"First save of each kind in a new process, {FirstSaveRounds} processes each, alternating (medians):"));
        Console.WriteLine("| Save | Without rehearsal: ms | lock ms | allocated | With rehearsal: ms | lock ms | allocated | Ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in new[] { "pledge draft", "pledge submitted", "staff year" })
        {
            double Of(bool rehearsed, string what) => Median(runs.Where(r => r.Rehearsed == rehearsed).Select(r => r.Row[$"{kind} {what}"]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {Of(false, "ms"):0.0} | {Of(false, "lock ms"):0.0} | {Of(false, "KB"):0} KB | {Of(true, "ms"):0.0} | {Of(true, "lock ms"):0.0} | {Of(true, "KB"):0} KB | {Of(false, "ms") / Of(true, "ms"):0.0}× |"));
        }

        var rehearsals = runs.Where(r => r.Rehearsed).Select(r => r.Row).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"The rehearsal itself (after the app started, off any request): median {Median(rehearsals.Select(r => r["rehearsal ms"])):0} ms, {Median(rehearsals.Select(r => r["rehearsal KB"])):0} KB; staff year saved in {runs.Count(r => r.Row["staff year saved"] > 0)} of {runs.Count} processes"));
        Console.WriteLine();
    }

    private static async Task SteadySavesAsync(string file, int saves)
    {
        var writes = new WriteLockTimes();
        var full = Contexts(file, writes, walSync: false);
        var normal = Contexts(file, writes, walSync: true);
        var (campaign, units) = await DraftUnitsAsync(normal);
        var services = new[] { full, normal }
            .Select(c => AppServices.Submissions(c, new SubmissionNotifier(Feed(c), NullLogger<SubmissionNotifier>.Instance))).ToArray();
        var rows = new[] { new List<(double Ms, long Bytes, double LockMs)>(), [] };
        for (int i = 0; i < 2 * saves; i++)
        {
            int which = i % 2;
            int unit = units[i / 2 % units.Count];
            var head = Head(unit);
            var workspace = (await services[which].GetWorkspaceAsync(head, campaign, unit))!;
            var targets = workspace.Lines.Where(l => l.NeedsTarget)
                .ToDictionary(l => l.Code, l => (decimal?)(l.Target is >= 2m and var t ? t - 1m : 1m));
            rows[which].Add(await MeasureAsync(writes, async () => Succeeded(
                await services[which].SavePledgeAsync(head, campaign, unit, targets, workspace.PledgeVersion, submit: false))));
        }

        var (fullSync, normalSync) = (await SynchronousAsync(full), await SynchronousAsync(normal));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{saves} + {saves} draft pledge saves one after the other, alternating FULL / NORMAL sync (as SQLite reports them: {fullSync} / {normalSync}), {units.Count} units, campaign {campaign}"));
        Console.WriteLine("| Saves | Sync | Median ms | p90 ms | Write lock held: median ms | p90 ms | max ms | Allocated per save (median) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, skip, take) in new[] { ("1st–10th", 0, 10), ($"11th–{saves}th", 10, saves) })
        {
            Print(label, "FULL (SQLite's default)", rows[0].Skip(skip).Take(take));
            Print(label, "NORMAL (WAL, the app's)", rows[1].Skip(skip).Take(take));
        }

        Console.WriteLine();
    }

    /// <summary>
    /// <see cref="Burst"/> heads submit at once while <see cref="Views"/> progress pages are open, each reloading as the
    /// page does (<see cref="ReviewService.ProgressAsync"/>, a page of 25 units): first each page reloading once per
    /// change, the save awaiting them (the page before), then each through a <see cref="CoalescedReload"/>.
    /// </summary>
    private static async Task BurstWatchedAsync(string file)
    {
        var contexts = Contexts(file, new WriteLockTimes(), walSync: true);
        var (campaign, units) = await DraftUnitsAsync(contexts);
        var officer = new Actor("bench-officer", "bench.officer", new HashSet<string> { Roles.UnionOfficer }, null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A burst of {Burst} submissions at once, {Views} open progress pages (a page of 25 units each), campaign {campaign}:"));
        Console.WriteLine("| Pages reload | Submission: median ms | max ms | Reloads (all pages) | Reloads per page per submission |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var coalesced in new[] { false, true })
        {
            var notifier = new SubmissionNotifier(Feed(contexts), NullLogger<SubmissionNotifier>.Instance);
            var submissions = AppServices.Submissions(contexts, notifier);
            var reviews = AppServices.Reviews(contexts, notifier);
            int reloads = 0;
            Task Reload() => Task.Run(async () =>
            {
                Interlocked.Increment(ref reloads);
                await reviews.ProgressAsync(officer, campaign, 0, 25);
            });
            var pages = Enumerable.Range(0, Views).Select(_ => new CoalescedReload(Reload, NullLogger.Instance)).ToList();
            var subscriptions = pages.Select(page => notifier.Subscribe(campaign, coalesced
                ? () => { _ = page.Heard(); return Task.CompletedTask; }
                : Reload)).ToList();
            var burst = units.Skip(coalesced ? Burst : 0).Take(Burst).ToList();
            var workspaces = new List<UnitWorkspace>();
            foreach (var unit in burst)
            {
                workspaces.Add((await submissions.GetWorkspaceAsync(Head(unit), campaign, unit))!);
            }

            var times = await Task.WhenAll(burst.Zip(workspaces).Select(w => Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                Succeeded(await submissions.SavePledgeAsync(Head(w.First), campaign, w.First, Targets(w.Second),
                    w.Second.PledgeVersion, submit: true));
                return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            })));
            await Task.WhenAll(pages.Select(p => p.Heard()));
            subscriptions.ForEach(s => s.Dispose());
            // The last Heard above (to wait for the pages) asked each page for one reload of its own: not the burst's.
            int counted = reloads - Views;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(coalesced ? "coalesced, not awaited by the save (now)" : "once per change, awaited by the save (before)")} | {Median(times):0.0} | {times.Max():0.0} | {counted} | {counted / (double)(Views * Burst):0.00} |"));
        }
    }

    private static SqliteContextFactory Contexts(string file, WriteLockTimes writes, bool walSync)
    {
        var interceptors = new List<IInterceptor> { new AuditInterceptor(TimeProvider.System), new UnitTreeCache(TimeProvider.System),
            new SqliteLockWait(), writes };
        if (walSync)
        {
            interceptors.Add(new SqliteWalSync());
        }

        return new SqliteContextFactory(new DbContextOptionsBuilder<SqliteEmulationDbContext>()
            // Each its own pool: a connection set to NORMAL must not be handed to the FULL side.
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = walSync ? 30 : 31 }.ToString())
            .AddInterceptors(interceptors)
            .Options);
    }

    /// <summary>What a connection of <paramref name="contexts"/> reports as its <c>synchronous</c> setting (1 NORMAL, 2 FULL).</summary>
    private static async Task<long> SynchronousAsync(IDbContextFactory<EmulationDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        return SqliteWalSync.Synchronous((SqliteConnection)db.Database.GetDbConnection());
    }

    private static DatabaseChangeFeed Feed(IDbContextFactory<EmulationDbContext> contexts) =>
        new(contexts, new AppInstance(), TimeProvider.System, NullLogger<DatabaseChangeFeed>.Instance);

    private static async Task<(int Campaign, List<int> Units)> DraftUnitsAsync(IDbContextFactory<EmulationDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var campaign = await db.Campaigns.Where(c => c.Status == Emulation.Domain.Campaigns.CampaignStatus.Launched)
            .OrderByDescending(c => c.Year).Select(c => c.Id).FirstAsync();
        var units = await db.Pledges.Where(p => p.CampaignId == campaign && p.Status == SubmissionStatus.Draft)
            .OrderBy(p => p.UnitId).Select(p => p.UnitId).ToListAsync();
        return (campaign, units);
    }

    private static async Task<int> YearAsync(IDbContextFactory<EmulationDbContext> contexts, int campaign)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Campaigns.Where(c => c.Id == campaign).Select(c => c.Year).SingleAsync();
    }

    private static Actor Head(int unit) => new("bench", "tp.bench", new HashSet<string> { Roles.DepartmentHead }, unit);

    private static Dictionary<string, decimal?> Targets(UnitWorkspace workspace) =>
        workspace.Lines.Where(l => l.NeedsTarget).ToDictionary(l => l.Code, l => (decimal?)(l.Target ?? 1m));

    private static void Succeeded(Emulation.Domain.Common.Result saved)
    {
        if (!saved.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", saved.Errors));
        }
    }

    private static void Succeeded<T>(Emulation.Domain.Common.Result<T> saved)
    {
        if (!saved.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", saved.Errors));
        }
    }

    private static async Task<(double Ms, long Bytes, double LockMs)> MeasureAsync(WriteLockTimes writes, Func<Task> act)
    {
        writes.Clear();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        await act();
        double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return (ms, GC.GetTotalAllocatedBytes(precise: true) - before, writes.HeldMs);
    }

    private static void Print(string label, string sync, IEnumerable<(double Ms, long Bytes, double LockMs)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {sync} | {Median(list.Select(r => r.Ms)):0.00} | {Percentile(list.Select(r => r.Ms), 0.9):0.00} | {Median(list.Select(r => r.LockMs)):0.00} | {Percentile(list.Select(r => r.LockMs), 0.9):0.00} | {list.Max(r => r.LockMs):0.00} | {Median(list.Select(r => (double)r.Bytes)) / 1024:0} KB |"));
    }

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * share))];
    }

    /// <summary>How long the transactions since <see cref="Clear"/> held the write lock, from begun to committed.</summary>
    private sealed class WriteLockTimes : DbTransactionInterceptor
    {
        private long _begun;

        public double HeldMs { get; private set; }

        public void Clear() => HeldMs = 0;

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            _begun = Stopwatch.GetTimestamp();
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
            DbTransaction result, CancellationToken cancellationToken = default)
        {
            _begun = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
            HeldMs += Stopwatch.GetElapsedTime(_begun).TotalMilliseconds;

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            HeldMs += Stopwatch.GetElapsedTime(_begun).TotalMilliseconds;
            return Task.CompletedTask;
        }
    }
}
