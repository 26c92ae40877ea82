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
    private OrganizationScope(UnitTree tree, int? actorUnit)
    {
        Tree = tree;
        ActorUnit = actorUnit;
        Agency = actorUnit is { } unit ? tree.RootOf(unit) : null;
    }

    /// <summary>The agency kept (the root of its tree); null: the whole deployment.</summary>
    public int? Agency { get; }

    /// <summary>The unit the account is bound to; null: bound to none, the whole deployment.</summary>
    public int? ActorUnit { get; }

    public UnitTree Tree { get; }

    public bool IsWhole => Agency is null;

    /// <summary>
    /// <paramref name="actor"/>'s scope: the one the context was opened with for them (<see cref="ActorDbContexts"/>),
    /// else read now.
    /// </summary>
    public static async Task<OrganizationScope> OfAsync(EmulationDbContext db, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ActorScope is { } opened && opened.ActorUnit == ActorUnitOf(actor) ? opened : Of(await UnitTree.LoadAsync(db), actor);
    }

    /// <summary><paramref name="actor"/>'s scope over units the caller has already read.</summary>
    public static OrganizationScope Of(UnitTree tree, Actor actor) => new(tree, ActorUnitOf(actor));

    private static int? ActorUnitOf(Actor actor) => KeepsWhole(actor) ? null : actor.UnitId;

    /// <summary>Whether <paramref name="actor"/> keeps the whole deployment (for the pages that offer agencies and boards).</summary>
    public static bool KeepsWhole(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.UnitId is null;
    }

    /// <summary>
    /// The agency whose campaigns the actor sees and acts on, whatever their role (officer, leader, council member, head,
    /// administrator): the agency at the top of the tree their unit sits in (<see cref="AgencyAbove"/>). Null, every
    /// campaign, for an account bound to no unit (the whole deployment), for a receiving board's, which reaches an
    /// agency's work only through the dossiers sent to it (<see cref="Actor.RequireBoard"/>), and in a deployment whose
    /// units stand at the top with no agency above them (one organisation). A unit that no longer exists: no agency's.
    /// </summary>
    public int? CampaignAgency => ActorUnit is not { } unit ? null : Tree.Contains(unit) ? AgencyAbove(unit) : NoAgency;

    /// <summary>
    /// The units of <see cref="CampaignAgency"/>'s tree, whose records (sudden proposals, decisions outside a campaign)
    /// the actor reads; null: every unit's, as for every campaign.
    /// </summary>
    public List<int>? CampaignAgencyUnits => CampaignAgency is { } agency ? Tree.IdsUnder(agency) : null;

    /// <summary>An id no unit has: the campaigns of no agency.</summary>
    internal const int NoAgency = 0;

    /// <summary>
    /// The receiving board the actor works for (the board at the top of their unit's tree); null for an agency's account.
    /// A board reads an agency's campaign only through the dossiers sent to it (<see cref="EmulationDbContext.ReceivingBoard"/>).
    /// </summary>
    public int? ReceivingBoard => ActorUnit is { } unit && Tree.Contains(unit) && Tree.RootOf(unit) is var root &&
        Tree.KindOf(root) == UnitKind.ReceivingBoard ? root : null;

    /// <summary>
    /// Whether <paramref name="actor"/> sits on an agency's council and holds no role that keeps the whole deployment,
    /// yet is bound to no unit: in a deployment with agencies it sits on no council and reads no campaign until an
    /// administrator binds it to its agency (the council's seats are the agency's bound accounts).
    /// </summary>
    public static bool AwaitsCouncilBinding(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return AwaitsCouncilBinding(actor.Roles, bound: !KeepsWhole(actor));
    }

    /// <summary>The same rule over an account's roles and whether it is bound to a unit (the account list's note).</summary>
    public static bool AwaitsCouncilBinding(IEnumerable<string> roles, bool bound)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToList();
        return !bound && held.Contains(Roles.CouncilMember) &&
            !held.Any(r => r is Roles.Administrator or Roles.UnionOfficer or Roles.Leadership);
    }

    /// <summary>The agency at the top of <paramref name="unitId"/>'s tree; null for a board's or a unit with no agency above it.</summary>
    public int? AgencyAbove(int unitId) => Tree.RootOf(unitId) is var root && Tree.KindOf(root) == UnitKind.Agency ? root : null;

    /// <summary>
    /// The agency a new campaign belongs to (<paramref name="agency"/>; null in a deployment with no agency above its
    /// units): the actor's own; for an account keeping the whole deployment, the agency of the units its blocs name, else
    /// the deployment's only agency. False when it cannot be told (units of two agencies, or several agencies and none
    /// named): the account should be bound to its agency.
    /// </summary>
    public bool TryAgencyOfNewCampaign(IEnumerable<int> unitIds, out int? agency)
    {
        var named = unitIds.Select(AgencyAbove).Distinct().Take(2).ToList();
        var actorsAgency = Agency is { } own ? AgencyAbove(own) : null;
        agency = actorsAgency;
        if (actorsAgency is not null)
        {
            return named.All(a => a == actorsAgency);
        }

        agency = named switch
        {
            [var only] => only,
            [] => Tree.Agencies.Take(2).ToList() is [var one] ? one : null,
            _ => null,
        };
        return agency is not null || named.Count == 0 && !Tree.Agencies.Any();
    }

    /// <summary>
    /// The units of <paramref name="agency"/>'s tree, for filtering a query: those a campaign of that agency may rank.
    /// Every unit for a campaign of a deployment with no agency (null).
    /// </summary>
    public static async Task<IQueryable<Unit>> UnitsOfAgencyAsync(EmulationDbContext db, int? agency)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (agency is not { } root)
        {
            return db.Units;
        }

        var tree = db.ActorScope?.Tree ?? await UnitTree.LoadAsync(db);
        var ids = tree.IdsUnder(root);
        return db.Units.Where(u => ids.Contains(u.Id));
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
        if (Agency is not { } agency)
        {
            return units;
        }

        var ids = Tree.IdsUnder(agency);
        return units.Where(u => ids.Contains(u.Id));
    }
}
