using System.Globalization;
using System.Text;

namespace Emulation.Domain.Common;

/// <summary>
/// The one rule for text people type or other systems send (names, codes, reasons, comments): no control characters
/// (C0 and C1; tab and line breaks only where the field is multi-line), no bidirectional embedding, override or isolate
/// marks (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C), which can make a name read differently
/// from what it is and break the documents it is written into; no other invisible formatting character (zero-width
/// space and joiners, word joiner, byte order mark, soft hyphen), which would make "TH" and "TH" with a zero-width space
/// after it two codes that look the same; and one Unicode form (NFC), so that "Hồ" typed on two keyboards is the same name.
/// Codes also compare without regard to case: two codes are the same code when they fold to the same text
/// (<see cref="FoldCode"/>), in memory (<see cref="CodeComparer"/>, <see cref="SameCode"/>) and in the database, which
/// keeps each code's folded form in a uniquely indexed column.
/// </summary>
public static class CleanText
{
    /// <summary>Codes are the same code whatever their case or Unicode form (<see cref="FoldCode"/>).</summary>
    public static StringComparer CodeComparer { get; } = new FoldedCodeComparer();

    /// <summary>Why <paramref name="text"/> is refused, or null when it is clean (null and empty are clean).</summary>
    public static DomainError? Refusal(string? text, bool multiLine = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var c in text)
        {
            if (IsBidiControl(c))
            {
                return TextErrors.BidiControl(Codepoint(c));
            }

            if (char.IsControl(c) && !(multiLine && c is '\t' or '\n' or '\r'))
            {
                return TextErrors.ControlCharacter(Codepoint(c));
            }

            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return TextErrors.InvisibleCharacter(Codepoint(c));
            }
        }

        return null;
    }

    public static bool IsClean(string? text, bool multiLine = false) => Refusal(text, multiLine) is null;

    /// <summary>
    /// Why <paramref name="code"/> cannot name a unit or a person, or null when it can: clean text (<see cref="Refusal"/>)
    /// without a character that would change the address the code is part of (<c>/api/v1/units/{code}</c>): a slash
    /// or backslash would split it, and "%" would make "A%2FB" a code that looks like the escaped "A/B". A decision's
    /// or letter's number is no code: "12/QĐ-VP" keeps its slash.
    /// </summary>
    public static DomainError? CodeRefusal(string? code)
    {
        if (Refusal(code) is { } unclean)
        {
            return unclean;
        }

        var at = code?.IndexOfAny(AddressCharacters) ?? -1;
        if (at >= 0)
        {
            return TextErrors.AddressCharacter(code![at].ToString());
        }

        // A Cyrillic "ТН" looks like the Latin "TH", "Đ" typed in NFD is "D" and a combining stroke, a space splits an
        // import's column: a code keeps to ASCII letters, digits and ". _ -", so that no code can pass for another on
        // a page, a list or an import, and every keyboard and system types it the same way.
        foreach (var c in code?.Trim() ?? "")
        {
            if (!IsCodeCharacter(c))
            {
                return TextErrors.NonLatinLetter(Shown(c));
            }
        }

        return null;
    }

    /// <summary>The characters a unit's or a person's code is made of: [A-Za-z0-9._-].</summary>
    public static bool IsCodeCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    /// <summary>Trimmed and in NFC; throws when the text is not clean (callers check input first: a broken invariant).</summary>
    public static string Require(string text, string field, bool multiLine = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var refusal = Refusal(text, multiLine);
        BusinessRuleViolationException.ThrowIf(refusal is not null, "TextMustBeClean",
            $"{field}: {refusal?.Message}");
        return Normalize(text);
    }

    /// <summary><see cref="Require"/> for optional text: blank becomes null.</summary>
    public static string? RequireOptional(string? text, string field, bool multiLine = false) =>
        string.IsNullOrWhiteSpace(text) ? null : Require(text, field, multiLine);

    /// <summary>Trimmed and in NFC, for comparing what was typed with what is stored.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The one form codes are compared in: trimmed, in NFC, and in upper case by the invariant culture's rules for
    /// every letter (Vietnamese ones too: "tđ-2026" and "TĐ-2026" fold to "TĐ-2026"). Folding keeps the length, so the
    /// folded form fits where the code does.
    /// </summary>
    public static string FoldCode(string code) => Normalize(code).ToUpperInvariant();

    /// <summary>Whether two codes are the same code (<see cref="FoldCode"/>).</summary>
    public static bool SameCode(string? a, string? b) =>
        a is not null && b is not null && string.Equals(FoldCode(a), FoldCode(b), StringComparison.Ordinal);

    private static readonly char[] AddressCharacters = ['/', '\\', '%', '?', '#'];

    private static bool IsBidiControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private sealed class FoldedCodeComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            x is null || y is null ? string.CompareOrdinal(x, y) : string.CompareOrdinal(FoldCode(x), FoldCode(y));

        public override bool Equals(string? x, string? y) => x is null || y is null ? x == y : SameCode(x, y);

        public override int GetHashCode(string obj) => FoldCode(obj).GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>A character as a message names it: itself beside its code point when it is visible on its own.</summary>
    private static string Shown(char c) =>
        char.IsLetterOrDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c) ? $"\u201C{c}\u201D ({Codepoint(c)})" : Codepoint(c);

    private static string Codepoint(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Refusals of <see cref="CleanText"/>.</summary>
public static class TextErrors
{
    public static DomainError ControlCharacter(string codepoint) =>
        new("text.control_character", $"The text holds a control character ({codepoint}).", codepoint);

    public static DomainError BidiControl(string codepoint) =>
        new("text.bidi_control", $"The text holds a bidirectional control mark ({codepoint}).", codepoint);

    public static DomainError AddressCharacter(string character) =>
        new("text.address_character", $"A code cannot hold '{character}': codes are part of addresses.", character);

    public static DomainError NonLatinLetter(string codepoint) =>
        new("text.code_not_latin", $"A code holds {codepoint}: codes are made of unaccented Latin letters, digits and . _ - only.", codepoint);

    public static DomainError InvisibleCharacter(string codepoint) =>
        new("text.invisible_character", $"The text holds an invisible formatting character ({codepoint}).", codepoint);
}
