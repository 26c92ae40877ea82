using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;

namespace Emulation.Tests.Domain.Builders;

/// <summary>A person who, by default, is a good-rated Advanced Worker candidate in <see cref="InputBuilder.Year"/>.</summary>
public sealed class PersonBuilder(int personId, int unitId = 1)
{
    private readonly List<StaffYear> _history = [];
    private readonly List<AwardRecord> _awards = [];
    private Gender _gender = Gender.Male;
    private DateOnly _recruitedOn = new(2015, 1, 1);
    private StaffYear _current = new(InputBuilder.Year, QualityRating.Good, 12, 0, DisciplineLevel.None, InitiativeLevel.None);
    private bool _noCurrent;

    public PersonBuilder Woman()
    {
        _gender = Gender.Female;
        return this;
    }

    public PersonBuilder RecruitedOn(DateOnly date)
    {
        _recruitedOn = date;
        return this;
    }

    public PersonBuilder Rated(QualityRating rating) => With(_current with { Rating = rating });

    public PersonBuilder Initiative(InitiativeLevel level) => With(_current with { Initiative = level });

    public PersonBuilder Worked(int months, int maternity = 0) => With(_current with { MonthsWorked = months, MaternityLeaveMonths = maternity });

    /// <summary>This year's months worked counted from the positions (the head gave no figure of their own).</summary>
    public PersonBuilder MonthsFromPositions() => With(_current with { MonthsFromPositions = true });

    /// <summary>This year's months worked as the head recorded them against the positions, for <paramref name="reason"/>.</summary>
    public PersonBuilder MonthsRecordedBecause(string reason) => With(_current with { MonthsReason = reason });

    public PersonBuilder Leave(int worked, int leave) => With(_current with { MonthsWorked = worked, LeaveMonths = leave });

    /// <summary>This year's recognised initiatives, one level per initiative.</summary>
    public PersonBuilder Initiatives(params InitiativeLevel[] levels) =>
        With(_current with { Initiative = levels.DefaultIfEmpty(InitiativeLevel.None).Max(), Initiatives = levels });

    public PersonBuilder Disciplined(DisciplineLevel level) => With(_current with { Discipline = level });

    /// <summary>A discipline imposed <paramref name="yearsBack"/> years ago, with its period, on an otherwise good year.</summary>
    public PersonBuilder DisciplinedEarlier(int yearsBack, DateOnly from, DateOnly to)
    {
        _history.Add(new StaffYear(InputBuilder.Year - yearsBack, QualityRating.NotCompleted, 12, 0, DisciplineLevel.Reprimand,
            InitiativeLevel.None) { DisciplineFrom = from, DisciplineTo = to });
        return this;
    }

    /// <summary>A discipline recorded by year only (before periods were kept), <paramref name="yearsBack"/> years ago.</summary>
    public PersonBuilder DisciplinedEarlier(int yearsBack)
    {
        _history.Add(new StaffYear(InputBuilder.Year - yearsBack, QualityRating.NotCompleted, 12, 0, DisciplineLevel.Reprimand,
            InitiativeLevel.None));
        return this;
    }

    /// <summary>An earlier year with each recognised initiative listed.</summary>
    public PersonBuilder EarlierWithInitiatives(int yearsBack, QualityRating rating, params InitiativeLevel[] levels)
    {
        _history.Add(new StaffYear(InputBuilder.Year - yearsBack, rating, 12, 0, DisciplineLevel.None,
            levels.DefaultIfEmpty(InitiativeLevel.None).Max()) { Initiatives = levels });
        return this;
    }

    public PersonBuilder Pending() => With(_current with { ProceedingsPending = true });

    /// <summary>Transferred in this year after <paramref name="monthsInFormerUnit"/> months there, the former unit's opinion received or not.</summary>
    public PersonBuilder TransferredIn(int monthsInFormerUnit, bool opinionReceived) =>
        With(_current with { MonthsInFormerUnit = monthsInFormerUnit, FormerUnitOpinionReceived = opinionReceived });

    public PersonBuilder WithoutCurrentYear()
    {
        _noCurrent = true;
        return this;
    }

    /// <summary>An earlier year with <paramref name="leave"/> months of leave (not working time) and the rest worked.</summary>
    public PersonBuilder EarlierOnLeave(int yearsBack, QualityRating rating, int leave)
    {
        _history.Add(new StaffYear(InputBuilder.Year - yearsBack, rating, 12 - leave, 0, DisciplineLevel.None, InitiativeLevel.None)
        {
            LeaveMonths = leave,
        });
        return this;
    }

    /// <summary>
    /// An earlier year with <paramref name="maternity"/> months of maternity leave (or work injury, or state-sent training),
    /// which count as working time, and the rest worked.
    /// </summary>
    public PersonBuilder EarlierOnMaternity(int yearsBack, QualityRating rating, int maternity,
        InitiativeLevel initiative = InitiativeLevel.None)
    {
        _history.Add(new StaffYear(InputBuilder.Year - yearsBack, rating, 12 - maternity, maternity, DisciplineLevel.None, initiative));
        return this;
    }

    /// <summary>Earlier years: <paramref name="yearsBack"/> = 1 is last year.</summary>
    public PersonBuilder Earlier(int yearsBack, QualityRating rating, InitiativeLevel initiative = InitiativeLevel.None)
    {
        _history.Add(new StaffYear(InputBuilder.Year - yearsBack, rating, 12, 0, DisciplineLevel.None, initiative));
        return this;
    }

    public PersonBuilder Award(int yearsBack, Title title, AwardKind kind = AwardKind.Merit, string? decision = null, bool revoked = false)
    {
        _awards.Add(new AwardRecord(InputBuilder.Year - yearsBack, title, kind) { DecisionNumber = decision, Revoked = revoked });
        return this;
    }

    /// <summary>Fighter (CSTĐCS, merit) in each of the last <paramref name="years"/> years, rated excellent.</summary>
    public PersonBuilder FighterFor(int years, InitiativeLevel initiative = InitiativeLevel.None)
    {
        for (int back = 1; back <= years; back++)
        {
            Earlier(back, QualityRating.Excellent, initiative).Award(back, Title.GrassrootsEmulationFighter);
        }

        return this;
    }

    public PersonInput Build() =>
        new(personId, unitId, $"Người {personId}", _gender, _recruitedOn,
            _noCurrent ? [.. _history] : [.. _history, _current], [.. _awards]);

    private PersonBuilder With(StaffYear year)
    {
        _current = year;
        return this;
    }
}
