using System.Globalization;
using Emulation.Tests.Hostile;
using Emulation.Web.Documents.Excel;

namespace Emulation.Benchmarks;

/// <summary>
/// Issue #16, item 1: the peak memory each hostile workbook adds to the process that imports it, through the same
/// readers the pages call (ScoringTableWorkbook.ReadAsync, StaffResultsImporter.ReadAsync) with the default limits.
/// Linux only: before each file the peak resident set is reset (/proc/self/clear_refs) after a full GC; the figure is
/// VmHWM after the import minus VmRSS before it. Goal: under 100 MB for every file.
/// Run: <c>dotnet run -c Release --project bench/Emulation.Benchmarks -- hostile-imports</c>.
/// </summary>
public static class HostileImportMemory
{
    private const long GoalBytes = 100L * 1024 * 1024;

    public static async Task<int> RunAsync()
    {
        var options = new ExcelImportOptions();
        var staff = new StaffResultsImporter(options);
        var files = new List<(string Name, byte[] File, Func<Stream, Task<string>> Import)>
        {
            ("Scoring table, 2 million rows", HostileWorkbooks.ScoringTableOfRows(ScoringTableWorkbook.SheetName, 2_000_000), Scoring),
            ("Staff file, one 1 GB cell", HostileWorkbooks.OneHugeCell(StaffResultsTemplate.SheetName, 1L << 30), Staff),
            ("Staff file, 2,000 × 16,384 cells", HostileWorkbooks.WideSheet(StaffResultsTemplate.SheetName, 2_000, 16_384), Staff),
            ("Staff file, 30,000 parts", HostileWorkbooks.ManyParts(StaffResultsTemplate.SheetName, 30_000), Staff),
            ("Staff file, 20 MB cell (ratio)", HostileWorkbooks.OneHugeCell(StaffResultsTemplate.SheetName, 20L << 20), Staff),
            ("Staff file, 400,001 shared strings", HostileWorkbooks.ManySharedStrings(StaffResultsTemplate.SheetName, 400_001), Staff),
            ("Scoring table, 20,000 rows (read in full; no headers)", HostileWorkbooks.ScoringTableOfRows(ScoringTableWorkbook.SheetName, 20_000), Scoring),
        };

        // Warm up: load the readers' code once so that the first file does not pay for JIT and assemblies.
        await Staff(new MemoryStream(HostileWorkbooks.LongCell(StaffResultsTemplate.SheetName, 10)));
        await Scoring(new MemoryStream(HostileWorkbooks.LongCell(ScoringTableWorkbook.SheetName, 10)));

        Console.WriteLine("| File | On the wire | Answer | Time | Peak over baseline |");
        Console.WriteLine("|---|---:|---|---:|---:|");
        var allMet = true;
        foreach (var (name, file, import) in files)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            File.WriteAllText("/proc/self/clear_refs", "5");
            var baseline = Status("VmRSS:");
            var started = System.Diagnostics.Stopwatch.StartNew();
            var answer = await import(new MemoryStream(file, writable: false));
            var elapsed = started.Elapsed;
            var peak = Status("VmHWM:") - baseline;
            allMet &= peak < GoalBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {file.Length / 1024.0:0} KB | {answer} | {elapsed.TotalMilliseconds:0} ms | {peak / 1024.0 / 1024.0:0.0} MB |"));
        }

        Console.WriteLine(allMet ? "Goal met: every file under 100 MB over the baseline." : "Goal NOT met for at least one file.");
        return allMet ? 0 : 1;

        async Task<string> Staff(Stream upload)
        {
            var sheet = await staff.ReadAsync(upload);
            return sheet.Errors.Count > 0 ? sheet.Errors[0].Error.Code : $"{sheet.Rows.Count} rows";
        }

        async Task<string> Scoring(Stream upload)
        {
            var sheet = await ScoringTableWorkbook.ReadAsync(upload, options, CancellationToken.None);
            return sheet.Errors.Count > 0 ? sheet.Errors[0].Error.Code : $"{sheet.Criteria.Count} criteria";
        }
    }

    /// <summary>A "kB" line of /proc/self/status, in bytes.</summary>
    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
