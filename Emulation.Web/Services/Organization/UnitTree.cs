using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Organization;

/// <summary>
/// The deployment's units as trees: each agency's (its departments and centres under it) and each receiving board's
/// (a board stands alone). Immutable: one read is shared by every operation of the process until a unit changes
/// (<see cref="UnitTreeCache"/>), so each unit's root and each tree's units are worked out once, when it is read.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, (int? Parent, UnitKind Kind, bool Active)> _units;
    private readonly Dictionary<int, int> _roots;
    private readonly Dictionary<int, int[]> _idsUnder;

    private UnitTree(Dictionary<int, (int? Parent, UnitKind Kind, bool Active)> units)
    {
        _units = units;
        _roots = units.Keys.ToDictionary(id => id, WalkToRoot);
        _idsUnder = _roots.GroupBy(r => r.Value, r => r.Key).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// The current tree: the one this process keeps (<see cref="UnitTreeCache"/>), or read from
    /// <paramref name="db"/> now when it keeps none or the context is inside a transaction (which may hold unit
    /// changes of its own, not yet committed).
    /// </summary>
    public static Task<UnitTree> LoadAsync(EmulationDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.UnitTrees is { } kept && db.Database.CurrentTransaction is null
            ? kept.CurrentAsync(db, cancellationToken)
            : ReadAsync(db, cancellationToken);
    }

    /// <summary>The tree as the database holds it now, read whole.</summary>
    internal static async Task<UnitTree> ReadAsync(EmulationDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Kind, Active = u.ClosedOn == null })
            .ToDictionaryAsync(u => u.Id, u => (u.ParentId, u.Kind, u.Active), cancellationToken));

    /// <summary>The tree of units a caller has already read whole, so that they are not read again.</summary>
    public static UnitTree From(IEnumerable<Unit> units) =>
        new(units.ToDictionary(u => u.Id, u => (u.ParentId, u.Kind, u.ClosedOn == null)));

    public bool Contains(int unitId) => _units.ContainsKey(unitId);

    /// <summary>The top of the tree <paramref name="unitId"/> sits in: its agency, or the board itself.</summary>
    public int RootOf(int unitId) => _roots.TryGetValue(unitId, out var root) ? root : unitId;

    private int WalkToRoot(int unitId)
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

    /// <summary>
    /// The ids of the units in the tree topped by <paramref name="root"/> (itself included), closed ones included: a
    /// list of the caller's own, as the tree is shared.
    /// </summary>
    public List<int> IdsUnder(int root) => _idsUnder.TryGetValue(root, out var ids) ? [.. ids] : [];

    /// <summary>The active agencies: the roots of kind <see cref="UnitKind.Agency"/> still open.</summary>
    public IEnumerable<int> Agencies =>
        _units.Where(u => u.Value is { Kind: UnitKind.Agency, Parent: null, Active: true }).Select(u => u.Key);
}
