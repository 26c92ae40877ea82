using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Layout;
using Emulation.Web.Components.Pages;
using Emulation.Web.Data;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class HomeTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Theory]
    [InlineData(Roles.UnionOfficer, "campaigns", "approval")]
    [InlineData(Roles.DepartmentHead, "unit", "council")]
    [InlineData(Roles.CouncilMember, "council", "approval")]
    [InlineData(Roles.Leadership, "approval", "unit")]
    [InlineData(Roles.Staff, "me/pledge", "unit")]
    public void Home_ShowsEachRoleOnlyItsWork(string role, string shown, string hidden)
    {
        SignInAs("user", role, role == Roles.DepartmentHead ? 2 : null);

        var page = Render<Home>();

        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == shown);
        Assert.DoesNotContain(page.FindAll("a"), a => a.GetAttribute("href") == hidden);
    }

    [Theory]
    [InlineData(Roles.DepartmentHead, "nav-unit", "nav-approval")]
    [InlineData(Roles.Leadership, "nav-approval", "nav-unit")]
    [InlineData(Roles.CouncilMember, "nav-council", "nav-approval")]
    [InlineData(Roles.Staff, "nav-my-pledge", "nav-council")]
    [InlineData(Roles.DepartmentHead, "nav-unit", "nav-my-pledge")]
    public void NavMenu_ShowsEachRoleOnlyItsPages(string role, string shown, string hidden)
    {
        SignInAs("user", role);

        var menu = Render<NavMenu>();

        Assert.NotEmpty(menu.FindAll($"[data-testid={shown}]"));
        Assert.Empty(menu.FindAll($"[data-testid={hidden}]"));
    }
}
