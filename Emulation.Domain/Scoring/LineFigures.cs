using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Scoring;

/// <summary>
/// What scoring one criterion for one unit decides: the reported value and pledged target it read, the weighted
/// points and the status. A unit keeps one per criterion in an array; the <see cref="ScoreLine"/> that explains it
/// is made from these when the lines are first read.
/// </summary>
internal readonly struct LineFigures
{
    private readonly decimal _value;
    private readonly decimal _target;
    private readonly byte _status;
    private readonly bool _hasValue;
    private readonly bool _hasTarget;

    public LineFigures(decimal? value, decimal? target, decimal points, LineStatus status)
    {
        _value = value.GetValueOrDefault();
        _target = target.GetValueOrDefault();
        _hasValue = value.HasValue;
        _hasTarget = target.HasValue;
        Points = points;
        _status = (byte)status;
    }

    public decimal? Value => _hasValue ? _value : null;
    public decimal? Target => _hasTarget ? _target : null;
    public decimal Points { get; }
    public LineStatus Status => (LineStatus)_status;

    /// <summary>The explained line, its achievement ratio worked out again exactly as scoring worked it out.</summary>
    public ScoreLine ToLine(Criterion criterion, decimal maxPoints)
    {
        decimal? ratio = _hasValue && criterion.NeedsTarget && _hasTarget ? CriterionScorer.Ratio(criterion.Direction, _value, _target) : null;
        return new ScoreLine(criterion, Value, Target, ratio, Points, maxPoints, Status);
    }
}

/// <summary>The criteria of one evaluation in code order, with what every unit's scoring shares: each weighted maximum.</summary>
internal sealed class ScoringTable
{
    public ScoringTable(Criterion[] criteria)
    {
        Criteria = criteria;
        Maxima = Array.ConvertAll(criteria, CriterionScorer.WeightedMaximum);
        decimal scored = 0m;
        for (int i = 0; i < criteria.Length; i++)
        {
            if (criteria[i].Kind == CriterionKind.Scored)
            {
                scored += Maxima[i];
            }
        }

        ScoredMaximum = scored;
    }

    public Criterion[] Criteria { get; }

    /// <summary>Each criterion's <see cref="CriterionScorer.WeightedMaximum"/>, by position.</summary>
    public decimal[] Maxima { get; }

    /// <summary>The sum of the scored criteria's weighted maximums, the same for every unit.</summary>
    public decimal ScoredMaximum { get; }

    /// <summary>The position of the criterion with <paramref name="code"/>, or -1.</summary>
    public int IndexOf(string code)
    {
        for (int i = 0; i < Criteria.Length; i++)
        {
            if (Criteria[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }
}
