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

    /// <summary>The criterion scored, whose maximum, weight and direction explain the points.</summary>
    public Criterion Criterion { get; }
}
