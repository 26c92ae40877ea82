using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>A person's history read for streaks: ratings by year and merit awards (sudden/thematic ones ignored).</summary>
/// <remarks>
/// Read once when built: years are indexed by age (this year is age 0) and merit CSTĐCS awards of the last
/// <see cref="Window"/> years kept as bits, so each streak step is a lookup rather than a scan of the history.
/// </remarks>
internal sealed class PersonRecord : RecommendationSubject
{
    /// <summary>How many years back the age index and the award bits reach; older years are found by a scan.</summary>
    private const int Window = 64;

    /// <summary>Slot a: the record for <c>Year - a</c>. The history itself when it is newest-first with no gap.</summary>
    private readonly StaffYear?[] _byAge;

    /// <summary>Whether <see cref="_byAge"/> holds every record, so a year it does not reach has none.</summary>
    private readonly bool _complete;

    /// <summary>Bit a: a merit CSTĐCS award for the year <c>Year - a</c>.</summary>
    private readonly ulong _fighterAwards;

    private readonly PersonRules _rules;

    /// <param name="unit">The person's unit in this evaluation, whose member counts the person's titles feed.</param>
    public PersonRecord(PersonInput person, int year, PersonRules rules, TitleTermsTable terms, UnitFacts unit)
        : base(terms)
    {
        Person = person;
        UnitId = person.UnitId;
        Unit = unit;
        Year = year;
        _rules = rules;
        var history = person.Years;
        if (IsNewestFirstWithoutGaps(history, year))
        {
            _byAge = history as StaffYear[] ?? [.. history];
            _complete = true;
            Current = _byAge.Length > 0 ? _byAge[0] : null;
        }
        else
        {
            _byAge = IndexByAge(history, year);
            Current = LastIn(history, year);
        }

        _fighterAwards = FighterAwardBits(ReadOnlyLists.AsSpan(person.Awards), year);
        (DisciplineEnd, NotCountedThrough) = DisciplineBound(history, year, rules.Rules.Individuals);
    }

    /// <summary>The end of the latest disciplinary period (harsher than the rule set allows) up to this year; null when none.</summary>
    public DateOnly? DisciplineEnd { get; }

    /// <summary>
    /// Decree 152/2025 Art. 4(4): the last year whose achievements do not count (the disciplinary period reaches into it);
    /// <see cref="int.MinValue"/> without discipline.
    /// </summary>
    public int NotCountedThrough { get; }

    public PersonInput Person { get; }
    public override int? PersonId => Person.PersonId;
    /// <summary>The person's unit, kept beside the statuses: every reader of the verdicts asks it, and the input is elsewhere in memory.</summary>
    public override int UnitId { get; }
    public override string Name => Person.FullName;
    public int Year { get; }
    public StaffYear? Current { get; }

    public UnitFacts Unit { get; }

    /// <summary>Whether the person's unit met every pledged target (a Giấy khen achievement).</summary>
    public bool UnitMetTargets => Unit.MetTargets;

    /// <summary>Titles the engine recommends this year (set stage by stage), which count as this year's titles.</summary>
    public bool AdvancedWorkerThisYear { get; set; }

    public bool FighterThisYear { get; set; }

    /// <summary>
    /// Whether this year's titles wait for the former unit's opinion: the person was transferred after working at least the
    /// rule set's months of the year there, and the opinion has not been received (Circular 01/2024).
    /// </summary>
    public bool AwaitsFormerUnitOpinion => Current is { MonthsInFormerUnit: > 0 } y && !y.FormerUnitOpinionReceived &&
        y.MonthsInFormerUnit >= _rules.Rules.Individuals.FormerUnitOpinionMinMonths;

    /// <summary>
    /// This year's titles wait: proceedings pending (Decree 152/2025 Art. 4(4)), the former unit's opinion awaited, or the
    /// unit's results not submitted (its head's ratings still a draft).
    /// </summary>
    public bool Waits => (Current?.ProceedingsPending ?? false) || AwaitsFormerUnitOpinion || !Unit.ResultsSubmitted;

    public bool Decide(Title title, List<Condition>? sink) =>
        IndividualEligibility.Decide(title, this, _rules.Rules, _rules.ReferenceDate, UnitMetTargets, sink);

    public override Condition[] ConditionsFor(Title title)
    {
        var sink = new List<Condition>(6);
        Decide(title, sink);
        return [.. sink];
    }

    public static bool IsGoodOrBetter(QualityRating rating) => rating is QualityRating.Good or QualityRating.Excellent;

    /// <summary>
    /// The rating a year serves streaks with: Decree 90/2020 Art. 2(3) as amended by Decree 48/2023 caps a year with three
    /// months' leave or more below "good", so a "good" or "excellent" recorded with such leave serves as "completed".
    /// </summary>
    public static QualityRating ServingRating(StaffYear year) =>
        year.LeaveMonths >= StaffYearResult.LeaveMonthsCappingRating && IsGoodOrBetter(year.Rating) ? QualityRating.Completed : year.Rating;

    public static int RatingRank(QualityRating rating) => rating == QualityRating.NotRated ? -1 : (int)rating;

    public StaffYear? In(int year)
    {
        long age = (long)Year - year;
        if (age >= 0 && age < _byAge.Length)
        {
            return _byAge[age];
        }

        return _complete ? null : FirstIn(Person.Years, year);
    }

    /// <summary>Whether a merit award of <paramref name="title"/> is recorded for <paramref name="year"/>.</summary>
    public bool HasMeritAward(Title title, int year)
    {
        long age = (long)Year - year;
        if (title == Title.GrassrootsEmulationFighter && age is >= 0 and < Window)
        {
            return (_fighterAwards & (1UL << (int)age)) != 0;
        }

        foreach (var a in ReadOnlyLists.AsSpan(Person.Awards))
        {
            if (a.Year == year && a.Title == title && a.CountsAsMerit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the person holds <paramref name="title"/> for <paramref name="year"/>: this year's recommendation or a merit award.</summary>
    public bool IsFighterIn(int year) =>
        year == Year ? FighterThisYear : HasMeritAward(Title.GrassrootsEmulationFighter, year);

    /// <summary>
    /// Whether the person was an Advanced Worker in <paramref name="year"/>: this year's recommendation, or a merit award of
    /// Lao động tiên tiến or of Chiến sĩ thi đua cơ sở (which presupposes it, Art. 23).
    /// </summary>
    public bool IsAdvancedWorkerIn(int year) =>
        year == Year ? AdvancedWorkerThisYear
            : HasMeritAward(Title.AdvancedWorker, year) || HasMeritAward(Title.GrassrootsEmulationFighter, year);

    /// <summary>Consecutive Lao động tiên tiến titles ending this year, none in or before <paramref name="afterYear"/>.</summary>
    public int AdvancedWorkerStreak(int afterYear = int.MinValue)
    {
        int streak = 0;
        for (int y = Year; y > afterYear && IsAdvancedWorkerIn(y); y--)
        {
            streak++;
        }

        return streak;
    }

    /// <summary>Consecutive CSTĐCS titles ending this year, none in or before <paramref name="afterYear"/>.</summary>
    public int FighterStreak(int afterYear = int.MinValue)
    {
        int streak = 0;
        for (int y = Year; y > afterYear && IsFighterIn(y); y--)
        {
            streak++;
        }

        return streak;
    }

    /// <summary>Consecutive years ending this year whose rating satisfies <paramref name="test"/>.</summary>
    public int RatingStreak(Func<QualityRating, bool> test, int afterYear = int.MinValue)
    {
        int streak = 0;
        for (int y = Year; y > afterYear && In(y) is { } record && test(ServingRating(record)); y--)
        {
            streak++;
        }

        return streak;
    }

    /// <summary>
    /// Recognised initiatives at <paramref name="level"/> or above in the last <paramref name="span"/> years (this one
    /// included, none in or before <paramref name="afterYear"/>), counted one by one. With <paramref name="servesOnce"/>,
    /// a year with a CSTĐCS title not earned by the <paramref name="fighterRating"/> used one of its initiatives for that
    /// title, which is left out and counted in <c>Used</c>.
    /// </summary>
    public (int Counted, int Used) InitiativeCount(int span, InitiativeLevel level, int afterYear, bool servesOnce,
        QualityRating fighterRating)
    {
        int counted = 0;
        int used = 0;
        for (int y = Year; y > Year - span && y > afterYear; y--)
        {
            if (In(y) is not { } record)
            {
                continue;
            }

            int n = record.InitiativesAtLeast(level);
            if (servesOnce && n > 0 && ServingRating(record) != fighterRating && IsFighterIn(y))
            {
                n--;
                used++;
            }

            counted += n;
        }

        return (counted, used);
    }

    /// <summary>The highest initiative level recognised in the last <paramref name="span"/> years (this one included), none in or before <paramref name="afterYear"/>.</summary>
    public InitiativeLevel HighestInitiative(int span, int afterYear)
    {
        var highest = InitiativeLevel.None;
        for (int y = Year; y > Year - span && y > afterYear; y--)
        {
            if (In(y) is { } record && record.Initiative > highest)
            {
                highest = record.Initiative;
            }
        }

        return highest;
    }

    /// <summary>
    /// Decree 152/2025 Art. 33(7): the latest merit award before this year of <paramref name="title"/>'s form or a higher
    /// one on its ladder (<see cref="AwardPeriodLadders"/>); null for a title on none. Of several in that year, the first.
    /// </summary>
    public AwardRecord? PreviousAwardAtOrAbove(Title title)
    {
        if (!AwardPeriodLadders.IsOnALadder(title))
        {
            return null;
        }

        AwardRecord? latest = null;
        foreach (var a in ReadOnlyLists.AsSpan(Person.Awards))
        {
            if (a.Year < Year && (latest is null || a.Year > latest.Year) && a.CountsAsMerit &&
                AwardPeriodLadders.StartsPeriodOf(a.Title, title))
            {
                latest = a;
            }
        }

        return latest;
    }

    /// <summary>CSTĐCS titles held from <paramref name="fromYear"/> to this year.</summary>
    public int CountFighterYears(int fromYear)
    {
        int count = 0;
        for (int y = Year; y >= fromYear; y--)
        {
            count += IsFighterIn(y) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Years rated excellent from <paramref name="fromYear"/> to this year.</summary>
    public int CountExcellentYears(int fromYear)
    {
        int count = 0;
        for (int y = Year; y >= fromYear; y--)
        {
            count += In(y) is { } record && ServingRating(record) == QualityRating.Excellent ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The latest year before this one with a merit award of <paramref name="title"/>, and how many of another kind
    /// (sudden, thematic, long-service, resistance) were ignored; revoked ones are neither.
    /// </summary>
    public (int? Year, int IgnoredNonMerit) PriorMeritAward(Title title)
    {
        int? latest = null;
        int ignored = 0;
        foreach (var a in ReadOnlyLists.AsSpan(Person.Awards))
        {
            if (a.Title != title || a.Year >= Year)
            {
                continue;
            }

            if (a.CountsAsMerit)
            {
                latest = latest is null ? a.Year : Math.Max(latest.Value, a.Year);
            }
            else if (!a.Revoked)
            {
                ignored++;
            }
        }

        return (latest, ignored);
    }

    /// <summary>The years of revoked merit awards, oldest first: they no longer count, and explanations name them.</summary>
    public IReadOnlyList<int> RevokedAwardYears()
    {
        var years = new List<int>();
        var awards = Person.Awards;
        for (int i = 0; i < awards.Count; i++)
        {
            if (awards[i].Revoked && awards[i].Year < Year)
            {
                years.Add(awards[i].Year);
            }
        }

        years.Sort();
        return years;
    }

    private static (DateOnly? End, int From) DisciplineBound(IReadOnlyList<StaffYear> history, int year, IndividualRules rules)
    {
        DateOnly? end = null;
        for (int i = 0; i < history.Count; i++)
        {
            var h = history[i];
            if (h.Year <= year && h.Discipline > rules.MaxDiscipline && h.DisciplineEnd is { } e && (end is null || e > end))
            {
                end = e;
            }
        }

        if (end is not { } last)
        {
            return (null, int.MinValue);
        }

        bool endsWithYear = last.Month == 12 && last.Day == 31;
        return (end, endsWithYear || !rules.YearOverlappingDisciplineCounts ? last.Year : last.Year - 1);
    }

    private static bool IsNewestFirstWithoutGaps(IReadOnlyList<StaffYear> history, int year)
    {
        if (history is StaffYear[] array)
        {
            for (int i = 0; i < array.Length; i++)
            {
                if (array[i].Year != year - i)
                {
                    return false;
                }
            }

            return true;
        }

        for (int i = 0; i < history.Count; i++)
        {
            if (history[i].Year != year - i)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Slot a holds the first record for <c>year - a</c>, for the ages the history reaches within the window.</summary>
    private static StaffYear?[] IndexByAge(IReadOnlyList<StaffYear> history, int year)
    {
        long oldest = -1;
        for (int i = 0; i < history.Count; i++)
        {
            long age = (long)year - history[i].Year;
            if (age is >= 0 and < Window && age > oldest)
            {
                oldest = age;
            }
        }

        var byAge = new StaffYear?[oldest + 1];
        for (int i = 0; i < history.Count; i++)
        {
            long age = (long)year - history[i].Year;
            if (age is >= 0 and < Window)
            {
                byAge[age] ??= history[i];
            }
        }

        return byAge;
    }

    private static StaffYear? FirstIn(IReadOnlyList<StaffYear> history, int year)
    {
        for (int i = 0; i < history.Count; i++)
        {
            if (history[i].Year == year)
            {
                return history[i];
            }
        }

        return null;
    }

    private static StaffYear? LastIn(IReadOnlyList<StaffYear> history, int year)
    {
        StaffYear? last = null;
        for (int i = 0; i < history.Count; i++)
        {
            if (history[i].Year == year)
            {
                last = history[i];
            }
        }

        return last;
    }

    private static ulong FighterAwardBits(ReadOnlySpan<AwardRecord> awards, int year)
    {
        ulong bits = 0;
        foreach (var a in awards)
        {
            long age = (long)year - a.Year;
            if (a.Title == Title.GrassrootsEmulationFighter && a.CountsAsMerit && age is >= 0 and < Window)
            {
                bits |= 1UL << (int)age;
            }
        }

        return bits;
    }
}

/// <summary>What every person's record in one evaluation decides by: the rule set and the reference date for months since recruitment.</summary>
internal sealed record PersonRules(RuleSet Rules, DateOnly ReferenceDate);
