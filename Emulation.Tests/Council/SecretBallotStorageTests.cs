using System.Collections.Concurrent;
using System.Data.Common;
using Emulation.Domain.Awards;
using Emulation.Domain.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Emulation.Tests.Council;

/// <summary>
/// A secret ballot through the real services on a migrated SQLite file, every log line captured: afterwards no table,
/// audit entry, refusal or log line links a member to a choice, each member's receipt finds their ballots, and the
/// tally is stored when the session closes.
/// </summary>
public sealed class SecretBallotStorageTests : FreshAppTests
{
    private readonly CapturedLogs _logs = new();
    private WebApplicationFactory<Program> _logged = null!;
    private CouncilScenario _scenario = null!;

    private CouncilSessionService Sessions => _logged.Services.GetRequiredService<CouncilSessionService>();

    public override async ValueTask InitializeAsync()
    {
        _scenario = await CouncilScenario.SeedConsultedAsync(App);
        _logged = App.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));
    }

    [Fact]
    public async Task AfterASession_NoRowAuditOrLogLinksAMemberToAChoice_AndReceiptsFindTheirBallots()
    {
        var sessionId = await OpenAllPresentAsync();
        var receipts = new Dictionary<int, string>();
        foreach (var (member, choice) in new[] { (1, BallotChoice.Yes), (2, BallotChoice.Yes), (3, BallotChoice.No), (5, BallotChoice.Abstain) })
        {
            var cast = await Sessions.VoteAsync(CouncilDriver.Member(member), sessionId,
                new Dictionary<int, BallotChoice> { [_scenario.Collective] = choice, [_scenario.ProvincialFighter] = choice });
            Assert.True(cast.IsSuccess, string.Join("; ", cast.Errors));
            receipts[member] = cast.Value.Code;
        }

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        // The file as it is once the session closed (the app's connections still open), its bytes read below: the
        // write-ahead log was emptied, so it holds no page as it was at a casting and the file holds every page.
        var wal = new FileInfo(App.DatabasePath + "-wal");
        Assert.Equal(0, wal.Exists ? wal.Length : 0);
        var file = await File.ReadAllBytesAsync(App.DatabasePath, TestContext.Current.CancellationToken);

        await using var db = await App.DbAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);

        // The contents table: the four columns, no member, no time, stored in the order of the random seal.
        Assert.Equal(["CouncilSessionId", "Receipt", "NominationId", "Choice"], await ColumnsAsync(connection, TableColumns("CouncilBallotContents")));
        Assert.Contains("WITHOUT ROWID", await ScalarAsync(connection,
            "SELECT sql FROM sqlite_master WHERE name = 'CouncilBallotContents'"), StringComparison.Ordinal);
        var contents = await RowsAsync(connection, "SELECT * FROM \"CouncilBallotContents\"");
        Assert.Equal(8, contents.Count);
        var members = CouncilDriver.AllMembers.Concat(await db.Users.Where(u => CouncilDriver.AllMembers.Contains(u.UserName!))
            .Select(u => u.FullName).ToListAsync(TestContext.Current.CancellationToken)).ToList();
        Assert.DoesNotContain(contents.SelectMany(r => r), value => members.Any(m => value.Contains(m, StringComparison.OrdinalIgnoreCase)));
        // No receipt code is stored anywhere: only seals.
        Assert.DoesNotContain(contents.SelectMany(r => r), value => receipts.Values.Any(code => value.Contains(code, StringComparison.Ordinal)));

        // The participations: who voted, no choice.
        Assert.Equal(["NominationId", "MemberUserName", "CouncilSessionId", "Written"],
            await ColumnsAsync(connection, TableColumns("CouncilSessionParticipations")));

        // No other table of the database has both a member's name and a choice in one row.
        var tables = await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables.Select(t => t[0]))
        {
            foreach (var row in await RowsAsync(connection, $"SELECT * FROM \"{table}\""))
            {
                var names = row.Any(v => CouncilDriver.AllMembers.Any(m => v.Contains(m, StringComparison.Ordinal)));
                var choice = row.Any(v => v is "Yes" or "No" or "Abstain" || v.Contains("\"Choice\"", StringComparison.Ordinal));
                Assert.False(names && choice, $"{table}: {string.Join(" | ", row)}");
            }
        }

        // The audit trail records that members voted (with author), never a ballot's content.
        var audit = await db.AuditEntries.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(audit, a => a.Entity == nameof(CouncilBallot));
        Assert.DoesNotContain(audit, a => (a.After ?? "").Contains("Choice", StringComparison.Ordinal) ||
            (a.Before ?? "").Contains("Choice", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Entity == nameof(CouncilParticipation) && a.UserName == "hoidong3");

        // Nothing logged names a choice.
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("Abstain", StringComparison.Ordinal) ||
            receipts.Values.Any(code => line.Contains(code, StringComparison.Ordinal)));

        // Each member's receipt, typed loosely, finds the two ballots of their sheet; another code finds none.
        foreach (var (member, code) in receipts)
        {
            var found = await Sessions.CheckReceiptAsync(CouncilDriver.Member(member), sessionId, code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
            Assert.Equal([_scenario.ProvincialFighter, _scenario.Collective], found.Value.Order());
        }

        Assert.Empty((await Sessions.CheckReceiptAsync(CouncilDriver.Member(4), sessionId, BallotReceipt.New().Code)).Value);
        Assert.Equal("council.receipt_invalid",
            Assert.Single((await Sessions.CheckReceiptAsync(CouncilDriver.Member(4), sessionId, "1234")).Errors).Code);

        // The tally was computed once, at close, and stored per nomination.
        var stored = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, TestContext.Current.CancellationToken);
        var outcome = stored.Agenda.Single(a => a.NominationId == _scenario.Collective).Outcome!;
        Assert.Equal((2, 1, 1), (outcome.Yes, outcome.No, outcome.Abstain));
        var minutes = (await Sessions.GetMinutesAsync(TestActors.Officer, sessionId))!;
        Assert.Contains(minutes.Rows, r => (r.Yes, r.No, r.Abstain) == (2, 1, 1));

        // Nor do the file's bytes: the page holding the contents has them in the order of their seals, each written after
        // the one before it in that order, not in the order of casting.
        var page = int.Parse(await ScalarAsync(connection, "SELECT rootpage FROM sqlite_master WHERE name = 'CouncilBallotContents'"),
            System.Globalization.CultureInfo.InvariantCulture);
        var offsets = SqlitePageCells.OffsetsInKeyOrder(file, page);
        Assert.Equal(8, offsets.Count);
        Assert.Equal(offsets.OrderDescending(), offsets);
    }

    [Fact]
    public async Task PaperCounts_AreEnteredByTheSecretary_AndDecideTheNomination()
    {
        var sessionId = await OpenAllPresentAsync();

        var tooMany = await Sessions.RecordPaperCountAsync(TestActors.Officer, sessionId, _scenario.Collective, new PaperCount(5, 1, 0));
        Assert.Equal("council.paper_count_invalid", Assert.Single(tooMany.Errors).Code);
        Assert.True((await Sessions.RecordPaperCountAsync(TestActors.Officer, sessionId, _scenario.Collective, new PaperCount(4, 1, 0))).IsSuccess);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Sessions.RecordPaperCountAsync(CouncilDriver.Member(1), sessionId, _scenario.Collective, new PaperCount(5, 0, 0)));

        var online = await Sessions.VoteAsync(CouncilDriver.Member(1), sessionId,
            new Dictionary<int, BallotChoice> { [_scenario.Collective] = BallotChoice.No });
        Assert.Equal("council.counted_on_paper", Assert.Single(online.Errors).Code);
        await CouncilDriver.VoteAsync(App, sessionId, 2, BallotChoice.Yes, [_scenario.ProvincialFighter]);
        var mixed = await Sessions.RecordPaperCountAsync(TestActors.Officer, sessionId, _scenario.ProvincialFighter, new PaperCount(1, 0, 0));
        Assert.Equal("council.voted_electronically", Assert.Single(mixed.Errors).Code);

        Assert.True((await Sessions.CloseAsync(TestActors.Officer, sessionId)).IsSuccess);

        await using var db = await App.DbAsync();
        var stored = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, TestContext.Current.CancellationToken);
        var outcome = stored.Agenda.Single(a => a.NominationId == _scenario.Collective).Outcome!;
        Assert.Equal((4, 1, 0, true), (outcome.Yes, outcome.No, outcome.Abstain, outcome.Passed));
        Assert.Equal(NominationStatus.Passed,
            (await db.Nominations.SingleAsync(n => n.Id == _scenario.Collective, TestContext.Current.CancellationToken)).Status);
        Assert.DoesNotContain(stored.Ballots, b => b.NominationId == _scenario.Collective);
    }

    [Fact]
    public async Task ADatabaseThatRefusesTheRewrite_LeavesTheSessionClosedAndCounted_AndTheAdministratorIsToldInTheLog()
    {
        var refusing = _logged.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IInterceptor>(new RefusesTheRewrite())));
        var sessions = refusing.Services.GetRequiredService<CouncilSessionService>();
        var opened = await sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId,
            new OpenSessionInput { ChairUserName = "hoidong1", HeldOn = new DateTime(2026, 12, 10) });
        Assert.True((await sessions.SetAttendanceAsync(TestActors.Officer, opened.Value, CouncilDriver.AllMembers)).IsSuccess);
        foreach (var member in new[] { 1, 2, 3, 5 })
        {
            Assert.True((await sessions.VoteAsync(CouncilDriver.Member(member), opened.Value,
                new Dictionary<int, BallotChoice> { [_scenario.Collective] = BallotChoice.Yes })).IsSuccess);
        }

        Assert.True((await sessions.CloseAsync(TestActors.Officer, opened.Value)).IsSuccess);

        await using var db = await App.DbAsync();
        var stored = await db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == opened.Value, TestContext.Current.CancellationToken);
        Assert.Equal(CouncilSessionStatus.Closed, stored.Status);
        Assert.Equal(4, stored.Agenda.Single(a => a.NominationId == _scenario.Collective).Outcome!.Yes);
        Assert.Contains(_logs.Lines, line => line.Contains("not rewritten in seal order", StringComparison.Ordinal));
        await refusing.DisposeAsync();
    }

    /// <summary>Refuses the statement that writes the ballots again, as a database without the right to would.</summary>
    private sealed class RefusesTheRewrite : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("ballots_in_seal_order", StringComparison.Ordinal)
                ? throw new Microsoft.Data.Sqlite.SqliteException("not authorized", 23)
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private async Task<int> OpenAllPresentAsync()
    {
        var opened = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId,
            new OpenSessionInput { ChairUserName = "hoidong1", HeldOn = new DateTime(2026, 12, 10) });
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors));
        Assert.True((await Sessions.SetAttendanceAsync(TestActors.Officer, opened.Value, CouncilDriver.AllMembers)).IsSuccess);
        return opened.Value;
    }

    private static string TableColumns(string table) => $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";

    private static async Task<List<string>> ColumnsAsync(DbConnection connection, string sql) =>
        [.. (await RowsAsync(connection, sql)).Select(r => r[0])];

    private static async Task<string> ScalarAsync(DbConnection connection, string sql) =>
        (await RowsAsync(connection, sql)).Single()[0];

    private static async Task<List<string[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i),
                System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }

    /// <summary>Every log line of the app, at every level.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Lines.Enqueue($"{category}: {formatter(state, exception)}");
        }
    }
}
