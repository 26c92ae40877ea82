using System.Data;
using Emulation.Web.Documents.Excel;
using MiniExcelLibs;

namespace Emulation.Tests.Imports;

/// <summary>Builds staff results workbooks the way a user's spreadsheet program would save them.</summary>
internal static class StaffSheet
{
    public static Dictionary<string, object?> Row(object? personId, object? rating, object? months, object? maternity = null,
        object? discipline = null, object? initiative = null, object? leave = null) => new()
        {
            [StaffResultsTemplate.PersonId] = personId,
            [StaffResultsTemplate.FullName] = "Cán bộ",
            [StaffResultsTemplate.Position] = "Chuyên viên",
            [StaffResultsTemplate.Rating] = rating,
            [StaffResultsTemplate.MonthsWorked] = months,
            [StaffResultsTemplate.MaternityLeaveMonths] = maternity,
            [StaffResultsTemplate.Discipline] = discipline,
            [StaffResultsTemplate.Initiative] = initiative,
            [StaffResultsTemplate.LeaveMonths] = leave,
        };

    public static Dictionary<string, object?> BlankRow() =>
        StaffResultsTemplate.Headers.ToDictionary(h => h, _ => (object?)null);

    public static byte[] Build(IEnumerable<Dictionary<string, object?>> rows, string sheetName = StaffResultsTemplate.SheetName)
    {
        using var output = new MemoryStream();
        output.SaveAs(rows, sheetName: sheetName);
        return output.ToArray();
    }

    /// <summary>The template's header row and nothing under it.</summary>
    public static byte[] HeadersOnly()
    {
        using var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var header in StaffResultsTemplate.Headers)
        {
            table.Columns.Add(header, typeof(string));
        }

        using var output = new MemoryStream();
        output.SaveAs(table, sheetName: StaffResultsTemplate.SheetName);
        return output.ToArray();
    }

    public static List<Dictionary<string, object?>> Read(byte[] workbook, string sheetName = StaffResultsTemplate.SheetName)
    {
        using var input = new MemoryStream(workbook);
        return [.. input.Query(useHeaderRow: true, sheetName: sheetName).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r))];
    }
}
