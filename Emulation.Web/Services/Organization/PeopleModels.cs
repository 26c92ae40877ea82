using Emulation.Domain.Organization;

namespace Emulation.Web.Services.Organization;

/// <summary>Which people a list shows: those on the staff, those who left, or everyone.</summary>
public enum PersonState
{
    Active,
    Left,
    All,
}

/// <summary>A search of the staff list: part of a name or code (marks ignored), a unit, a state.</summary>
public sealed record PeopleFilter(string? Search = null, int? UnitId = null, PersonState State = PersonState.Active);

public sealed record PersonRow(int Id, string? Code, string FullName, Gender Gender, DateOnly? DateOfBirth, int UnitId,
    string UnitName, string Position, DateOnly RecruitedOn, DateOnly? LeftOn, LeaveReason? LeaveReason);

public sealed record PeopleListPage(IReadOnlyList<PersonRow> Rows, int Total);

/// <summary>A position held: where, what, from, to (null while held).</summary>
public sealed record TenureRow(string UnitName, string Position, DateOnly From, DateOnly? To);

public sealed record PersonDetails(PersonRow Person, string? LeaveNote, IReadOnlyList<TenureRow> Tenures);

/// <summary>A new member of staff, as the page's form and the import hand it in.</summary>
public sealed record NewPerson(string Code, string FullName, Gender Gender, DateOnly? DateOfBirth, int UnitId,
    string Position, DateOnly RecruitedOn);

/// <summary>The personal details an administrator may correct; the unit and position change only by a transfer.</summary>
public sealed record PersonCorrection(string FullName, Gender Gender, DateOnly? DateOfBirth, DateOnly RecruitedOn);

/// <summary>A transfer to another unit or position, effective on a day.</summary>
public sealed record PersonTransfer(int UnitId, string Position, DateOnly On);

/// <summary>A person leaving the staff: why, the last working day, an optional note (the decision's number).</summary>
public sealed record PersonLeaving(LeaveReason Reason, DateOnly LastDay, string? Note);

/// <summary>A person who left coming back: the first day back, and the unit and position they take up.</summary>
public sealed record PersonReturn(DateOnly On, int UnitId, string Position);
