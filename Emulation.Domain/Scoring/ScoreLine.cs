using System.Globalization;

using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Scoring;

/// <summary>One criterion's score for one unit, with how it was reached.</summary>
public sealed class ScoreLine
{
    // The optional numbers are kept as plain decimals plus presence bits: a unit has a line per criterion, so
    // three nullable decimals' padding adds up.
    private readonly decimal _value;
    private readonly decimal _target;
    private readonly decimal _ratio;
    private readonly Present _present;

    internal ScoreLine(Criterion criterion, decimal? value, decimal? target, decimal? ratio, decimal points,
        decimal maxPoints, LineStatus status)
    {
        Criterion = criterion;
        _value = value.GetValueOrDefault();
        _target = target.GetValueOrDefault();
        _ratio = ratio.GetValueOrDefault();
        _present = (value.HasValue ? Present.Value : 0) | (target.HasValue ? Present.Target : 0) | (ratio.HasValue ? Present.Ratio : 0);
        Points = points;
        MaxPoints = maxPoints;
        Status = status;
    }

    [Flags]
    private enum Present : byte
    {
        Value = 1,
        Target = 2,
        Ratio = 4,
    }

    public string Code => Criterion.Code;
    public CriterionKind Kind => Criterion.Kind;
    public ScoringMethod Method => Criterion.Method;
    public decimal? Value => (_present & Present.Value) != 0 ? _value : null;
    public decimal? Target => (_present & Present.Target) != 0 ? _target : null;

    /// <summary>Achievement against the target (value/target, or target/value when lower is better); null without a target.</summary>
    public decimal? AchievementRatio => (_present & Present.Ratio) != 0 ? _ratio : null;

    /// <summary>Weighted points; negative for a penalty.</summary>
    public decimal Points { get; }

    /// <summary>Weighted maximum (for bonus and penalty items, the cap).</summary>
    public decimal MaxPoints { get; }

    public LineStatus Status { get; }

    /// <summary>Whether the pledged target was reached; null when the criterion has no target or no value.</summary>
    public bool? TargetMet => AchievementRatio is { } r && Criterion.NeedsTarget ? r >= 1m : null;

    internal Criterion Criterion { get; }

    public string Explanation => Explain("vi");

    public string Explain(string culture)
    {
        bool vi = culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase);
        var c = CultureInfo.InvariantCulture;
        string weight = Criterion.Weight == 1m ? "" : string.Format(c, vi ? " × trọng số {0}" : " × weight {0}", Criterion.Weight);
        if (Status == LineStatus.Missing)
        {
            return string.Format(c, vi ? "{0}: chưa có số liệu (thiếu), 0/{1} điểm, không coi là 0." : "{0}: no value reported (missing), 0/{1} points, not treated as zero.",
                Code, MaxPoints);
        }

        if (Status == LineStatus.NotReported)
        {
            return string.Format(c, vi ? "{0}: đơn vị không báo cáo điểm cộng/trừ này: 0 điểm." : "{0}: the unit reported no bonus or penalty here: 0 points.",
                Code);
        }

        string how = (Method, vi) switch
        {
            (ScoringMethod.ProportionalToTarget, true) when Criterion.Direction == CriterionDirection.LowerIsBetter =>
                string.Format(c, "càng thấp càng tốt: tối đa {0} × chỉ tiêu {1} / kết quả {2}", Criterion.MaxPoints, Target, Value),
            (ScoringMethod.ProportionalToTarget, false) when Criterion.Direction == CriterionDirection.LowerIsBetter =>
                string.Format(c, "lower is better: max {0} × target {1} / value {2}", Criterion.MaxPoints, Target, Value),
            (ScoringMethod.ProportionalToTarget, true) => string.Format(c, "tối đa {0} × kết quả {1} / chỉ tiêu {2}", Criterion.MaxPoints, Value, Target),
            (ScoringMethod.ProportionalToTarget, false) => string.Format(c, "max {0} × value {1} / target {2}", Criterion.MaxPoints, Value, Target),
            (ScoringMethod.Bands, true) => string.Format(c, "theo khung, tỷ lệ đạt {0:0.####}", AchievementRatio),
            (ScoringMethod.Bands, false) => string.Format(c, "by band, achievement ratio {0:0.####}", AchievementRatio),
            (ScoringMethod.YesNo, true) => Value == 1m ? "có: đủ điểm" : "không: 0 điểm",
            (ScoringMethod.YesNo, false) => Value == 1m ? "yes: full points" : "no: no points",
            (ScoringMethod.CouncilPoints, true) => string.Format(c, "Hội đồng chấm {0} điểm", Value),
            (ScoringMethod.CouncilPoints, false) => string.Format(c, "council gave {0} points", Value),
            (_, true) => string.Format(c, "{0} lần × {1} điểm, tối đa {2}", Value, Criterion.PointsPerUnit, Criterion.MaxPoints),
            _ => string.Format(c, "{0} × {1} points, cap {2}", Value, Criterion.PointsPerUnit, Criterion.MaxPoints),
        };
        string capped = Status == LineStatus.Capped ? (vi ? " (đã chặn ở mức tối đa)" : " (capped at the maximum)") : "";
        return string.Format(c, "{0}: {1}{2} = {3} / {4}{5}", Code, how, weight, Points, MaxPoints, capped);
    }
}
