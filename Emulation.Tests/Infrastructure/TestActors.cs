using Emulation.Web.Data;
using Emulation.Web.Services;

namespace Emulation.Tests.Infrastructure;

/// <summary>Callers for service tests; department heads need the unit id from the seeded database.</summary>
public static class TestActors
{
    public static Actor Officer { get; } = Of("congdoan", Roles.UnionOfficer);
    public static Actor Council { get; } = Of("hoidong1", Roles.CouncilMember);
    public static Actor Leader { get; } = Of("lanhdao", Roles.Leadership);
    public static Actor Admin { get; } = Of("quantri", Roles.Administrator);

    public static Actor HeadOf(int unitId) =>
        new("head-" + unitId, "tp." + unitId, new HashSet<string> { Roles.DepartmentHead }, unitId);

    /// <summary>An appraiser of the receiving board <paramref name="boardId"/> (its unit id from the seeded database).</summary>
    public static Actor AppraiserOf(int boardId, string name = "bantdkt") =>
        new("appraiser-" + boardId + "-" + name, name, new HashSet<string> { Roles.Appraiser }, boardId);

    private static Actor Of(string name, string role) => new(name, name, new HashSet<string> { role }, null);
}
