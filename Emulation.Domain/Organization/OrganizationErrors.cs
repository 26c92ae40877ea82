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
}
