using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Scoring;

/// <summary>A unit's scored table: one line per criterion, the total (which may exceed 100 with bonuses).</summary>
public sealed class UnitScore
{
    private readonly ScoringTable _table;
    private readonly LineFigures[] _figures;
    private ScoreLine[]? _lines;

    /// <param name="figures">One per criterion of <paramref name="table"/>, in its order.</param>
    /// <param name="lowestTargetRatio">The weakest achievement ratio among the scored criteria with targets (missing as 0).</param>
    internal UnitScore(UnitInput unit, ScoringTable table, LineFigures[] figures, decimal? lowestTargetRatio)
    {
        Unit = unit;
        _table = table;
        _figures = figures;
        decimal total = 0m;
        int missing = 0;
        for (int i = 0; i < figures.Length; i++)
        {
            total += figures[i].Points;
            if (figures[i].Status == LineStatus.Missing)
            {
                missing++;
            }
        }

        Total = total;
        ScoredMaximum = table.ScoredMaximum;
        MissingCount = missing;
        LowestTargetRatio = lowestTargetRatio;
    }

    public int UnitId => Unit.UnitId;
    public string UnitName => Unit.Name;
    public int? BlocId => Unit.BlocId;
    public decimal Total { get; }

    /// <summary>The sum of the scored criteria's weighted maximums (bonuses and penalties excluded).</summary>
    public decimal ScoredMaximum { get; }

    /// <summary>Total as a percentage of <see cref="ScoredMaximum"/>.</summary>
    public decimal PercentOfMaximum => ScoredMaximum == 0m ? 0m : Math.Round(Total * 100m / ScoredMaximum, 2, MidpointRounding.AwayFromZero);

    public int MissingCount { get; }
    public bool HasMissing => MissingCount > 0;

    /// <summary>Why the ranking lacks this unit's figures; null when it lacks none.</summary>
    public MissingFigures? Missing =>
        !Unit.ResultsSubmitted ? new MissingFigures(true, [])
        : HasMissing ? new MissingFigures(false, [.. Lines.Where(l => l.Status == LineStatus.Missing).Select(l => l.Code)])
        : null;

    /// <summary>The weakest achievement ratio among targeted criteria (missing counts as 0); null without targets.</summary>
    public decimal? LowestTargetRatio { get; }

    /// <summary>One explained line per criterion, in code order; made on first read from what scoring decided, then kept.</summary>
    public IReadOnlyList<ScoreLine> Lines => _lines ?? Interlocked.CompareExchange(ref _lines, MakeLines(), null) ?? _lines;

    public ScoreLine? LineFor(string code)
    {
        int i = _table.IndexOf(code);
        return i < 0 ? null : Lines[i];
    }

    /// <summary>The weighted points of the criterion with <paramref name="code"/>, without making the lines; null when there is none.</summary>
    internal decimal? PointsFor(string code)
    {
        int i = _table.IndexOf(code);
        return i < 0 ? null : _figures[i].Points;
    }

    internal UnitInput Unit { get; }

    private ScoreLine[] MakeLines()
    {
        var lines = new ScoreLine[_figures.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = _figures[i].ToLine(_table.Criteria[i], _table.Maxima[i]);
        }

        return lines;
    }
}
