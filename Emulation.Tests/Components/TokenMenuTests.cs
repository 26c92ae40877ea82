using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Layout;
using Emulation.Web.Data;
using Emulation.Web.Services;

namespace Emulation.Tests.Components;

/// <summary>The API token page is offered where the role can use the API (<see cref="Policies.UseApi"/>), nowhere else.</summary>
[Trait("Category", "Fast")]
public sealed class TokenMenuTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Theory]
    [InlineData(Roles.UnionOfficer, true)]
    [InlineData(Roles.DepartmentHead, true)]
    [InlineData("Staff", false)]
    public void NavMenu_OffersTheTokenPage_OnlyToRolesThatUseTheApi(string role, bool offered)
    {
        SignInAs("user", role);

        var menu = Render<NavMenu>();

        Assert.Equal(offered, menu.FindAll("[data-testid=nav-tokens]").Count > 0);
        Assert.Equal(offered, Policies.RolesOf(Policies.UseApi).Contains(role));
    }
}
