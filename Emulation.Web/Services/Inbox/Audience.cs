using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Services.Organization;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// Which tree of units a notice belongs to, and so which accounts holding its role may be told. A deployment holds the
/// agency's tree and the receiving boards beside it (and may hold more than one tree): a step of one tree reaches the
/// role's accounts in that tree only, never every account holding the role. Accounts bound to no unit (union officers,
/// leaders, council members, administrators of a deployment of one agency) are the agency level's; an account bound to
/// a unit, or to an agency itself, belongs to the tree that unit sits in.
/// </summary>
internal sealed class Audience
{
    private readonly UnitTree _tree;

    private Audience(UnitTree tree) => _tree = tree;

    public static async Task<Audience> LoadAsync(EmulationDbContext db) => new(await UnitTree.LoadAsync(db));

    /// <summary>Whether the deployment holds agencies: then a council account bound to none sits on no council.</summary>
    public bool HasAgencies => _tree.Agencies.Any();

    /// <summary>The top of the tree <paramref name="unitId"/> sits in: its agency, or the board itself.</summary>
    private int RootOf(int unitId) => _tree.RootOf(unitId);

    /// <summary>
    /// Whether an account bound to <paramref name="accountUnit"/> belongs to the tree topped by <paramref name="root"/>
    /// (null: the agency's, for a step whose tree is not known from any unit).
    /// </summary>
    public bool InTree(int? accountUnit, int? root)
    {
        if (accountUnit is not { } unit)
        {
            return root is not { } top || _tree.KindOf(top) != UnitKind.ReceivingBoard;
        }

        return root is { } known ? RootOf(unit) == known : _tree.KindOf(RootOf(unit)) != UnitKind.ReceivingBoard;
    }

    /// <summary>
    /// The readers of <paramref name="readers"/> who belong to the tree <paramref name="unit"/> sits in (null: the
    /// agency's, for a step whose tree is not known from any unit).
    /// </summary>
    public List<Reader> WithinTreeOf(IEnumerable<Reader> readers, int? unit)
    {
        var root = unit is { } known ? RootOf(known) : (int?)null;
        return [.. readers.Where(r => InTree(r.UnitId, root))];
    }
}
