using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Organization;

/// <summary>
/// The deployment's units as trees: each agency's (its departments and centres under it) and each receiving board's
/// (a board stands alone). Read once per operation: a province holds a few hundred units.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, (int? Parent, UnitKind Kind, bool Active)> _units;

    private UnitTree(Dictionary<int, (int? Parent, UnitKind Kind, bool Active)> units) => _units = units;

    public static async Task<UnitTree> LoadAsync(EmulationDbContext db) =>
        new(await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Kind, Active = u.ClosedOn == null })
            .ToDictionaryAsync(u => u.Id, u => (u.ParentId, u.Kind, u.Active)));

    /// <summary>The tree of units a caller has already read whole, so that they are not read again.</summary>
    public static UnitTree From(IEnumerable<Unit> units) =>
        new(units.ToDictionary(u => u.Id, u => (u.ParentId, u.Kind, u.ClosedOn == null)));

    public bool Contains(int unitId) => _units.ContainsKey(unitId);

    /// <summary>The top of the tree <paramref name="unitId"/> sits in: its agency, or the board itself.</summary>
    public int RootOf(int unitId)
    {
        var unit = unitId;
        // A tree is a few levels deep; the bound only guards against a cycle the organisation's rules refuse anyway.
        for (var depth = 0; depth < _units.Count; depth++)
        {
            if (!_units.TryGetValue(unit, out var node) || node.Parent is not { } parent)
            {
                break;
            }

            unit = parent;
        }

        return unit;
    }

    public UnitKind? KindOf(int unitId) => _units.TryGetValue(unitId, out var node) ? node.Kind : null;

    /// <summary>Every unit's id, closed ones included.</summary>
    public IEnumerable<int> Ids => _units.Keys;

    /// <summary>The ids of the units in the tree topped by <paramref name="root"/> (itself included), closed ones included.</summary>
    public List<int> IdsUnder(int root) => [.. _units.Keys.Where(id => RootOf(id) == root)];

    /// <summary>The active agencies: the roots of kind <see cref="UnitKind.Agency"/> still open.</summary>
    public IEnumerable<int> Agencies =>
        _units.Where(u => u.Value is { Kind: UnitKind.Agency, Parent: null, Active: true }).Select(u => u.Key);
}
