using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Approval;
using Emulation.Web.Components.Pages.Profiles;
using Emulation.Web.Data;

namespace Emulation.Tests.Components;

/// <summary>The log of refused attempts is an administrator's tool: the approval page and profiles show it to no one else.</summary>
[Trait("Category", "Fast")]
public sealed class RefusalVisibilityTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void ApprovalPage_ForLeadership_HasNoRefusalLog()
    {
        SignInAs("lanhdao", Roles.Leadership);

        var page = Render<ApprovalPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=nomination-table]")));
        Assert.Empty(page.FindAll("[data-testid=refusals]"));
        Assert.DoesNotContain("Các thao tác bị từ chối", page.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("congdoan", Roles.UnionOfficer, false)]
    [InlineData("hoidong1", Roles.CouncilMember, false)]
    [InlineData("quantri", Roles.Administrator, true)]
    public void UnitProfile_ShowsTheRefusalLog_OnlyToAdministrators(string user, string role, bool shown)
    {
        SignInAs(user, role);

        var page = Render<ProfilePage>(p => p.Add(x => x.UnitId, 2));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=profile-name]")));
        Assert.Equal(shown, page.FindAll("[data-testid=refusals]").Count > 0);
    }
}
