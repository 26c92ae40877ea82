using Emulation.Domain.Common;

namespace Emulation.Domain.Organization;

/// <summary>
/// A member of staff (cán bộ, công chức, viên chức, người lao động), with the positions held since recruitment
/// (<see cref="Tenures"/>). A person who leaves stays on file with the day and the reason: their records and awards
/// are never deleted.
/// </summary>
public sealed class Person
{
    public const int NameMaxLength = 120;
    public const int PositionMaxLength = 120;
    public const int CodeMaxLength = 20;
    public const int LeaveNoteMaxLength = 500;

    /// <summary>Room for the folded name and code (<see cref="SearchKey"/>).</summary>
    public const int SearchKeyMaxLength = NameMaxLength + CodeMaxLength + 1;

    private readonly List<PersonTenure> _tenures = [];

    private Person(string fullName, Gender gender, int unitId, DateOnly recruitedOn, string position)
    {
        FullName = fullName;
        Gender = gender;
        UnitId = unitId;
        RecruitedOn = recruitedOn;
        Position = position;
    }

    public int Id { get; private set; }
    public string FullName { get; private set; }

    /// <summary>The full name and code folded for look-ups (<see cref="SearchText"/>), kept in step with them.</summary>
    public string SearchKey { get; private set; } = "";
    public Gender Gender { get; private set; }

    /// <summary>The unit the person works in now (the current tenure's unit).</summary>
    public int UnitId { get; private set; }
    public DateOnly RecruitedOn { get; private set; }

    /// <summary>The position the person holds now (the current tenure's position).</summary>
    public string Position { get; private set; }

    /// <summary>The staff code other systems know the person by (mã cán bộ); unique, null for people entered without one.</summary>
    public string? Code { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>The last working day of a person who left; null while on the staff.</summary>
    public DateOnly? LeftOn { get; private set; }

    public LeaveReason? LeaveReason { get; private set; }

    /// <summary>The decision or note that goes with the leaving (optional).</summary>
    public string? LeaveNote { get; private set; }

    public bool IsActive => LeftOn is null;

    /// <summary>Positions held, in the order recorded (order by <see cref="PersonTenure.From"/> to read them in time); the latest is open while the person is on the staff.</summary>
    public IReadOnlyList<PersonTenure> Tenures => _tenures;

    public static Person Create(string fullName, Gender gender, int unitId, DateOnly recruitedOn, string position,
        string? code = null, DateOnly? dateOfBirth = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        if (dateOfBirth is { } born && born >= recruitedOn)
        {
            throw new BusinessRuleViolationException("PersonIsBornBeforeRecruitment",
                OrganizationErrors.BornAfterRecruitment(born, recruitedOn).Message);
        }

        var person = new Person(CleanText.Require(fullName, nameof(FullName)), gender, unitId, recruitedOn,
            CleanText.Require(position, nameof(Position)))
        {
            Code = CleanText.RequireOptional(code, nameof(Code)),
            DateOfBirth = dateOfBirth,
        };
        person._tenures.Add(PersonTenure.Open(unitId, person.Position, recruitedOn));
        person.RefreshSearchKey();
        return person;
    }

    private void RefreshSearchKey() => SearchKey = SearchText.Key(SearchKeyMaxLength, FullName, Code);

    /// <summary>
    /// Moves the person to another unit or position from <paramref name="on"/>: the current tenure ends the day before
    /// and a new one opens. Their yearly records keep the unit they were earned in, so their history follows them and
    /// the old unit's history stays intact. Refused for a person who left, before recruitment, or on or before the day
    /// the current tenure began (history is only ever added to the end).
    /// </summary>
    public Result Transfer(int unitId, string position, DateOnly on)
    {
        if (!IsActive)
        {
            return Result.Failure(OrganizationErrors.PersonLeft(Code ?? FullName));
        }

        if (on < RecruitedOn)
        {
            return Result.Failure(OrganizationErrors.TransferBeforeRecruitment(on, RecruitedOn));
        }

        if (string.IsNullOrWhiteSpace(position))
        {
            return Result.Failure(OrganizationErrors.PositionRequired());
        }

        if (CleanText.Refusal(position) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        var newPosition = CleanText.Normalize(position);
        if (unitId == UnitId && newPosition == Position)
        {
            return Result.Failure(OrganizationErrors.SameUnit(unitId));
        }

        var current = CurrentTenure();
        if (current is not null && on <= current.From)
        {
            return Result.Failure(OrganizationErrors.TransferBeforeCurrentTenure(on, current.From));
        }

        current?.End(on.AddDays(-1));
        _tenures.Add(PersonTenure.Open(unitId, newPosition, on));
        UnitId = unitId;
        Position = newPosition;
        return Result.Success();
    }

    /// <summary>
    /// The person's unit merged into <paramref name="successorId"/> on <paramref name="on"/>: they carry on in the
    /// successor in the same position. A tenure that began on or after that day was in the successor from its start.
    /// </summary>
    public void FollowMergedUnit(int successorId, DateOnly on)
    {
        var current = CurrentTenure();
        if (!IsActive || current is null || on <= current.From)
        {
            current?.FollowUnit(successorId);
        }
        else
        {
            current.End(on.AddDays(-1));
            _tenures.Add(PersonTenure.Open(successorId, Position, on));
        }

        UnitId = successorId;
    }

    /// <summary>
    /// Records a position held earlier (entered from the paper file): within the person's time on the staff and
    /// overlapping no other tenure, except that a period beginning where the first tenure begins takes that time
    /// from it (the first tenure is assumed to run from recruitment until the file says otherwise), so "recruited as
    /// an officer in 2005, specialist since 2012" is entered as 2005-2011 against a record that began in 2005.
    /// </summary>
    public Result AddPastTenure(int unitId, string position, DateOnly from, DateOnly to)
    {
        if (from < RecruitedOn)
        {
            return Result.Failure(OrganizationErrors.TenureBeforeRecruitment(from, RecruitedOn));
        }

        if (to < from)
        {
            return Result.Failure(OrganizationErrors.TenureEndsBeforeStart(from, to));
        }

        if (string.IsNullOrWhiteSpace(position))
        {
            return Result.Failure(OrganizationErrors.PositionRequired());
        }

        if (CleanText.Refusal(position) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        var overlapping = _tenures.Where(t => t.Overlaps(from, to)).ToList();
        var first = FirstTenure();
        var givesWay = overlapping.Count == 1 && overlapping[0] == first && first.From == from &&
            (first.To is null || to < first.To);
        if (overlapping.Count > 0 && !givesWay)
        {
            return Result.Failure(OrganizationErrors.TenureOverlaps(from, to, overlapping[0].From));
        }

        if (givesWay)
        {
            first!.MoveStart(to.AddDays(1));
        }

        _tenures.Add(PersonTenure.Past(unitId, CleanText.Normalize(position), from, to));
        return Result.Success();
    }

    /// <summary>Marks the person as no longer on the staff from the day after <paramref name="lastDay"/>.</summary>
    public Result Leave(LeaveReason reason, DateOnly lastDay, string? note)
    {
        if (!IsActive)
        {
            return Result.Failure(OrganizationErrors.PersonLeft(Code ?? FullName));
        }

        var current = CurrentTenure();
        if (lastDay < RecruitedOn || (current is not null && lastDay < current.From))
        {
            return Result.Failure(OrganizationErrors.LeaveBeforeCurrentTenure(lastDay, current?.From ?? RecruitedOn));
        }

        if (CleanText.Refusal(note, multiLine: true) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        current?.End(lastDay);
        LeftOn = lastDay;
        LeaveReason = reason;
        LeaveNote = string.IsNullOrWhiteSpace(note) ? null : CleanText.Normalize(note);
        return Result.Success();
    }

    /// <summary>
    /// The person comes back to the staff on <paramref name="on"/>, in <paramref name="unitId"/> as <paramref name="position"/>:
    /// the day after their last working day in the same place reopens the position they left (the leaving is undone);
    /// a later day, or another place, opens a new position from that day, and the time between stays a time away
    /// (<see cref="OnStaffDuring"/>). The leaving's reason and note go; the audit trail keeps them.
    /// </summary>
    public Result Return(DateOnly on, int unitId, string position)
    {
        if (LeftOn is not { } lastDay)
        {
            return Result.Failure(OrganizationErrors.PersonNotLeft(Code ?? FullName));
        }

        if (on <= lastDay)
        {
            return Result.Failure(OrganizationErrors.ReturnBeforeLeaving(on, lastDay));
        }

        if (string.IsNullOrWhiteSpace(position))
        {
            return Result.Failure(OrganizationErrors.PositionRequired());
        }

        if (CleanText.Refusal(position) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        var newPosition = CleanText.Normalize(position);
        var last = CurrentTenure();
        if (last is not null && last.To == lastDay && on == lastDay.AddDays(1) && last.UnitId == unitId && last.Position == newPosition)
        {
            last.Reopen();
        }
        else
        {
            _tenures.Add(PersonTenure.Open(unitId, newPosition, on));
        }

        LeftOn = null;
        LeaveReason = null;
        LeaveNote = null;
        UnitId = unitId;
        Position = newPosition;
        return Result.Success();
    }

    /// <summary>Corrects the personal details kept on file (name, gender, date of birth, recruitment day).</summary>
    public Result Correct(string fullName, Gender gender, DateOnly recruitedOn, DateOnly? dateOfBirth = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        if (dateOfBirth is { } born && born >= recruitedOn)
        {
            return Result.Failure(OrganizationErrors.BornAfterRecruitment(born, recruitedOn));
        }

        // The first tenure began on the recruitment day: it moves with it, as long as it still begins before it ends.
        var first = FirstTenure();
        var firstFollows = first is not null && first.From == RecruitedOn;
        var earliestOther = _tenures.Where(t => !firstFollows || t != first).Select(t => (DateOnly?)t.From).Min();
        if ((earliestOther is { } start && recruitedOn > start) ||
            (firstFollows && first!.To is { } end && recruitedOn > end))
        {
            return Result.Failure(OrganizationErrors.TenureBeforeRecruitment(earliestOther ?? first!.From, recruitedOn));
        }

        FullName = CleanText.Require(fullName, nameof(FullName));
        RefreshSearchKey();
        Gender = gender;
        if (firstFollows)
        {
            first!.MoveStart(recruitedOn);
        }

        RecruitedOn = recruitedOn;
        DateOfBirth = dateOfBirth ?? DateOfBirth;
        return Result.Success();
    }

    /// <summary>
    /// Whether the person was on the staff on some day of <paramref name="year"/>: a member of their unit for that
    /// year's emulation review. Someone who left before the year began, or was recruited after it ended, is not, so
    /// they count neither among the unit's members (the 70% of Law 06/2022 Art. 27–28) nor as a candidate.
    /// </summary>
    public bool OnStaffDuring(int year) =>
        RecruitedOn <= new DateOnly(year, 12, 31) && (LeftOn is not { } left || left >= new DateOnly(year, 1, 1)) &&
        !AwayThroughout(year);

    /// <summary>Whether the whole year falls between two positions: after the person left and before they came back.</summary>
    private bool AwayThroughout(int year)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var ordered = _tenures.OrderBy(t => t.From).ToList();
        return ordered.Zip(ordered.Skip(1)).Any(pair => pair.First.To is { } left && left < start && pair.Second.From > end);
    }

    /// <summary>
    /// The unit the person belonged to at the end of <paramref name="year"/> (or on their last day, if they left within
    /// it): the unit whose review covers them for that year, so a transfer on 1 July is reviewed by the new unit and one on
    /// 1 January of the next year by the old. Null when they were not on the staff during the year; the current unit
    /// for a record kept without positions.
    /// </summary>
    public int? UnitInYear(int year)
    {
        if (!OnStaffDuring(year))
        {
            return null;
        }

        var yearEnd = new DateOnly(year, 12, 31);
        var lastDay = LeftOn is { } left && left < yearEnd ? left : yearEnd;
        return _tenures.Count == 0 ? UnitId : TenureOn(lastDay)?.UnitId ?? UnitId;
    }

    /// <summary>
    /// Months of <paramref name="year"/> the person worked in another unit before they came to the reviewing one (a unit
    /// <paramref name="isReviewingUnit"/> accepts: itself and the units merged into it, so a merger is no transfer), read
    /// from their positions: the months from January, or their recruitment month, to the month before they arrived
    /// (moved on 1 or 15 July: six). 0 when their positions show no move into it within the year.
    /// </summary>
    public int MonthsInFormerUnitIn(int year, Func<int, bool> isReviewingUnit)
    {
        var lastElsewhere = _tenures.Where(t => !isReviewingUnit(t.UnitId)).MaxBy(t => t.From);
        if (lastElsewhere?.To is not { } leftFormer || _tenures.All(t => t.From <= leftFormer || !isReviewingUnit(t.UnitId)))
        {
            return 0;
        }

        var arrived = leftFormer.AddDays(1);
        if (arrived.Year != year)
        {
            return 0;
        }

        var firstMonth = RecruitedOn.Year == year ? RecruitedOn.Month : 1;
        return Math.Max(0, arrived.Month - firstMonth);
    }

    /// <summary>
    /// The stretches of <paramref name="year"/> the person was on the staff, from their positions (or, for a record kept
    /// without positions, from recruitment to leaving), and the months of working time they make.
    /// </summary>
    public YearOnStaff OnStaffIn(int year) => YearOnStaff.From(year, _tenures.Count == 0
        ? [(RecruitedOn, LeftOn)]
        : _tenures.Select(t => (t.From, t.To)));

    /// <summary>The position and unit held on <paramref name="day"/>, or null outside the person's time on the staff.</summary>
    public PersonTenure? TenureOn(DateOnly day) => _tenures.Find(t => t.Covers(day));

    private PersonTenure? CurrentTenure() => _tenures.MaxBy(t => t.From);

    private PersonTenure? FirstTenure() => _tenures.MinBy(t => t.From);
}
