using Emulation.Web.Data;
using Emulation.Web.Services;

namespace Emulation.Tests.Infrastructure;

/// <summary>Callers for service tests; department heads need the unit id from the seeded database.</summary>
public static class TestActors
{
    public static Actor Officer { get; } = Of("congdoan", Roles.UnionOfficer);
    /// <summary>The demo office's id: the first unit the seed makes (CouncilBindingTests checks it).</summary>
    public const int OfficeId = 1;

    /// <summary>hoidong1, bound to the office as the demo binds it: an unbound council account sees nothing.</summary>
    public static Actor Council { get; } = new("hoidong1", "hoidong1", new HashSet<string> { Roles.CouncilMember }, OfficeId);
    public static Actor Leader { get; } = Of("lanhdao", Roles.Leadership);
    public static Actor Admin { get; } = Of("quantri", Roles.Administrator);

    public static Actor HeadOf(int unitId) =>
        new("head-" + unitId, "tp." + unitId, new HashSet<string> { Roles.DepartmentHead }, unitId);

    /// <summary>An appraiser of the receiving board <paramref name="boardId"/> (its unit id from the seeded database).</summary>
    public static Actor AppraiserOf(int boardId, string name = "bantdkt") =>
        new("appraiser-" + boardId + "-" + name, name, new HashSet<string> { Roles.Appraiser }, boardId);

    private static Actor Of(string name, string role) => new(name, name, new HashSet<string> { role }, null);
}
