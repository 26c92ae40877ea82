using Emulation.Domain.Results;

namespace Emulation.Domain.Scoring;

/// <summary>One year of a person's record, as the eligibility rules read it.</summary>
/// <param name="MonthsWorked">Months at work in the year (from recruitment on), leave and maternity excluded.</param>
/// <param name="MaternityLeaveMonths">
/// Maternity leave, work injury and state-sent training: absent, but counted as working time (Circular 01/2024 Art. 1(5)).
/// </param>
/// <param name="Initiative">The highest level among the year's recognised initiatives (see <see cref="Initiatives"/>).</param>
public sealed record StaffYear(
    int Year,
    QualityRating Rating,
    int MonthsWorked,
    int MaternityLeaveMonths,
    DisciplineLevel Discipline,
    InitiativeLevel Initiative,
    bool ProceedingsPending = false)
{
    /// <summary>Months of leave (absence that is not working time); the Decree 90/2020 Art. 2(3) cap reads these.</summary>
    public int LeaveMonths { get; init; }

    /// <summary>
    /// Each initiative recognised this year, by level. Empty means the caller knows only <see cref="Initiative"/>, which then
    /// counts as one initiative of that level.
    /// </summary>
    public IReadOnlyList<InitiativeLevel> Initiatives { get; init; } = [];

    /// <summary>The disciplinary period of a discipline imposed this year (Decree 152/2025 Art. 4(4)); null when unknown.</summary>
    public DateOnly? DisciplineFrom { get; init; }

    /// <summary>The last day of that period; achievements count from the day after.</summary>
    public DateOnly? DisciplineTo { get; init; }

    /// <summary>
    /// Months of this year's working time spent in a former unit before a transfer (0 without one): the new unit reviews
    /// the year, on the former unit's opinion when these reach the rule set's <c>FormerUnitOpinionMinMonths</c>.
    /// </summary>
    public int MonthsInFormerUnit { get; init; }

    /// <summary>Whether the former unit's written opinion on this year has been received (read only after a transfer).</summary>
    public bool FormerUnitOpinionReceived { get; init; }

    /// <summary>
    /// Whether <see cref="MonthsWorked"/> was counted from the person's positions (a year broken by a leaving, the head
    /// giving no figure of their own) rather than recorded: the explanation says so.
    /// </summary>
    public bool MonthsFromPositions { get; init; }

    /// <summary>The head's reason for recording months other than the positions give; null for none.</summary>
    public string? MonthsReason { get; init; }

    /// <summary>How many of this year's initiatives are at <paramref name="level"/> or higher.</summary>
    public int InitiativesAtLeast(InitiativeLevel level)
    {
        if (Initiatives.Count == 0)
        {
            return Initiative >= level && level != InitiativeLevel.None ? 1 : 0;
        }

        int count = 0;
        for (int i = 0; i < Initiatives.Count; i++)
        {
            count += Initiatives[i] >= level ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The last day of this year's disciplinary period: the recorded end, or, for a discipline recorded by year only,
    /// the year's last day; null without discipline.
    /// </summary>
    public DateOnly? DisciplineEnd => Discipline == DisciplineLevel.None && DisciplineTo is null
        ? null
        : DisciplineTo ?? new DateOnly(Year, 12, 31);
}
