using System.Globalization;

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
    private readonly Dictionary<string, string> _unparsed = [];

    public NumberEntries(IEnumerable<KeyValuePair<string, decimal?>> values) => _values = new(values);

    /// <summary>The parsed values; a code whose text did not parse keeps its last good value.</summary>
    public IReadOnlyDictionary<string, decimal?> Values => _values;

    /// <summary>True while some input holds text that is not a number: saving then would lose it.</summary>
    public bool HasUnparsed => _unparsed.Count > 0;

    public decimal? this[string code] => _values.GetValueOrDefault(code);

    public bool IsUnparsed(string code) => _unparsed.ContainsKey(code);

    /// <summary>The text an input shows: what the user typed if it did not parse, else the value in the culture's format.</summary>
    public string Text(string code, CultureInfo culture) =>
        _unparsed.TryGetValue(code, out var typed) ? typed : _values.GetValueOrDefault(code)?.ToString(DisplayFormat, culture) ?? "";

    /// <summary>Takes what was typed: blank clears the value, a number in the culture's format sets it, anything else is kept as text.</summary>
    public void Set(string code, string? typed, CultureInfo culture)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            _unparsed.Remove(code);
            _values[code] = null;
        }
        else if (decimal.TryParse(text, NumberStyles.Number, culture, out var value))
        {
            _unparsed.Remove(code);
            _values[code] = value;
        }
        else
        {
            _unparsed[code] = text;
        }
    }
}
