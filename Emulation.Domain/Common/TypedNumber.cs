using System.Globalization;
using System.Text;

namespace Emulation.Domain.Common;

/// <summary>
/// The one rule for numbers people type (in the app's grids and forms, and in the text cells of imported workbooks):
/// a number is read only when its meaning is certain, and is never silently changed. Either '.' or ',' may mark the
/// decimals (in vi-VN both <c>95,5</c> and <c>95.5</c> are ninety-five and a half); a separator used more than once,
/// or before the other separator, groups thousands (<c>1.234.567</c>, <c>1.234,5</c>, <c>1,234.5</c>). One separator
/// followed by exactly three digits (<c>1.000</c>) could be either: a whole-number field reads it as thousands, a field
/// that allows decimals refuses it as ambiguous. Exponents, letters and values out of the field's range are refused
/// with a coded error (<see cref="Errors"/>), never clamped.
/// </summary>
public static class TypedNumber
{
    /// <summary>More digits than <see cref="decimal"/> holds exactly would be rounded: refused instead.</summary>
    private const int MaxDigits = 28;

    /// <summary>
    /// Reads <paramref name="text"/>: blank gives <see cref="Parsed.Blank"/>; a number in range gives its value; anything
    /// else gives an error naming why (and, for a range error, the bound formatted in <paramref name="culture"/>).
    /// </summary>
    /// <remarks>
    /// <paramref name="grouped"/> false is for numbers that are names rather than amounts (a year): a bound in a message
    /// then reads "2000", not "2.000".
    /// </remarks>
    public static Parsed Parse(string? text, CultureInfo culture, bool wholeOnly = false, decimal? min = null, decimal? max = null,
        bool grouped = true)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var typed = text?.Trim() ?? "";
        if (typed.Length == 0)
        {
            return Parsed.Blank;
        }

        var (negative, body) = Sign(typed, culture);
        if (Read(body, wholeOnly) is not { } read)
        {
            return new Parsed(null, Errors.NotANumber(typed));
        }

        if (read.Ambiguous)
        {
            return new Parsed(null, Errors.Ambiguous(typed));
        }

        if (read.Digits > MaxDigits)
        {
            var bound = negative ? min : max;
            return new Parsed(null, bound is null ? Errors.NotANumber(typed)
                : negative ? Errors.BelowMinimum(Bound(bound, culture, grouped)) : Errors.AboveMaximum(Bound(bound, culture, grouped)));
        }

        var value = decimal.Parse(read.Invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        value = negative ? -value : value;
        if (wholeOnly && value != decimal.Truncate(value))
        {
            return new Parsed(null, Errors.NotWhole(typed));
        }

        if (min is { } low && value < low)
        {
            return new Parsed(null, Errors.BelowMinimum(Bound(low, culture, grouped)));
        }

        if (max is { } high && value > high)
        {
            return new Parsed(null, Errors.AboveMaximum(Bound(high, culture, grouped)));
        }

        return new Parsed(value, null);
    }

    /// <summary>
    /// A value as the app shows it in <paramref name="culture"/> (grouped thousands, at most the decimals it has), in a
    /// form <see cref="Parse"/> reads back as the same value in any field: where grouping would leave one separator
    /// before three digits (<c>1.000</c>, <c>12.345</c>) the thousands are not grouped, and a value with exactly three
    /// decimals under a thousand gets a fourth (<c>1,1250</c>), so that a value shown in a field and saved again is
    /// never refused as ambiguous.
    /// </summary>
    public static string Format(decimal value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var grouped = value.ToString(GroupedFormat, culture);
        if (!Ambiguous(grouped, culture))
        {
            return grouped;
        }

        var plain = value.ToString("0.############################", culture);
        return Ambiguous(plain, culture) ? plain + "0" : plain;
    }

    private static bool Ambiguous(string text, CultureInfo culture) => Read(Sign(text, culture).Body, wholeOnly: false) is { Ambiguous: true };

    /// <summary>A bound as a message shows it: grouped (<c>1.000</c>), since a message is read, not typed back; a year plain.</summary>
    private static string Bound(decimal? bound, CultureInfo culture, bool grouped) =>
        bound is { } b ? b.ToString(grouped ? GroupedFormat : "0.############################", culture) : "";

    private const string GroupedFormat = "#,##0.############################";

    private static (bool Negative, string Body) Sign(string typed, CultureInfo culture)
    {
        var minus = culture.NumberFormat.NegativeSign;
        if (typed.StartsWith(minus, StringComparison.Ordinal) || typed[0] == '-')
        {
            return (true, typed[(typed[0] == '-' ? 1 : minus.Length)..].TrimStart());
        }

        return typed[0] == '+' ? (false, typed[1..].TrimStart()) : (false, typed);
    }

    private readonly record struct Reading(string Invariant, int Digits, bool Ambiguous);

    /// <summary>Digits with '.' and ',' only, read as described on the class; null when not a number.</summary>
    private static Reading? Read(string body, bool wholeOnly)
    {
        if (body.Length == 0 || !body.All(c => c is (>= '0' and <= '9') or '.' or ','))
        {
            return null;
        }

        int lastDot = body.LastIndexOf('.'), lastComma = body.LastIndexOf(',');
        int dots = body.Count(c => c == '.'), commas = body.Count(c => c == ',');
        if (dots == 0 && commas == 0)
        {
            return new Reading(body, Digits(body), false);
        }

        if (dots > 0 && commas > 0)
        {
            // The later separator marks the decimals and appears once; the other groups thousands before it.
            char point = lastDot > lastComma ? '.' : ',';
            char group = point == '.' ? ',' : '.';
            if ((point == '.' ? dots : commas) != 1)
            {
                return null;
            }

            int at = body.IndexOf(point, StringComparison.Ordinal);
            return Grouped(body[..at], group) is { } whole && Fraction(body[(at + 1)..]) is { } fraction
                ? new Reading(whole + "." + fraction, Digits(whole + fraction), false)
                : null;
        }

        char separator = dots > 0 ? '.' : ',';
        if ((dots > 0 ? dots : commas) > 1)
        {
            return Grouped(body, separator) is { } grouped ? new Reading(grouped, Digits(grouped), false) : null;
        }

        int index = body.IndexOf(separator, StringComparison.Ordinal);
        string before = body[..index], after = body[(index + 1)..];
        if (Fraction(after) is null)
        {
            return null;
        }

        bool couldGroup = after.Length == 3 && Grouped(body, separator) is not null;
        if (couldGroup)
        {
            return wholeOnly ? new Reading(before + after, Digits(before + after), false) : new Reading("", 0, true);
        }

        var integer = before.Length == 0 ? "0" : before;
        return new Reading(integer + "." + after, Digits(integer + after), false);
    }

    /// <summary>Digits grouped by threes with <paramref name="separator"/> (a first group of 1–3 digits not starting with 0), ungrouped; null otherwise.</summary>
    private static string? Grouped(string text, char separator)
    {
        var groups = text.Split(separator);
        if (groups[0].Length is < 1 or > 3 || groups[0][0] == '0' || groups.Skip(1).Any(g => g.Length != 3))
        {
            return null;
        }

        var joined = new StringBuilder(text.Length);
        foreach (var g in groups)
        {
            joined.Append(g);
        }

        return joined.ToString().All(char.IsAsciiDigit) ? joined.ToString() : null;
    }

    private static string? Fraction(string text) => text.Length > 0 && text.All(char.IsAsciiDigit) ? text : null;

    private static int Digits(string digits) => digits.TrimStart('0').Length;

    /// <summary>What was typed, read: a value, blank (no value and no error), or the error.</summary>
    public readonly record struct Parsed(decimal? Value, DomainError? Error)
    {
        public static Parsed Blank => default;

        public bool IsBlank => Value is null && Error is null;
    }

    /// <summary>Coded refusals; the item is the typed text, or the bound for a range error.</summary>
    public static class Errors
    {
        public static DomainError NotANumber(string typed) =>
            new("number.not_a_number", $"'{typed}' is not a number.", typed);

        public static DomainError Ambiguous(string typed) =>
            new("number.ambiguous", $"'{typed}' could be a whole number with a thousands separator or a decimal: write it without the thousands separator, or with a different number of decimals.", typed);

        public static DomainError NotWhole(string typed) =>
            new("number.not_whole", $"'{typed}' is not a whole number.", typed);

        public static DomainError BelowMinimum(string bound) =>
            new("number.below_minimum", $"The value must be at least {bound}.", bound);

        public static DomainError AboveMaximum(string bound) =>
            new("number.above_maximum", $"The value must be at most {bound}.", bound);
    }
}
