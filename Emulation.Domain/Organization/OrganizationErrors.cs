using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Domain.Organization;

public static class OrganizationErrors
{
    public static DomainError UnitClosed(string code) =>
        new("organization.unit_closed", $"Unit {code} has already ended.", code);

    public static DomainError NameUnchanged(string code) =>
        new("organization.name_unchanged", $"Unit {code} already has that name.", code);

    public static DomainError NameRequired() => new("organization.name_required", "A name is required.");

    /// <summary>No unit was chosen, or the chosen unit no longer exists.</summary>
    public static DomainError UnitRequired() => new("organization.unit_required", "Choose a unit.");

    public static DomainError MergeNeedsTwo() =>
        new("organization.merge_needs_two", "A merger needs at least two units.");

    public static DomainError SplitNeedsTwo() =>
        new("organization.split_needs_two", "A split needs at least two new units.");

    public static DomainError SameUnit(int unitId) =>
        new("organization.same_unit", "The person is already in that unit.", unitId.ToString(CultureInfo.InvariantCulture));

    public static DomainError OwnAncestor(string code) =>
        new("organization.own_ancestor", $"Unit {code} cannot belong to one of its own sub-units.", code);

    public static DomainError OwnParent(string code) =>
        new("organization.own_parent", $"Unit {code} cannot belong to itself.", code);

    public static DomainError PersonLeft(string who) =>
        new("organization.person_left", $"{who} has left the staff; their history stays but nothing more can change it.", who);

    public static DomainError TransferBeforeRecruitment(DateOnly on, DateOnly recruitedOn) =>
        new("organization.transfer_before_recruitment",
            $"A transfer on {Day(on)} is before the person was recruited ({Day(recruitedOn)}).", Day(recruitedOn));

    public static DomainError TransferBeforeCurrentTenure(DateOnly on, DateOnly currentFrom) =>
        new("organization.transfer_before_current_tenure",
            $"A transfer on {Day(on)} must come after the current position began ({Day(currentFrom)}).", Day(currentFrom));

    public static DomainError TenureBeforeRecruitment(DateOnly from, DateOnly recruitedOn) =>
        new("organization.tenure_before_recruitment",
            $"A position held from {Day(from)} is before the person was recruited ({Day(recruitedOn)}).", Day(recruitedOn));

    public static DomainError TenureEndsBeforeStart(DateOnly from, DateOnly to) =>
        new("organization.tenure_ends_before_start", $"A position cannot end ({Day(to)}) before it begins ({Day(from)}).", Day(from));

    public static DomainError TenureOverlaps(DateOnly from, DateOnly to, DateOnly otherFrom) =>
        new("organization.tenure_overlaps",
            $"The period {Day(from)} to {Day(to)} overlaps the position held from {Day(otherFrom)}.", Day(otherFrom));

    public static DomainError LeaveBeforeCurrentTenure(DateOnly lastDay, DateOnly currentFrom) =>
        new("organization.leave_before_current_tenure",
            $"The last working day {Day(lastDay)} is before the current position began ({Day(currentFrom)}).", Day(currentFrom));

    public static DomainError PersonNotLeft(string who) =>
        new("organization.person_not_left", $"{who} is on the staff: there is no leaving to come back from.", who);

    public static DomainError ReturnBeforeLeaving(DateOnly on, DateOnly lastDay) =>
        new("organization.return_before_leaving",
            $"The day back ({Day(on)}) must come after the last working day ({Day(lastDay)}).", Day(lastDay));

    public static DomainError BornAfterRecruitment(DateOnly born, DateOnly recruitedOn) =>
        new("organization.born_after_recruitment",
            $"The date of birth {Day(born)} is not before the recruitment day {Day(recruitedOn)}.", Day(born));

    public static DomainError UnitHasStaff(string code, int staff) =>
        new("organization.unit_has_staff", $"Unit {code} still has {staff} people on its staff; transfer them first.", code);

    public static DomainError UnitHasSubUnits(string code, int units) =>
        new("organization.unit_has_sub_units", $"Unit {code} still has {units} active units under it.", code);

    public static DomainError PositionRequired() => new("organization.position_required", "A position is required.");

    /// <summary>Days in an error's item are ISO dates; the UI formats them in the reader's culture.</summary>
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
