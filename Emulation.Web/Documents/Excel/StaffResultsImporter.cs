using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Domain.Results;
using MiniExcelLibs;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// Reads an uploaded staff results workbook into parsed rows and row-level errors. Bad files never throw: a file too
/// large, not an xlsx, or without the template's sheet and headers comes back as one file-level error.
/// Whether people exist and belong to the unit, and the Decree 90 rules, are checked by the import service.
/// </summary>
public sealed class StaffResultsImporter(ExcelImportOptions options)
{
    private readonly XlsxGuard _guard = new(options);

    public async Task<StaffResultsSheet> ReadAsync(Stream file, CancellationToken cancellationToken = default)
    {
        var workbook = await _guard.ReadAsync(file, ImportErrors.WrongTemplate, cancellationToken);
        if (workbook.Refusal is { } refusal)
        {
            return StaffResultsSheet.Refused(refusal);
        }

        try
        {
            return Parse(workbook.Bytes!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or foreign zip: whatever the reader tripped on, the answer to the user is the same.
            return StaffResultsSheet.Refused(ImportErrors.WrongTemplate("the workbook cannot be read."));
        }
    }

    private StaffResultsSheet Parse(byte[] bytes, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var sheetName = MiniExcel.GetSheetNames(stream)
            .Find(n => string.Equals(n, StaffResultsTemplate.SheetName, StringComparison.OrdinalIgnoreCase));
        if (sheetName is null)
        {
            return StaffResultsSheet.Refused(
                ImportErrors.WrongTemplate($"there is no sheet named '{StaffResultsTemplate.SheetName}'."));
        }

        stream.Position = 0;
        using var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX,
                configuration: XlsxGuard.ReaderConfiguration)
            .Cast<IDictionary<string, object?>>().GetEnumerator();
        if (!rows.MoveNext())
        {
            return StaffResultsSheet.Refused(ImportErrors.Empty());
        }

        var columns = ColumnsByHeader(rows.Current);
        var missing = StaffResultsTemplate.Headers
            .Where(h => !columns.ContainsKey(h) && !StaffResultsTemplate.OptionalHeaders.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            return StaffResultsSheet.Refused(ImportErrors.WrongTemplate(
                $"row 1 must hold the headers; missing: {string.Join(", ", missing)}."));
        }

        var parsed = new List<StaffResultsSheetRow>();
        var errors = new List<ImportRowError>();
        var firstRowOf = new Dictionary<int, int>();
        var sheetRow = 1;
        while (rows.MoveNext())
        {
            sheetRow++;
            if (sheetRow - 1 > options.MaxRows)
            {
                return StaffResultsSheet.Refused(ImportErrors.TooManyRows(options.MaxRows));
            }

            if (sheetRow % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cells = new Cells(rows.Current, columns, sheetRow, errors);
            if (cells.IsBlank)
            {
                continue;
            }

            var row = ParseRow(cells, sheetRow);
            if (row is null)
            {
                continue;
            }

            if (firstRowOf.TryGetValue(row.PersonId, out var firstRow))
            {
                errors.Add(new ImportRowError(sheetRow, StaffResultsTemplate.PersonId,
                    ImportErrors.DuplicatePerson(row.PersonId, firstRow)));
                continue;
            }

            firstRowOf[row.PersonId] = sheetRow;
            parsed.Add(row);
        }

        if (parsed.Count == 0 && errors.Count == 0)
        {
            return StaffResultsSheet.Refused(ImportErrors.Empty());
        }

        return new StaffResultsSheet(parsed, errors);
    }

    private static StaffResultsSheetRow? ParseRow(Cells cells, int sheetRow)
    {
        var personId = cells.WholeNumber(StaffResultsTemplate.PersonId, required: true);
        var rating = cells.Choice<QualityRating>(StaffResultsTemplate.Rating, StaffResultLabels.TryParseRating,
            ImportErrors.UnknownRating, fallback: null);
        var months = cells.WholeNumber(StaffResultsTemplate.MonthsWorked, required: true);
        var maternity = cells.WholeNumber(StaffResultsTemplate.MaternityLeaveMonths, required: false) ?? 0;
        var leave = cells.Has(StaffResultsTemplate.LeaveMonths)
            ? cells.WholeNumber(StaffResultsTemplate.LeaveMonths, required: false) ?? 0
            : 0;
        var discipline = cells.Choice<DisciplineLevel>(StaffResultsTemplate.Discipline,
            StaffResultLabels.TryParseDiscipline, ImportErrors.UnknownDiscipline, DisciplineLevel.None);
        var initiative = cells.Choice<InitiativeLevel>(StaffResultsTemplate.Initiative,
            StaffResultLabels.TryParseInitiative, ImportErrors.UnknownInitiative, InitiativeLevel.None);
        if (cells.HasErrors || personId is null || rating is null || months is null || discipline is null ||
            initiative is null)
        {
            return null;
        }

        return new StaffResultsSheetRow(sheetRow, personId.Value, rating.Value, months.Value, maternity,
            discipline.Value, initiative.Value, leave);
    }

    private static Dictionary<string, string> ColumnsByHeader(IDictionary<string, object?> headerRow)
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

        // Keys are the template's own spelling so the rest of the reader can look them up by constant.
        return StaffResultsTemplate.Headers.Where(columns.ContainsKey).ToDictionary(h => h, h => columns[h]);
    }

    private delegate bool TryParse<T>(string? text, out T value);

    /// <summary>The cells of one sheet row, read by header; each failed cell adds an error naming row and column.</summary>
    private sealed class Cells(IDictionary<string, object?> row, Dictionary<string, string> columns, int sheetRow,
        List<ImportRowError> errors)
    {
        private readonly int _errorsBefore = errors.Count;

        public bool HasErrors => errors.Count > _errorsBefore;

        public bool IsBlank => columns.Values.All(c => IsEmpty(Raw(c)));

        /// <summary>Whether the sheet has the column (an optional one may be absent).</summary>
        public bool Has(string header) => columns.ContainsKey(header);

        public int? WholeNumber(string header, bool required)
        {
            var value = Raw(columns[header]);
            if (IsEmpty(value))
            {
                if (required)
                {
                    Fail(header, ImportErrors.MissingValue(header));
                }

                return null;
            }

            switch (value)
            {
                case double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue:
                    return (int)d;
                case int i:
                    return i;
                case long l when l is >= int.MinValue and <= int.MaxValue:
                    return (int)l;
                case decimal m when m == decimal.Floor(m) && m is >= int.MinValue and <= int.MaxValue:
                    return (int)m;
                case string s when TypedNumber.Parse(s, CultureInfo.CurrentCulture, wholeOnly: true, int.MinValue, int.MaxValue) is { Error: { } unread }:
                    Fail(header, unread.Code == TypedNumber.Errors.NotANumber("").Code ? ImportErrors.NotANumber(header, Text(value)) : unread);
                    return null;
                case string s when TypedNumber.Parse(s, CultureInfo.CurrentCulture, wholeOnly: true).Value is { } parsed:
                    return (int)parsed;
                default:
                    Fail(header, ImportErrors.NotANumber(header, Text(value)));
                    return null;
            }
        }

        public T? Choice<T>(string header, TryParse<T> parse, Func<string, DomainError> unknown, T? fallback)
            where T : struct
        {
            var value = Raw(columns[header]);
            if (IsEmpty(value))
            {
                if (fallback is null)
                {
                    Fail(header, ImportErrors.MissingValue(header));
                }

                return fallback;
            }

            if (parse(Text(value), out var parsed))
            {
                return parsed;
            }

            Fail(header, unknown(Text(value)));
            return null;
        }

        private object? Raw(string column) => row.TryGetValue(column, out var value) ? value : null;

        private void Fail(string header, DomainError error) => errors.Add(new ImportRowError(sheetRow, header, error));

        private static bool IsEmpty(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

        private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
    }
}
