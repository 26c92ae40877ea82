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
        WithRole(Roles.DepartmentHead, 1).RequireEditUnit(1);

        Assert.Same(AuditUser.System, AuditUser.Current);
    }

    /// <summary>
    /// Each service's door is its named policy: a role the policy does not admit is refused before the service opens the
    /// database (the services here are given none, so reaching it would be a different failure).
    /// </summary>
    public static TheoryData<string, string> Doors => new()
    {
        { "home-officer", Roles.DepartmentHead },
        { "home-head", Roles.UnionOfficer },
        { "home-council", Roles.Leadership },
        { "home-leadership", Roles.CouncilMember },
        { "home-sudden", Roles.UnionOfficer },
        { "people", Roles.DepartmentHead },
        { "organization", Roles.UnionOfficer },
        { "staff", Roles.DepartmentHead },
        { "inbox", "no-role" },
        { "profiles", Roles.Staff },
    };

    [Theory]
    [MemberData(nameof(Doors))]
    public async Task AServiceRefusesARoleItsPolicyDoesNotAdmit(string door, string role)
    {
        var actor = WithRole(role, role == Roles.DepartmentHead ? 1 : null);
        var clock = TimeProvider.System;
        Func<Task> call = door switch
        {
            "home-officer" => () => new Web.Services.Home.HomeService(null!, clock, null!).OfficerAsync(actor),
            "home-head" => () => new Web.Services.Home.HomeService(null!, clock, null!).HeadAsync(actor),
            "home-council" => () => new Web.Services.Home.HomeService(null!, clock, null!).CouncilAsync(actor),
            "home-leadership" => () => new Web.Services.Home.HomeService(null!, clock, null!).LeadershipAsync(actor),
            "home-sudden" => () => new Web.Services.Home.HomeService(null!, clock, null!).SuddenAwaitingAsync(actor),
            "people" => () => new Web.Services.Organization.PeopleService(null!, null!, null!).GetAsync(actor, 1),
            "organization" => () => new Web.Services.Organization.OrganizationService(null!, null!, clock).RetireAsync(actor, 1, new DateOnly(2026, 1, 1)),
            "staff" => () => new Web.Services.Staff.StaffService(null!, clock).GetSelfAsync(actor),
            "inbox" => () => new Web.Services.Inbox.InboxService(null!, clock, null!, null!, null!, null!).UnreadCountAsync(actor),
            "profiles" => () => new Web.Services.Decisions.ProfileService(null!).GetPersonAsync(actor, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(door)),
        };

        await Assert.ThrowsAsync<AccessDeniedException>(call);
    }

    [Fact]
    public void SeeingEveryUnit_IsThePolicysList_AndAHeadSeesOnlyTheOwnUnit()
    {
        Assert.All(Policies.RolesOf(Policies.SeeAllUnits), role => Assert.True(WithRole(role).SeesUnitByRole(7)));
        Assert.True(WithRole(Roles.DepartmentHead, 7).SeesUnitByRole(7));
        Assert.False(WithRole(Roles.DepartmentHead, 3).SeesUnitByRole(7));
    }
}
