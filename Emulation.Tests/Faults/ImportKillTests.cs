using Emulation.Domain.Organization;
using Emulation.Tests.Architecture;
using Emulation.Tests.Browser;
using Emulation.Tests.Imports;
using Emulation.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Faults;

/// <summary>
/// The server process is killed (SIGKILL) while it writes a large staff-results import; after a restart on the same
/// database file the import is either wholly there or wholly absent, the file is sound, and the app serves pages.
/// </summary>
public sealed class ImportKillTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    private const int ExtraStaff = 1500;
    private const int Year = 2026;
    private const string UnitCode = "TH";
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task ProcessKilledWhileAnImportIsBeingWritten_AfterRestart_AllOrNoneOfItsRowsAreStored()
    {
        // The app's file starts as the migrated, seeded template: the staff are added to it before the app first starts.
        await using var app = new AppProcess();
        var (unitId, staff) = await AddStaffAsync(app.DatabasePath);
        Assert.Equal(0, await RecordsAsync(app.DatabasePath, unitId));
        var sheet = new FilePayload
        {
            Name = "staff.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = StaffSheet.Build(staff.Select(id => StaffSheet.Row(id, "HOÀN THÀNH TỐT NHIỆM VỤ", 12, 0, "Không", "Cấp tỉnh"))),
        };
        await app.StartAsync();

        await using (var head = await BrowserSession.SignInAsync(fixture.Browser, app.BaseUrl, "tp.th", Screenshots))
        {
            // A unit of 1,500 people makes a heavy page on a shared two-core machine.
            head.Page.SetDefaultTimeout(120_000);
            head.Page.SetDefaultNavigationTimeout(120_000);
            await head.GoAsync($"campaigns/1/units/{unitId}");
            await head.ClickAsync("tab-staff");
            await head.WaitForPageAsync("**/units/*?tab=staff", "download-template");
            // The database is in WAL mode: a transaction's pages go to the -wal file as it commits, and nothing
            // else writes while the page sits idle, so the file changing means the import is being written.
            var wal = new FileInfo(app.DatabasePath + "-wal");
            var before = (wal.Exists ? wal.Length : 0, wal.Exists ? wal.LastWriteTimeUtc : DateTime.MinValue);
            await head.ByTestId("import-file").SetInputFilesAsync(sheet);
            await head.ClickAsync("import-submit");

            Assert.True(await WriteStartedAsync(wal, before, TimeSpan.FromMinutes(2)),
                $"The import never started writing:\n{app.Output}");
            await app.KillAsync();
        }

        var stored = await RecordsAsync(app.DatabasePath, unitId);
        Assert.True(stored == 0 || stored == staff.Count, $"{stored} of {staff.Count} rows were stored: half an import.");
        Assert.Equal("ok", app.IntegrityCheck());

        await app.StartAsync();
        await using var again = await BrowserSession.SignInAsync(fixture.Browser, app.BaseUrl, "tp.th", Screenshots);
        again.Page.SetDefaultTimeout(120_000);
        again.Page.SetDefaultNavigationTimeout(120_000);
        await again.GoAsync($"campaigns/1/units/{unitId}");
        await Assertions.Expect(again.ByTestId("unit-name")).ToBeVisibleAsync();
        Assert.Equal(stored, await RecordsAsync(app.DatabasePath, unitId));
    }

    /// <summary>
    /// Waits for the write-ahead log to change: the kernel reports each write to it (a <see cref="FileSystemWatcher"/>),
    /// and the file is looked at once more after the watch begins, for a change made before.
    /// </summary>
    private static async Task<bool> WriteStartedAsync(FileInfo wal, (long Length, DateTime Written) before, TimeSpan timeout)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Look()
        {
            var now = new FileInfo(wal.FullName);
            if (now.Exists && (now.Length != before.Length || now.LastWriteTimeUtc != before.Written))
            {
                changed.TrySetResult();
            }
        }

        using var watcher = new FileSystemWatcher(wal.DirectoryName!, wal.Name)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
        };
        watcher.Created += (_, _) => Look();
        watcher.Changed += (_, _) => Look();
        // Events lost to a full buffer: the file itself still says whether it changed.
        watcher.Error += (_, _) => Look();
        watcher.EnableRaisingEvents = true;
        Look();
        return await Task.WhenAny(changed.Task, Task.Delay(timeout)) == changed.Task;
    }

    private static EmulationDbContext Open(string databasePath) =>
        new SqliteEmulationDbContext(new DbContextOptionsBuilder<SqliteEmulationDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString()).Options);

    /// <summary>Many more staff in the unit, so that its import is a long write.</summary>
    private static async Task<(int UnitId, List<int> Staff)> AddStaffAsync(string databasePath)
    {
        await using var db = Open(databasePath);
        var unitId = await db.Units.Where(u => u.Code == UnitCode).Select(u => u.Id).SingleAsync();
        db.People.AddRange(Enumerable.Range(1, ExtraStaff).Select(i => Person.Create($"Cán bộ {i}",
            i % 2 == 0 ? Gender.Female : Gender.Male, unitId, new DateOnly(2015, 1, 1), "Chuyên viên", $"{UnitCode}-X{i:0000}")));
        await db.SaveChangesAsync();
        var staff = await db.People.Where(p => p.UnitId == unitId && p.RecruitedOn.Year < Year).Select(p => p.Id).ToListAsync();
        return (unitId, staff);
    }

    private static async Task<int> RecordsAsync(string databasePath, int unitId)
    {
        await using var db = Open(databasePath);
        return await db.StaffYearResults.CountAsync(s => s.UnitId == unitId && s.Year == Year);
    }
}
