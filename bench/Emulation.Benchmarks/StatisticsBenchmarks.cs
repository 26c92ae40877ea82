using BenchmarkDotNet.Attributes;

using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Statistics;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Benchmarks;

/// <summary>
/// Issue #22's year-end statistics for a province-sized year (goal: each report and one figure's list within a
/// second): 20,000 awards of every title, kind and level over 100 units and 2,000 people, on a migrated SQLite file.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private const int Year = 2032;
    private const int Awards = 20_000;

    private static readonly StatisticsQuery WholeYear = new(new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31), null);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulation-bench", Guid.NewGuid().ToString("N"));
    private readonly Actor _officer = new("bench-officer", "congdoan", new HashSet<string> { Roles.UnionOfficer }, null);
    private SqliteContextFactory _contexts = null!;
    private StatisticsService _statistics = null!;

    [Params(StatisticsReport.Movements, StatisticsReport.StateAwards, StatisticsReport.HomeAffairs, StatisticsReport.Summary)]
    public StatisticsReport Report { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "bench.db"), Pooling = true };
        _contexts = new SqliteContextFactory(new DbContextOptionsBuilder<SqliteEmulationDbContext>()
            .UseSqlite(connection.ToString()).Options);
        using (var db = _contexts.CreateDbContext())
        {
            db.Database.Migrate();
            var units = Enumerable.Range(1, 100).Select(i => Unit.Create($"U{i:000}", $"Đơn vị {i}", UnitKind.Department)).ToList();
            db.Units.AddRange(units);
            db.SaveChanges();
            var people = Enumerable.Range(0, 2_000).Select(i => Person.Create($"Cán bộ {i}", i % 2 == 0 ? Gender.Female : Gender.Male,
                units[i % units.Count].Id, new DateOnly(2015, 1, 1), "Chuyên viên")).ToList();
            db.People.AddRange(people);
            db.SaveChanges();
            var titles = Enum.GetValues<Title>();
            var kinds = Enum.GetValues<AwardKind>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Awards.AddRange(Enumerable.Range(0, Awards).Select(i =>
            {
                var title = titles[i % titles.Length];
                var person = people[i % people.Count];
                var collective = Titles.IsCollective(title);
                return Award.Grant(collective ? null : person.Id, collective ? units[i % units.Count].Id : person.UnitId, "Đơn vị", Year,
                    title, kinds[i / titles.Length % kinds.Length], $"{i % 400 + 1}/QĐ-TK", new DateOnly(Year, 1 + (i % 12), 1 + (i % 28)),
                    i % 3 == 0 ? "Chánh Văn phòng UBND tỉnh" : "Chủ tịch UBND tỉnh");
            }));
            db.SaveChanges();
        }

        var decisions = AppServices.Decisions(_contexts);
        _statistics = new StatisticsService(_contexts, AppServices.RuleSets(_contexts), decisions);
    }

    [Benchmark]
    public async Task<int> FillTheReport()
    {
        var sheet = await _statistics.SheetAsync(_officer, Report, WholeYear);
        return sheet.IsSuccess ? sheet.Value.Rows.Count : throw new InvalidOperationException(string.Join("; ", sheet.Errors));
    }

    [Benchmark]
    public async Task<int> ListTheFirstFigure()
    {
        var cell = Report == StatisticsReport.Summary ? new StatCell(ProvinceSummary.Total, ProvinceSummary.Total) : new StatCell("01", "1");
        var list = await _statistics.ListAsync(_officer, Report, WholeYear, cell);
        return list.IsSuccess ? list.Value.Count : throw new InvalidOperationException(string.Join("; ", list.Errors));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
