using System.Globalization;

using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>How a quota was applied to one candidate: cap × base, rounded, and where the candidate stood.</summary>
public sealed record QuotaArithmetic(
    Title Title,
    decimal CapPercent,
    QuotaBase Base,
    int BaseCount,
    RoundingMode Rounding,
    int Allowed,
    int Position,
    QuotaScope Scope,
    int? ScopeUnitId,
    string Source)
{
    public bool Within => Position <= Allowed;

    /// <summary>The cap's arithmetic in one line, e.g. "Hạn mức: 15 % × 10 Lao động tiên tiến = 1,5 → 1 (làm tròn xuống); …".</summary>
    public string Explain(string culture)
    {
        bool vi = culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase);
        var c = CultureInfo.GetCultureInfo(vi ? "vi-VN" : "en-GB");
        string rounding = (Rounding, vi) switch
        {
            (RoundingMode.Up, true) => "làm tròn lên",
            (RoundingMode.Nearest, true) => "làm tròn gần nhất",
            (_, true) => "làm tròn xuống",
            (RoundingMode.Up, false) => "rounded up",
            (RoundingMode.Nearest, false) => "rounded to nearest",
            _ => "rounded down",
        };
        string baseText = (Base, vi) switch
        {
            (QuotaBase.AdvancedWorkers, true) => "Lao động tiên tiến",
            (QuotaBase.Headcount, true) => "người/tập thể tham gia",
            (_, true) => "người/tập thể đủ điều kiện",
            (QuotaBase.AdvancedWorkers, false) => "Advanced Workers",
            (QuotaBase.Headcount, false) => "participants",
            _ => "eligible candidates",
        };
        string scope = ScopeUnitId is { } u ? string.Format(c, vi ? " (đơn vị {0})" : " (unit {0})", u) : "";
        return string.Format(c, vi
                ? "Hạn mức{0}: {1:0.##} % × {2} {3} = {4:0.##} → {5} ({6}); xếp thứ {7}: {8}."
                : "Quota{0}: {1:0.##}% × {2} {3} = {4:0.##} → {5} ({6}); position {7}: {8}.",
            scope, CapPercent, BaseCount, baseText, BaseCount * CapPercent / 100m, Allowed, rounding, Position,
            Within ? (vi ? "trong hạn mức" : "within the quota") : (vi ? "vượt hạn mức" : "over the quota"));
    }
}
