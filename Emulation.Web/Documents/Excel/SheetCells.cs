using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// The cells of one sheet row, read by header (<see cref="TemplateSheet"/>); each cell that fails adds an error naming
/// the row and the column, and the read returns null.
/// </summary>
public sealed class SheetCells(IDictionary<string, object?> row, IReadOnlyDictionary<string, string> columns, int sheetRow,
    List<ImportRowError> errors)
{
    private readonly int _errorsBefore = errors.Count;

    public delegate bool TryParse<T>(string? text, out T value);

    /// <summary>The row's number on the sheet (1 is the header row).</summary>
    public int Row => sheetRow;

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

    /// <summary>Text trimmed and in NFC; null (with an error when required) if blank, too long or unclean.</summary>
    public string? Text(string header, bool required, int maxLength)
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

        var text = Text(value);
        if (text.Length > maxLength)
        {
            Fail(header, ImportErrors.TextTooLong(header, maxLength));
            return null;
        }

        if (CleanText.Refusal(text) is { } unclean)
        {
            Fail(header, unclean);
            return null;
        }

        return CleanText.Normalize(text);
    }

    /// <summary>
    /// A day: a date cell, a date serial number, or text as dd/MM/yyyy (the Vietnamese way), d/M/yyyy or yyyy-MM-dd.
    /// </summary>
    public DateOnly? Date(string header, bool required)
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
            case DateTime dateTime:
                return DateOnly.FromDateTime(dateTime);
            case double serial when serial is >= 1 and < 2958466 && serial == Math.Floor(serial):
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            case string s when DateOnly.TryParseExact(s.Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                return day;
            default:
                Fail(header, ImportErrors.NotADate(header, Text(value)));
                return null;
        }
    }

    private static readonly string[] DayFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d.M.yyyy"];

    private object? Raw(string column) => row.TryGetValue(column, out var value) ? value : null;

    public void Fail(string header, DomainError error) => errors.Add(new ImportRowError(sheetRow, header, error));

    private static bool IsEmpty(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
}
