using System.Globalization;
using Emulation.Domain.Common;
using MiniExcelLibs;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// The one way an import reads a sheet of a workbook <see cref="XlsxGuard"/> has passed: the sheet found by name,
/// row 1 taken as the headers (matched trimmed, case- and Unicode-form-insensitively), and every other non-blank row
/// handed to the caller as <see cref="SheetCells"/>, whose reads add row-and-column errors.
/// </summary>
public static class TemplateSheet
{
    /// <summary>
    /// Reads <paramref name="sheetName"/> row by row into <paramref name="onRow"/>; returns the refusal of the whole
    /// file (no such sheet, no header row, a required header missing, too many rows), or null once every row was read.
    /// </summary>
    public static DomainError? Read(byte[] workbook, string sheetName, IReadOnlyList<string> headers,
        IReadOnlyCollection<string> optionalHeaders, int maxRows, Func<string, DomainError> wrongTemplate,
        List<ImportRowError> errors, Action<SheetCells> onRow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onRow);
        using var stream = new MemoryStream(workbook, writable: false);
        var found = MiniExcel.GetSheetNames(stream, XlsxGuard.ReaderConfiguration)
            .Find(n => string.Equals(n, sheetName, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return wrongTemplate($"there is no sheet named '{sheetName}'.");
        }

        stream.Position = 0;
        using var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: found, excelType: ExcelType.XLSX,
                configuration: XlsxGuard.ReaderConfiguration)
            .Cast<IDictionary<string, object?>>().GetEnumerator();
        if (!rows.MoveNext())
        {
            return ImportErrors.Empty();
        }

        var columns = ColumnsByHeader(rows.Current, headers);
        var missing = headers.Where(h => !columns.ContainsKey(h) && !optionalHeaders.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            return wrongTemplate($"row 1 must hold the headers; missing: {string.Join(", ", missing)}.");
        }

        var sheetRow = 1;
        while (rows.MoveNext())
        {
            sheetRow++;
            if (sheetRow - 1 > maxRows)
            {
                return ImportErrors.TooManyRows(maxRows);
            }

            if (sheetRow % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cells = new SheetCells(rows.Current, columns, sheetRow, errors);
            if (!cells.IsBlank)
            {
                onRow(cells);
            }
        }

        return null;
    }

    private static Dictionary<string, string> ColumnsByHeader(IDictionary<string, object?> headerRow, IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, value) in headerRow)
        {
            var header = StaffResultLabels.Normalize(Convert.ToString(value, CultureInfo.InvariantCulture));
            if (header.Length > 0)
            {
                columns.TryAdd(header, column);
            }
        }

        // Keys are the template's own spelling so readers can look them up by constant.
        return headers.Where(columns.ContainsKey).ToDictionary(h => h, h => columns[h]);
    }
}
