using Emulation.Domain.Common;
using Emulation.Domain.Organization;

namespace Emulation.Domain.Results;

/// <summary>One person's record for one year: the facts award eligibility is decided on.</summary>
public sealed class StaffYearResult
{
    /// <summary>Initiatives recognised for one person in one year; a handful in practice.</summary>
    public const int MaxInitiatives = 100;

    /// <summary>Decree 90/2020 Art. 2(3): under six months' working time in the year, not rated.</summary>
    public const int MinMonthsToRate = 6;

    /// <summary>
    /// Decree 90/2020 Art. 2(3) as amended by Decree 48/2023: leave of three months or more caps the rating below "good".
    /// The text writes "from 3 to under 6 months" because more leave leaves under six months' working time, which is not
    /// rated; it is silent on exactly six months of leave beside six months at work, which is rated (the only bar is working
    /// time under six months) and kept under the cap, never above a person with five months' leave.
    /// </summary>
    public const int LeaveMonthsCappingRating = 3;

    /// <summary>The longest reason a head may give for months that differ from the positions'.</summary>
    public const int MonthsReasonMaxLength = 500;

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

    /// <summary>Maternity leave, work injury and state-sent training: counted as working time (Circular 01/2024 Art. 1(5)).</summary>
    public int MaternityLeaveMonths { get; private set; }

    /// <summary>Months of leave in the year (absence that is not working time), kept apart from the recruitment date.</summary>
    public int LeaveMonths { get; private set; }

    public DisciplineLevel Discipline { get; private set; }

    /// <summary>The disciplinary period of this year's discipline (Decree 152/2025 Art. 4(4)); null when not recorded.</summary>
    public DateOnly? DisciplineFrom { get; private set; }

    public DateOnly? DisciplineTo { get; private set; }
    public bool ProceedingsPending { get; private set; }
    public InitiativeLevel Initiative { get; private set; }

    /// <summary>
    /// Months of this year's working time spent in a former unit, as the head entered them: what the person's positions
    /// cannot tell (a move from outside the agency); 0 without a transfer.
    /// </summary>
    public int MonthsInFormerUnit { get; private set; }

    /// <summary>Whether the former unit's written opinion on this year (ý kiến nhận xét của đơn vị cũ) has been received.</summary>
    public bool FormerUnitOpinionReceived { get; private set; }

    /// <summary>
    /// Why the head recorded months on the staff (worked, maternity and leave) other than those the person's positions
    /// give for a year broken by a leaving; null when the record follows the positions or they give nothing to differ from.
    /// A reason makes the head's figure the one the evaluation reads (<see cref="MonthsWorkedGiven"/>).
    /// </summary>
    public string? MonthsWorkedReason { get; private set; }

    public static StaffYearResult Start(int personId, int unitId, int year) => new(personId, unitId, year);

    /// <param name="monthsWorked">Months at work this year from recruitment on, leave and maternity excluded.</param>
    /// <param name="leaveMonths">Months of leave: the only absence the Decree 90/2020 Art. 2(3) cap reads.</param>
    public Result Record(QualityRating rating, int monthsWorked, int maternityLeaveMonths, DisciplineLevel discipline,
        InitiativeLevel initiative, bool proceedingsPending = false, int leaveMonths = 0)
    {
        if (monthsWorked < 0 || maternityLeaveMonths < 0 || leaveMonths < 0 || monthsWorked + maternityLeaveMonths + leaveMonths > 12)
        {
            return Result.Failure(ResultErrors.InvalidMonths(PersonId));
        }

        // Decree 90/2020 Art. 2(3) as amended: under six months' working time (maternity counted) is not rated, whatever
        // the leave; three months of leave or more caps the rating. Months before recruitment are not leave.
        var monthsCounted = monthsWorked + maternityLeaveMonths;
        if (monthsCounted < MinMonthsToRate && rating != QualityRating.NotRated)
        {
            return Result.Failure(ResultErrors.TooFewMonthsToRate(PersonId));
        }

        if (leaveMonths >= LeaveMonthsCappingRating && rating is QualityRating.Good or QualityRating.Excellent)
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
        LeaveMonths = leaveMonths;
        if (discipline == DisciplineLevel.None)
        {
            DisciplineFrom = null;
            DisciplineTo = null;
        }
        Discipline = discipline;
        Initiative = initiative;
        ProceedingsPending = proceedingsPending;
        return Result.Success();
    }

    /// <summary>Records the disciplinary period of this year's discipline (Decree 152/2025 Art. 4(4)).</summary>
    public Result RecordDisciplinePeriod(DateOnly? from, DateOnly? to)
    {
        if (from is null != to is null || (from is { } f && to is { } t && (t < f || f.Year != Year)) ||
            (from is not null && Discipline == DisciplineLevel.None))
        {
            return Result.Failure(ResultErrors.InvalidDisciplinePeriod(PersonId));
        }

        DisciplineFrom = from;
        DisciplineTo = to;
        return Result.Success();
    }

    /// <summary>
    /// Records why the months on the staff recorded differ from <paramref name="monthsFromPositions"/>, those the
    /// person's positions give for a year broken by a leaving (null for an unbroken year: nothing to differ from). A
    /// different figure needs a reason; the same figure keeps none.
    /// </summary>
    public Result ExplainMonths(int? monthsFromPositions, string? reason)
    {
        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (monthsFromPositions is not { } derived || derived == MonthsWorked + MaternityLeaveMonths + LeaveMonths)
        {
            MonthsWorkedReason = null;
            return Result.Success();
        }

        if (text is null)
        {
            return Result.Failure(ResultErrors.MonthsReasonRequired(PersonId, derived));
        }

        if (text.Length > MonthsReasonMaxLength)
        {
            return Result.Failure(ResultErrors.MonthsReasonTooLong(PersonId));
        }

        MonthsWorkedReason = text;
        return Result.Success();
    }

    /// <summary>
    /// The months worked the evaluation reads (part-year staff): the head's own figure when they gave a reason for it,
    /// or when the positions show an unbroken year; otherwise the months the positions put the person on the staff, less
    /// the maternity and leave months recorded, so a record saved before a leaving was entered does not keep a whole year.
    /// </summary>
    public int MonthsWorkedGiven(YearOnStaff onStaff) => FollowsPositions(onStaff)
        ? Math.Max(0, onStaff.Months - MaternityLeaveMonths - LeaveMonths)
        : MonthsWorked;

    /// <summary>Whether <see cref="MonthsWorkedGiven"/> reads the positions rather than the head's figure.</summary>
    public bool FollowsPositions(YearOnStaff onStaff)
    {
        ArgumentNullException.ThrowIfNull(onStaff);
        return onStaff.Interrupted && onStaff.Year == Year && MonthsWorkedReason is null;
    }

    /// <summary>
    /// Records a transfer within the year: the months spent in the former unit (part of the working time, so no more
    /// than the months worked and on maternity leave) and whether that unit's opinion has been received.
    /// </summary>
    public Result RecordFormerUnit(int monthsInFormerUnit, bool opinionReceived)
    {
        if (monthsInFormerUnit < 0 || monthsInFormerUnit > 12 || monthsInFormerUnit > MonthsWorked + MaternityLeaveMonths)
        {
            return Result.Failure(ResultErrors.InvalidFormerUnitMonths(PersonId));
        }

        MonthsInFormerUnit = monthsInFormerUnit;
        FormerUnitOpinionReceived = opinionReceived;
        return Result.Success();
    }
}
