using Emulation.Domain.Statistics;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Statistics;
using MiniExcelLibs;

namespace Emulation.Tests.Statistics;

/// <summary>The statistics tests' shared checks: every figure against the list its link opens, a workbook's cells.</summary>
internal static class StatisticsChecks
{
    /// <summary>
    /// Opens the list behind every figure of <paramref name="sheet"/> (as the union officer), asserts it holds as many
    /// items as the figure says, hands it to <paramref name="check"/>, and answers how many figures were checked.
    /// </summary>
    public static async Task<int> EveryFigureAsync(StatisticsService statistics, StatisticsSheet sheet, Action<StatCell, StatisticsList> check)
    {
        var checkedFigures = 0;
        foreach (var row in sheet.Rows)
        {
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                if (row.Figures[i] is not { } figure)
                {
                    continue;
                }

                var cell = new StatCell(row.Code, sheet.Columns[i].Code);
                var list = (await statistics.ListAsync(TestActors.Officer, sheet.Report, sheet.Query, cell)).Value;
                Assert.Equal(figure, list.Count);
                check(cell, list);
                checkedFigures++;
            }
        }

        return checkedFigures;
    }

    /// <summary>A workbook's first sheet, one dictionary per sheet row, keyed by column letter.</summary>
    public static List<IDictionary<string, object?>> SheetRows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return [.. stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>()];
    }
}
