using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// The numbers typed into a table of plain inputs, keyed by code: what parsed, and what did not parse kept as typed
/// so that it is shown back with an error instead of being dropped. Plain inputs instead of one MudNumericField per
/// row keep an idle circuit small (a field is half a dozen components; a row of markup is none).
/// </summary>
public sealed class NumberEntries
{
    public const string DisplayFormat = "#,##0.##";

    private readonly Dictionary<string, decimal?> _values;
    private readonly Dictionary<string, (string Typed, DomainError Error)> _unparsed = [];

    public NumberEntries(IEnumerable<KeyValuePair<string, decimal?>> values) => _values = new(values);

    /// <summary>The parsed values; a code whose text did not parse keeps its last good value.</summary>
    public IReadOnlyDictionary<string, decimal?> Values => _values;

    /// <summary>True while some input holds text that is not a number: saving then would lose it.</summary>
    public bool HasUnparsed => _unparsed.Count > 0;

    public decimal? this[string code] => _values.GetValueOrDefault(code);

    public bool IsUnparsed(string code) => _unparsed.ContainsKey(code);

    /// <summary>Why the text typed for <paramref name="code"/> was not read (<see cref="TypedNumber.Errors"/>); null when it was.</summary>
    public DomainError? ErrorOf(string code) => _unparsed.TryGetValue(code, out var entry) ? entry.Error : null;

    /// <summary>The text an input shows: what the user typed if it did not parse, else the value in the culture's format.</summary>
    public string Text(string code, CultureInfo culture) =>
        _unparsed.TryGetValue(code, out var entry) ? entry.Typed : _values.GetValueOrDefault(code)?.ToString(DisplayFormat, culture) ?? "";

    /// <summary>
    /// Whether <paramref name="typed"/> would leave the entry as it is: the same number however it is written
    /// ("1500" for 1.500), or the same unreadable text.
    /// </summary>
    public bool Holds(string code, string? typed, CultureInfo culture) =>
        TypedNumber.Parse(typed, culture) is { Error: null } parsed
            ? !IsUnparsed(code) && this[code] == parsed.Value
            : Text(code, culture) == typed?.Trim();

    /// <summary>
    /// Takes what was typed, read by <see cref="TypedNumber"/>: blank clears the value, a number sets it, anything
    /// else (not a number, ambiguous like <c>1.000</c>, more digits than a figure is stored with) is kept as text with the reason.
    /// </summary>
    public void Set(string code, string? typed, CultureInfo culture)
    {
        var parsed = TypedNumber.Parse(typed, culture);
        if (parsed.Error is { } error)
        {
            _unparsed[code] = (typed!.Trim(), error);
            return;
        }

        // A figure the database cannot hold whole is refused where it was typed, named by its line.
        if (parsed.Value is { } number && !Services.StoredNumbers.FitsFigure(number))
        {
            _unparsed[code] = (typed!.Trim(), Services.StoredNumbers.FigureTooLong(code));
            return;
        }

        _unparsed.Remove(code);
        _values[code] = parsed.Value;
    }
}
