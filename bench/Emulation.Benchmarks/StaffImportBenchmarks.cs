using BenchmarkDotNet.Attributes;

using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Emulation.Benchmarks;

/// <summary>
/// A department head uploads the prefilled template for a 10,000-person unit: read, check every row, insert all in
/// one transaction, on a migrated SQLite file. Each iteration starts with no records for the year.
/// </summary>
[MemoryDiagnoser]
public class StaffImportBenchmarks
{
    private const int Year = 2026;
    private const int Staff = 10_000;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulation-bench", Guid.NewGuid().ToString("N"));
    private SqliteContextFactory _contexts = null!;
    private StaffImportService _imports = null!;
    private Actor _head = null!;
    private int _unitId;
    private byte[] _file = [];

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
            var unit = Unit.Create("LON", "Đơn vị 10.000 cán bộ", UnitKind.Department);
            db.Units.Add(unit);
            db.SaveChanges();
            db.People.AddRange(Enumerable.Range(0, Staff).Select(i =>
                Person.Create($"Cán bộ {i}", i % 2 == 0 ? Gender.Female : Gender.Male, unit.Id, new DateOnly(2010, 1, 1),
                    "Chuyên viên")));
            db.SaveChanges();
            _unitId = unit.Id;
        }

        _head = new Actor("bench", "tp.lon", new HashSet<string> { Roles.DepartmentHead }, _unitId);
        var notifier = new SubmissionNotifier();
        var rules = new RuleSetService(_contexts, TimeProvider.System, new ConfigurationBuilder().Build(), notifier);
        _imports = new StaffImportService(_contexts, AppServices.Submissions(_contexts, notifier),
            new StaffResultsImporter(new ExcelImportOptions()), notifier, rules);
        _file = _imports.BuildTemplateAsync(_head, _unitId, Year).GetAwaiter().GetResult()!.Content;
    }

    [IterationSetup]
    public void ForgetImportedRecords()
    {
        using var db = _contexts.CreateDbContext();
        db.StaffYearResults.Where(s => s.Year == Year).ExecuteDelete();
    }

    [Benchmark]
    public async Task<int> ImportTenThousandRows()
    {
        await using var upload = new MemoryStream(_file, writable: false);
        var report = await _imports.ImportStaffResultsAsync(_head, _unitId, Year, upload, null, CancellationToken.None);
        return report.IsSuccess && report.Added == Staff
            ? report.Added
            : throw new InvalidOperationException(string.Join("; ", report.Errors.Take(5)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
