using System.Globalization;
using System.Text;

namespace Emulation.Domain.Common;

/// <summary>
/// Text folded for searching without case and Vietnamese marks ("nguyen van a" finds "Nguyễn Văn A", "dang" finds
/// "Đặng"). Entities keep their names folded in a search key (<see cref="Key"/>), so a search in SQL compares plain
/// characters on every provider.
/// </summary>
public static class SearchText
{
    /// <summary>Lower case, without tone or vowel marks, and đ as d.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The search key of an entity: its names and code folded, separated by a space, cut to <paramref name="maxLength"/>.
    /// </summary>
    public static string Key(int maxLength, params string?[] parts)
    {
        var key = Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        return key.Length <= maxLength ? key : key[..maxLength];
    }

    /// <summary>The words typed, folded; empty when nothing was typed. Each word must occur for a match.</summary>
    public static IReadOnlyList<string> Words(string? typed, int maxWords = 6) =>
        string.IsNullOrWhiteSpace(typed)
            ? []
            : [.. Fold(typed).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(maxWords)];
}
