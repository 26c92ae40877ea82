using Emulation.Domain.Common;

namespace Emulation.Domain.Organization;

/// <summary>A department, centre or public service unit of the agency (a collective in award terms).</summary>
public sealed class Unit
{
    /// <summary>Units one request may name (a bloc's members); an organisation has tens, a province a few hundred.</summary>
    public const int MaxUnitsNamed = 2000;

    /// <summary>People of one unit one request may name (a pledge's people).</summary>
    public const int MaxStaffNamed = 5000;

    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 20;

    /// <summary>Room for the folded name and code (<see cref="SearchKey"/>).</summary>
    public const int SearchKeyMaxLength = NameMaxLength + CodeMaxLength + 1;

    private readonly List<UnitName> _formerNames = [];

    private Unit(string code, string name, UnitKind kind)
    {
        Code = code;
        Name = name;
        Kind = kind;
        RefreshSearchKey();
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }

    /// <summary>The name and code folded for look-ups (<see cref="SearchText"/>), kept in step with them.</summary>
    public string SearchKey { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public int? ParentId { get; private set; }

    /// <summary>The day the unit ended (merged or split away); null while it is active.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public bool IsActive => ClosedOn is null;
    public IReadOnlyList<UnitName> FormerNames => _formerNames;

    /// <summary>A new unit; the blocs it is ranked in belong to each campaign (<see cref="BlocMember"/>).</summary>
    public static Unit Create(string code, string name, UnitKind kind, int? parentId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Unit(CleanText.Require(code, nameof(Code)), CleanText.Require(name, nameof(Name)), kind)
        {
            ParentId = parentId,
        };
    }

    /// <summary>
    /// Changes what kind of unit this is and which unit it belongs to; a closed unit stays as it ended, and no unit
    /// belongs to itself, directly or through its new parent's own parents (<paramref name="parentOf"/>: each unit's
    /// parent, for walking up from <paramref name="parentId"/>). A unit becomes a receiving board only once its
    /// <paramref name="staff"/> and <paramref name="subUnits"/> have moved, and then belongs to no unit.
    /// </summary>
    public Result Reclassify(UnitKind kind, int? parentId, IReadOnlyDictionary<int, int?>? parentOf = null, int staff = 0,
        int subUnits = 0)
    {
        if (!IsActive)
        {
            return Result.Failure(OrganizationErrors.UnitClosed(Code));
        }

        if (parentId == Id && Id != 0)
        {
            return Result.Failure(OrganizationErrors.OwnParent(Code));
        }

        if (Id != 0 && parentOf is not null && IsAncestorOf(parentId, parentOf))
        {
            return Result.Failure(OrganizationErrors.OwnAncestor(Code));
        }

        if (kind == UnitKind.ReceivingBoard)
        {
            // A receiving board is a node of its own outside the agency's tree: nobody of the agency works in it.
            if (staff > 0)
            {
                return Result.Failure(OrganizationErrors.UnitHasStaff(Code, staff));
            }

            if (subUnits > 0)
            {
                return Result.Failure(OrganizationErrors.UnitHasSubUnits(Code, subUnits));
            }

            parentId = null;
        }

        Kind = kind;
        ParentId = parentId;
        return Result.Success();
    }

    /// <summary>Whether this unit is <paramref name="unitId"/> or one of its parents (a broken chain stops the walk).</summary>
    private bool IsAncestorOf(int? unitId, IReadOnlyDictionary<int, int?> parentOf)
    {
        var seen = new HashSet<int>();
        for (var current = unitId; current is { } id && seen.Add(id); current = parentOf.GetValueOrDefault(id))
        {
            if (id == Id)
            {
                return true;
            }
        }

        return false;
    }

    private void RefreshSearchKey() => SearchKey = SearchText.Key(SearchKeyMaxLength, Name, Code);

    /// <summary>Renames the unit from <paramref name="on"/>; the old name is kept with the day it ended.</summary>
    public Result Rename(string newName, DateOnly on)
    {
        if (!IsActive)
        {
            return Result.Failure(OrganizationErrors.UnitClosed(Code));
        }

        if (string.IsNullOrWhiteSpace(newName))
        {
            return Result.Failure(OrganizationErrors.NameRequired());
        }

        if (CleanText.Refusal(newName) is { } unclean)
        {
            return Result.Failure(unclean);
        }

        if (CleanText.Normalize(newName) == Name)
        {
            return Result.Failure(OrganizationErrors.NameUnchanged(Code));
        }

        _formerNames.Add(UnitName.Former(Name, on.AddDays(-1)));
        Name = CleanText.Normalize(newName);
        RefreshSearchKey();
        return Result.Success();
    }

    /// <summary>The name the unit had on <paramref name="day"/>.</summary>
    public string NameOn(DateOnly day) =>
        _formerNames.Where(n => n.Until >= day).OrderBy(n => n.Until).Select(n => n.Name).FirstOrDefault() ?? Name;

    /// <summary>
    /// Retires the unit from <paramref name="on"/> (it ends the day before), keeping its name, awards and people's
    /// past records. Refused while people are still on its staff (transfer them first: their tenure must say where they
    /// went) or while an active unit still belongs to it.
    /// </summary>
    public Result Retire(DateOnly on, int staffOnRoll, int activeSubUnits)
    {
        if (!IsActive)
        {
            return Result.Failure(OrganizationErrors.UnitClosed(Code));
        }

        var errors = new List<DomainError>();
        if (staffOnRoll > 0)
        {
            errors.Add(OrganizationErrors.UnitHasStaff(Code, staffOnRoll));
        }

        if (activeSubUnits > 0)
        {
            errors.Add(OrganizationErrors.UnitHasSubUnits(Code, activeSubUnits));
        }

        return errors.Count > 0 ? Result.Failure(errors) : Close(on);
    }

    internal Result Close(DateOnly on)
    {
        if (!IsActive)
        {
            return Result.Failure(OrganizationErrors.UnitClosed(Code));
        }

        ClosedOn = on.AddDays(-1);
        return Result.Success();
    }
}
