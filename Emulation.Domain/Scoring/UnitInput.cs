namespace Emulation.Domain.Scoring;

/// <summary>A participating unit as the engine sees it: its pledged targets and reported values by criterion code.</summary>
public sealed record UnitInput(
    int UnitId,
    string Name,
    int? BlocId,
    IReadOnlyDictionary<string, decimal> Targets,
    IReadOnlyDictionary<string, decimal> Values,
    int Members,
    int WomenMembers)
{
    /// <summary>The unit's earlier collective awards (for streaks such as Art. 74's two excellent years).</summary>
    public IReadOnlyList<AwardRecord> Awards { get; init; } = [];

    /// <summary>
    /// Decree 152/2025 Art. 4(4): the unit is being inspected, or a complaint or denunciation about it is being verified,
    /// so its titles are deferred (still decided and explained) until that ends.
    /// </summary>
    public bool ProceedingsPending { get; init; }

    /// <summary>
    /// Whether the unit's results for the campaign are submitted (and not returned). Until they are, its head's ratings of
    /// its staff are a draft: the staff's titles are decided and explained but wait, and none is put to the council.
    /// </summary>
    public bool ResultsSubmitted { get; init; } = true;

    /// <summary>The unit's collective ratings of earlier years (and this year's, when already decided).</summary>
    public IReadOnlyList<UnitYearRating> YearRatings { get; init; } = [];
}
