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
/// Codes also compare without regard to case (<see cref="CodeComparer"/>).
/// </summary>
public static class CleanText
{
    /// <summary>Codes are the same code whatever their case or Unicode form.</summary>
    public static StringComparer CodeComparer { get; } = StringComparer.OrdinalIgnoreCase;

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

    /// <summary>Whether two codes are the same code (Unicode form and case ignored).</summary>
    public static bool SameCode(string? a, string? b) =>
        a is not null && b is not null && CodeComparer.Equals(Normalize(a), Normalize(b));

    private static bool IsBidiControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static string Codepoint(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Refusals of <see cref="CleanText"/>.</summary>
public static class TextErrors
{
    public static DomainError ControlCharacter(string codepoint) =>
        new("text.control_character", $"The text holds a control character ({codepoint}).", codepoint);

    public static DomainError BidiControl(string codepoint) =>
        new("text.bidi_control", $"The text holds a bidirectional control mark ({codepoint}).", codepoint);

    public static DomainError InvisibleCharacter(string codepoint) =>
        new("text.invisible_character", $"The text holds an invisible formatting character ({codepoint}).", codepoint);
}
