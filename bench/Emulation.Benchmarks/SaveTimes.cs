using System.Data.Common;
using System.Diagnostics;
using System.Globalization;

using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Emulation.Benchmarks;

/// <summary>
/// Issue #18 item 6: where a head's draft save of their pledge spends its time (the mix's saves), one save after the
/// other on a copy of a province-scale database, through the app's <see cref="SubmissionService"/> and the app's
/// interceptors (audit, unit tree, SQLite's own lock wait): the first saves of the process (queries compiled, code
/// jitted) against the later ones, and for each how long it held SQLite's one write lock (from its transaction's
/// begin, <c>BEGIN IMMEDIATE</c>, to the end of its commit) and how much the process allocated meanwhile (exact; nothing else runs).
/// Run: <c>dotnet run -c Release --project bench/Emulation.Benchmarks -- saves SEEDED.db [saves]</c>.
/// </summary>
public static class SaveTimes
{
    public static async Task<int> RunAsync(string seeded, int saves)
    {
        var directory = Path.Combine(Path.GetTempPath(), "emulation-saves", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var file = Path.Combine(directory, "emulation.db");
            File.Copy(seeded, file);
            var writes = new WriteLockTimes();
            var options = new DbContextOptionsBuilder<SqliteEmulationDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString())
                .AddInterceptors(new AuditInterceptor(TimeProvider.System), new UnitTreeCache(TimeProvider.System),
                    new SqliteLockWait(), writes)
                .Options;
            var contexts = new SqliteContextFactory(options);
            int campaign;
            List<int> units;
            await using (var db = contexts.CreateDbContext())
            {
                await db.Database.MigrateAsync();
                campaign = await db.Campaigns.Where(c => c.Status == Emulation.Domain.Campaigns.CampaignStatus.Launched)
                    .OrderByDescending(c => c.Year).Select(c => c.Id).FirstAsync();
                units = await db.Pledges.Where(p => p.CampaignId == campaign && p.Status == SubmissionStatus.Draft)
                    .OrderBy(p => p.UnitId).Select(p => p.UnitId).Take(saves).ToListAsync();
            }

            var submissions = AppServices.Submissions(contexts, new SubmissionNotifier());
            var rows = new List<(double Ms, double LockMs, long Bytes)>();
            for (int i = 0; i < saves; i++)
            {
                int unit = units[i % units.Count];
                var head = new Actor("bench", "tp.bench", new HashSet<string> { Roles.DepartmentHead }, unit);
                var workspace = (await submissions.GetWorkspaceAsync(head, campaign, unit))!;
                var targets = workspace.Lines.Where(l => l.NeedsTarget)
                    .ToDictionary(l => l.Code, l => (decimal?)(l.Target is >= 2m and var t ? t - 1m : 1m));
                writes.Clear();
                long before = GC.GetTotalAllocatedBytes(precise: true);
                long started = Stopwatch.GetTimestamp();
                var saved = await submissions.SavePledgeAsync(head, campaign, unit, targets, workspace.PledgeVersion, submit: false);
                double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
                if (!saved.IsSuccess)
                {
                    throw new InvalidOperationException(string.Join("; ", saved.Errors));
                }

                rows.Add((ms, writes.HeldMs, bytes));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{saves} draft pledge saves one after the other, {units.Count} units, campaign {campaign}"));
            Console.WriteLine("| Saves | Median ms | Max ms | Write lock held: median ms | max ms | Allocated per save (median) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Print("1st", rows.Take(1));
            Print("2nd–10th", rows.Skip(1).Take(9));
            Print($"11th–{saves}th", rows.Skip(10));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Print(string label, IEnumerable<(double Ms, double LockMs, long Bytes)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {Median(list.Select(r => r.Ms)):0.00} | {list.Max(r => r.Ms):0.00} | {Median(list.Select(r => r.LockMs)):0.00} | {list.Max(r => r.LockMs):0.00} | {Median(list.Select(r => (double)r.Bytes)) / 1024:0} KB |"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
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
