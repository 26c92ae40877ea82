using System.Globalization;
using System.Text;
using Emulation.Domain.Rules;

namespace Emulation.Web.Documents.Decisions;

/// <summary>Money and file names as decisions and certificates write them.</summary>
public static class DecisionText
{
    /// <summary>1234567 → "1.234.567 ₫" (vi-VN digits, whole đồng).</summary>
    public static string Money(decimal? amount) =>
        amount is { } value ? string.Format(AdministrativeText.Vietnamese, "{0:N0} ₫", value) : "";

    /// <summary>
    /// How the amounts were reached, as the decision's cash article words it: the base salary on the signing date with
    /// its decree, and the rounding with its article ("…, làm tròn lên hàng chục nghìn đồng theo Nghị định 98/2023/NĐ-CP
    /// Điều 53 khoản 2").
    /// </summary>
    public static string CashBasis(Emulation.Domain.Rules.CashBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var salary = string.Format(AdministrativeText.Vietnamese, "mức lương cơ sở {0:N0} đồng ({1})",
            basis.BaseSalary.AmountVnd, basis.BaseSalary.Source);
        return basis.RoundUpTo > 1m
            ? $"{salary}, làm tròn lên {RoundingUnit(basis.RoundUpTo)} theo {LegalArticles.CitationOf(basis.RoundingArticle)}"
            : salary;
    }

    /// <summary>10,000 → "hàng chục nghìn đồng"; another unit → "bội số của 5.000 đồng".</summary>
    public static string RoundingUnit(decimal roundUpTo) => roundUpTo switch
    {
        1_000m => "hàng nghìn đồng",
        10_000m => "hàng chục nghìn đồng",
        100_000m => "hàng trăm nghìn đồng",
        _ => string.Format(AdministrativeText.Vietnamese, "bội số của {0:N0} đồng", roundUpTo),
    };

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
