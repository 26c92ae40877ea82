using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services;

namespace Emulation.Tests.Trust;

/// <summary>Services check the same named policies as pages, and a check decides only whether the call goes on.</summary>
public sealed class PolicyCheckTests
{
    private static Actor WithRole(string role, int? unit = null) =>
        new("id-" + role, "user-" + role, new HashSet<string> { role }, unit);

    [Fact]
    public void RequirePolicy_AdmitsTheRolesOfThePolicy_AndRefusesTheOthers()
    {
        foreach (var role in Roles.All)
        {
            var actor = WithRole(role, role == Roles.DepartmentHead ? 1 : null);
            if (Policies.RolesOf(Policies.ManageCampaigns).Contains(role))
            {
                actor.RequirePolicy(Policies.ManageCampaigns);
            }
            else
            {
                Assert.Throws<AccessDeniedException>(() => actor.RequirePolicy(Policies.ManageCampaigns));
            }
        }
    }

    [Fact]
    public void APassedCheck_DoesNotNameTheAuditUser()
    {
        var officer = WithRole(Roles.UnionOfficer);

        officer.RequirePolicy(Policies.ManageCampaigns);
        officer.Require(Roles.UnionOfficer);
        WithRole(Roles.DepartmentHead, 1).RequireEditUnit(1);

        Assert.Same(AuditUser.System, AuditUser.Current);
    }

    [Fact]
    public void SeeingEveryUnit_IsThePolicysList_AndAHeadSeesOnlyTheOwnUnit()
    {
        Assert.All(Policies.RolesOf(Policies.SeeAllUnits), role => Assert.True(WithRole(role).CanSeeUnit(7)));
        Assert.True(WithRole(Roles.DepartmentHead, 7).CanSeeUnit(7));
        Assert.False(WithRole(Roles.DepartmentHead, 3).CanSeeUnit(7));
    }
}
