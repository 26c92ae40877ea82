using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Organization;

/// <summary>
/// The part of the deployment a keeper of the organisation (an administrator, a union officer) answers for. An account
/// bound to no unit keeps the whole deployment: every agency and the receiving boards (the province's administrator, or
/// the only agency's in a deployment of one). An account bound to an agency, or to a unit of one, keeps that agency's
/// tree only: its units, its people and the accounts bound to them; never another agency's nor a board.
/// </summary>
public sealed class OrganizationScope
{
    private OrganizationScope(UnitTree tree, int? agency)
    {
        Tree = tree;
        Agency = agency;
    }

    /// <summary>The agency kept (the root of its tree); null: the whole deployment.</summary>
    public int? Agency { get; }

    public UnitTree Tree { get; }

    public bool IsWhole => Agency is null;

    public static async Task<OrganizationScope> OfAsync(EmulationDbContext db, Actor actor)
    {
        var tree = await UnitTree.LoadAsync(db);
        return new OrganizationScope(tree, KeepsWhole(actor) ? null : tree.RootOf(actor.UnitId!.Value));
    }

    /// <summary>Whether <paramref name="actor"/> keeps the whole deployment (for the pages that offer agencies and boards).</summary>
    public static bool KeepsWhole(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.UnitId is null;
    }

    /// <summary>Whether <paramref name="unitId"/> lies in the scope (every unit, for the whole deployment).</summary>
    public bool Covers(int unitId) => Agency is not { } agency || Tree.RootOf(unitId) == agency;

    /// <summary>
    /// Whether an account lies in the scope: it belongs to the tree of its unit or, bound to none, of its person's unit;
    /// an account bound to neither belongs to the deployment as a whole.
    /// </summary>
    public bool CoversAccount(int? accountUnit, int? personUnit) =>
        IsWhole || ((accountUnit ?? personUnit) is { } unit && Covers(unit));

    /// <summary>Refuses <paramref name="actor"/> a unit outside the scope, as another unit is refused to a head.</summary>
    public void Require(Actor actor, int unitId)
    {
        if (!Covers(unitId))
        {
            throw new AccessDeniedException($"{actor.UserName} keeps another agency than the one of unit {unitId}.");
        }
    }

    /// <summary>Only the whole deployment's keeper creates agencies and receiving boards, and keeps the boards.</summary>
    public void RequireWhole(Actor actor)
    {
        if (!IsWhole)
        {
            throw new AccessDeniedException($"{actor.UserName} keeps one agency, not the deployment's agencies and boards.");
        }
    }

    /// <summary>
    /// The parent a new unit is put under when none is named: the scope's agency, else the only agency of the deployment;
    /// null when there are several (the keeper must say which).
    /// </summary>
    public int? DefaultParent => Agency ?? (Tree.Agencies.Take(2).ToList() is [var only] ? only : null);

    /// <summary>The units of the scope, for filtering a query.</summary>
    public IQueryable<Unit> Units(IQueryable<Unit> units)
    {
        if (IsWhole)
        {
            return units;
        }

        var ids = Tree.Ids.Where(Covers).ToList();
        return units.Where(u => ids.Contains(u.Id));
    }
}
