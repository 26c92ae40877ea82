using System.Globalization;
using System.Text;

namespace Emulation.Web.Documents.Decisions;

/// <summary>Money and file names as decisions and certificates write them.</summary>
public static class DecisionText
{
    /// <summary>1234567 → "1.234.567 ₫" (vi-VN digits, whole đồng).</summary>
    public static string Money(decimal? amount) =>
        amount is { } value ? string.Format(AdministrativeText.Vietnamese, "{0:N0} ₫", value) : "";

    /// <summary>"321/QĐ-VP" → "321-QD-VP": ASCII letters, digits and hyphens only, for file names.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 &&
                builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
