using Emulation.Domain.Common;

namespace Emulation.Domain.Campaigns;

/// <summary>One line of a campaign's scoring table (bảng chấm điểm).</summary>
public sealed class Criterion
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 300;
    public const int GroupMaxLength = 200;
    public const int UnitOfMeasureMaxLength = 50;

    /// <summary>The most points (or cap) a criterion may carry: a scoring table totals about 100, so anything above is a typing slip.</summary>
    public const decimal MaxPointsLimit = 1000m;

    private readonly List<ScoreBand> _bands = [];

    private Criterion(string code, string name, string group, CriterionKind kind, ScoringMethod method,
        CriterionDirection direction, decimal maxPoints, decimal weight, string unitOfMeasure, decimal pointsPerUnit)
    {
        Code = code;
        Name = name;
        Group = group;
        Kind = kind;
        Method = method;
        Direction = direction;
        MaxPoints = maxPoints;
        Weight = weight;
        UnitOfMeasure = unitOfMeasure;
        PointsPerUnit = pointsPerUnit;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string Group { get; private set; }
    public CriterionKind Kind { get; private set; }
    public ScoringMethod Method { get; private set; }
    public CriterionDirection Direction { get; private set; }
    public decimal MaxPoints { get; private set; }
    public decimal Weight { get; private set; }
    public string UnitOfMeasure { get; private set; }
    public decimal PointsPerUnit { get; private set; }
    public IReadOnlyList<ScoreBand> Bands => _bands;

    /// <summary>Whether the department pledges a target for this criterion.</summary>
    public bool NeedsTarget => Kind == CriterionKind.Scored &&
        Method is ScoringMethod.ProportionalToTarget or ScoringMethod.Bands;

    /// <summary>
    /// What is wrong with <paramref name="value"/> as a value of this criterion by its own rules, or null: negative, not
    /// 0 or 1 for a yes/no criterion, above the maximum for points the council gives. Entry and evaluation both ask here.
    /// </summary>
    public CriterionValueProblem? ProblemWith(decimal value) =>
        value < 0m ? CriterionValueProblem.Negative
        : Method == ScoringMethod.YesNo && value is not (0m or 1m) ? CriterionValueProblem.NotYesNo
        : Method == ScoringMethod.CouncilPoints && value > MaxPoints ? CriterionValueProblem.AboveMaxPoints
        : IsShare && value > 100m ? CriterionValueProblem.ShareAboveHundred
        : null;

    /// <summary>The unit of measure of a share (tỷ lệ): its figures lie between 0 and 100 and are averaged, never added up.</summary>
    public const string Percent = "%";

    /// <summary>Whether the criterion measures a share in percent.</summary>
    public bool IsShare => UnitOfMeasure.Trim() == Percent;

    public static Criterion Scored(string code, string name, string group, decimal maxPoints, string unitOfMeasure,
        ScoringMethod method = ScoringMethod.ProportionalToTarget,
        CriterionDirection direction = CriterionDirection.HigherIsBetter,
        decimal weight = 1m, IEnumerable<ScoreBand>? bands = null)
    {
        if (method == ScoringMethod.PerOccurrence)
        {
            throw new ArgumentException("Per-occurrence scoring is for bonus and penalty items.", nameof(method));
        }

        var criterion = new Criterion(Clean(code), Clean(name), CleanText.Require(group, nameof(Group)),
            CriterionKind.Scored, method, direction, maxPoints, weight, CleanText.Require(unitOfMeasure, nameof(UnitOfMeasure)), 0m);
        criterion._bands.AddRange((bands ?? []).OrderByDescending(b => b.MinRatio));
        return criterion;
    }

    public static Criterion Bonus(string code, string name, decimal pointsPerUnit, decimal cap, string unitOfMeasure) =>
        new(Clean(code), Clean(name), "Điểm thưởng", CriterionKind.Bonus, ScoringMethod.PerOccurrence,
            CriterionDirection.HigherIsBetter, cap, 1m, CleanText.Require(unitOfMeasure, nameof(UnitOfMeasure)), pointsPerUnit);

    public static Criterion Penalty(string code, string name, decimal pointsPerUnit, decimal cap, string unitOfMeasure) =>
        new(Clean(code), Clean(name), "Điểm trừ", CriterionKind.Penalty, ScoringMethod.PerOccurrence,
            CriterionDirection.LowerIsBetter, cap, 1m, CleanText.Require(unitOfMeasure, nameof(UnitOfMeasure)), pointsPerUnit);

    /// <summary>
    /// Rules for a band table: at least one band, shares of the maximum within 0..1, minimum ratios above zero,
    /// no two bands starting at the same ratio. Errors name the criterion <paramref name="code"/>.
    /// </summary>
    public static IEnumerable<DomainError> CheckBands(string code, IReadOnlyCollection<ScoreBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0)
        {
            yield return CampaignErrors.BandsMissing(code);
            yield break;
        }

        if (bands.Any(b => b.ShareOfMax is < 0 or > 1))
        {
            yield return CampaignErrors.BandShareOutOfRange(code);
        }

        if (bands.Any(b => b.MinRatio <= 0))
        {
            yield return CampaignErrors.BandRatioNotPositive(code);
        }

        if (bands.GroupBy(b => b.MinRatio).Any(g => g.Count() > 1))
        {
            yield return CampaignErrors.BandDuplicateRatio(code);
        }
    }

    /// <summary>A fresh, unsaved copy for another campaign (bands included).</summary>
    public Criterion Copy()
    {
        var copy = new Criterion(Code, Name, Group, Kind, Method, Direction, MaxPoints, Weight, UnitOfMeasure, PointsPerUnit);
        copy._bands.AddRange(_bands);
        return copy;
    }

    internal void ChangeMaxPoints(decimal maxPoints) => MaxPoints = maxPoints;

    /// <summary>Becomes <paramref name="other"/> in everything but its identity (a draft's line edited in place).</summary>
    internal void TakeOver(Criterion other)
    {
        (Code, Name, Group, Kind, Method, Direction) = (other.Code, other.Name, other.Group, other.Kind, other.Method, other.Direction);
        (MaxPoints, Weight, UnitOfMeasure, PointsPerUnit) = (other.MaxPoints, other.Weight, other.UnitOfMeasure, other.PointsPerUnit);
        _bands.Clear();
        _bands.AddRange(other._bands);
    }

    private static string Clean(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return CleanText.Require(text, nameof(text));
    }
}
