using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>A person's history read for streaks: ratings by year and merit awards (sudden/thematic ones ignored).</summary>
internal sealed class PersonRecord : IConditionSource
{
    private readonly StaffYear[] _years;

    private readonly RuleSet _rules;
    private readonly DateOnly _referenceDate;

    public PersonRecord(PersonInput person, int year, RuleSet rules, DateOnly referenceDate)
    {
        Person = person;
        Year = year;
        _rules = rules;
        _referenceDate = referenceDate;
        _years = new StaffYear[person.Years.Count];
        for (int i = 0; i < _years.Length; i++)
        {
            _years[i] = person.Years[i];
            if (_years[i].Year == year)
            {
                Current = _years[i];
            }
        }
    }

    public PersonInput Person { get; }
    public int Year { get; }
    public StaffYear? Current { get; }

    /// <summary>Whether the person's unit met every pledged target (a Giấy khen achievement).</summary>
    public bool UnitMetTargets { get; set; }

    /// <summary>Titles the engine recommends this year (set stage by stage), which count as this year's titles.</summary>
    public bool AdvancedWorkerThisYear { get; set; }

    public bool FighterThisYear { get; set; }

    public bool Decide(Title title, List<Condition>? sink) =>
        IndividualEligibility.Decide(title, this, _rules, _referenceDate, UnitMetTargets, sink);

    public Condition[] ConditionsFor(Title title)
    {
        var sink = new List<Condition>(6);
        Decide(title, sink);
        return [.. sink];
    }

    public static bool IsGoodOrBetter(QualityRating rating) => rating is QualityRating.Good or QualityRating.Excellent;

    public static int RatingRank(QualityRating rating) => rating == QualityRating.NotRated ? -1 : (int)rating;

    public StaffYear? In(int year)
    {
        foreach (var y in _years)
        {
            if (y.Year == year)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>Whether a merit award of <paramref name="title"/> is recorded for <paramref name="year"/>.</summary>
    public bool HasMeritAward(Title title, int year)
    {
        foreach (var a in Person.Awards)
        {
            if (a.Year == year && a.Title == title && a.Kind == AwardKind.Merit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the person holds <paramref name="title"/> for <paramref name="year"/>: this year's recommendation or a merit award.</summary>
    public bool IsFighterIn(int year) =>
        year == Year ? FighterThisYear : HasMeritAward(Title.GrassrootsEmulationFighter, year);

    /// <summary>Consecutive CSTĐCS titles ending this year.</summary>
    public int FighterStreak()
    {
        int streak = 0;
        for (int y = Year; IsFighterIn(y); y--)
        {
            streak++;
        }

        return streak;
    }

    /// <summary>Consecutive years ending this year whose rating satisfies <paramref name="test"/>.</summary>
    public int RatingStreak(Func<QualityRating, bool> test, int afterYear = int.MinValue)
    {
        int streak = 0;
        for (int y = Year; y > afterYear && In(y) is { } record && test(record.Rating); y--)
        {
            streak++;
        }

        return streak;
    }

    /// <summary>Years in the last <paramref name="span"/> years (this one included) with an initiative at <paramref name="level"/> or above.</summary>
    public int InitiativeYears(int span, InitiativeLevel level)
    {
        int count = 0;
        for (int y = Year; y > Year - span; y--)
        {
            if (In(y) is { } record && record.Initiative >= level)
            {
                count++;
            }
        }

        return count;
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
            count += In(y)?.Rating == QualityRating.Excellent ? 1 : 0;
        }

        return count;
    }

    /// <summary>The latest year before this one with a merit award of <paramref name="title"/>, and how many non-merit ones were ignored.</summary>
    public (int? Year, int IgnoredNonMerit) PriorMeritAward(Title title)
    {
        int? latest = null;
        int ignored = 0;
        foreach (var a in Person.Awards)
        {
            if (a.Title != title || a.Year >= Year)
            {
                continue;
            }

            if (a.Kind == AwardKind.Merit)
            {
                latest = latest is null ? a.Year : Math.Max(latest.Value, a.Year);
            }
            else if (a.Kind is AwardKind.Sudden or AwardKind.Thematic)
            {
                ignored++;
            }
        }

        return (latest, ignored);
    }
}
