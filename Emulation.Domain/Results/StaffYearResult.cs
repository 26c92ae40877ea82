using Emulation.Domain.Common;

namespace Emulation.Domain.Results;

/// <summary>One person's record for one year: the facts award eligibility is decided on.</summary>
public sealed class StaffYearResult
{
    /// <summary>Initiatives recognised for one person in one year; a handful in practice.</summary>
    public const int MaxInitiatives = 100;

    public const int MinMonthsToRate = 6;
    public const int MonthsForGoodRating = 10;

    private StaffYearResult(int personId, int unitId, int year)
    {
        PersonId = personId;
        UnitId = unitId;
        Year = year;
    }

    public int Id { get; private set; }
    public int PersonId { get; private set; }
    public int UnitId { get; private set; }
    public int Year { get; private set; }
    public QualityRating Rating { get; private set; } = QualityRating.NotRated;
    public int MonthsWorked { get; private set; }
    public int MaternityLeaveMonths { get; private set; }
    public DisciplineLevel Discipline { get; private set; }
    public bool ProceedingsPending { get; private set; }
    public InitiativeLevel Initiative { get; private set; }

    public static StaffYearResult Start(int personId, int unitId, int year) => new(personId, unitId, year);

    public Result Record(QualityRating rating, int monthsWorked, int maternityLeaveMonths, DisciplineLevel discipline,
        InitiativeLevel initiative, bool proceedingsPending = false)
    {
        if (monthsWorked < 0 || maternityLeaveMonths < 0 || monthsWorked + maternityLeaveMonths > 12)
        {
            return Result.Failure(ResultErrors.InvalidMonths(PersonId));
        }

        // Decree 90/2020 as amended: under six months' work is not rated; three to six months away caps the rating.
        var monthsCounted = monthsWorked + maternityLeaveMonths;
        if (monthsCounted < MinMonthsToRate && rating != QualityRating.NotRated)
        {
            return Result.Failure(ResultErrors.TooFewMonthsToRate(PersonId));
        }

        if (monthsCounted is >= MinMonthsToRate and < MonthsForGoodRating &&
            rating is QualityRating.Good or QualityRating.Excellent)
        {
            return Result.Failure(ResultErrors.AbsenceCapsRating(PersonId));
        }

        if (discipline != DisciplineLevel.None && rating is not (QualityRating.NotCompleted or QualityRating.NotRated))
        {
            return Result.Failure(ResultErrors.DisciplineMeansNotCompleted(PersonId));
        }

        Rating = rating;
        MonthsWorked = monthsWorked;
        MaternityLeaveMonths = maternityLeaveMonths;
        Discipline = discipline;
        Initiative = initiative;
        ProceedingsPending = proceedingsPending;
        return Result.Success();
    }
}
