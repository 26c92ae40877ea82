using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Layout;
using Emulation.Web.Components.Pages.Home;
using Emulation.Web.Data;
using Emulation.Web.Services.Home;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class HomeTests(AppFixture fixture) : PageTestContext(fixture)
{
    /// <summary>
    /// The homes are read a year on, past every deadline of the demo's campaign (which lie ahead of the day it was
    /// seeded), so that the unit left unpledged is late.
    /// </summary>
    protected override void AddTestServices(IServiceCollection services) =>
        services.AddSingleton(_ => new HomeService(App.Service<IDbContextFactory<EmulationDbContext>>(),
            new SettableClock(DateTimeOffset.UtcNow.AddYears(1)), App.Service<RuleSetService>()));

    [Theory]
    [InlineData(Roles.UnionOfficer, "campaigns", "approval")]
    [InlineData(Roles.DepartmentHead, "unit", "council")]
    [InlineData(Roles.CouncilMember, "council", "approval")]
    [InlineData(Roles.Leadership, "approval", "unit")]
    [InlineData(Roles.Staff, "me/pledge", "unit")]
    [InlineData(Roles.Administrator, "admin/users", "campaigns")]
    [InlineData(Roles.Administrator, "admin/organization", "unit")]
    public void Home_ShowsEachRoleOnlyItsWork(string role, string shown, string hidden)
    {
        SignInAs("user", role, role == Roles.DepartmentHead ? 2 : null);

        var page = Render<HomePage>();

        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == shown);
        Assert.DoesNotContain(page.FindAll("a"), a => a.GetAttribute("href") == hidden);
    }

    [Fact]
    public async Task OfficerSection_LinksTheRunningCampaign_ItsProgress_AndTheLateUnit()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaignId = await App.SeededCampaignIdAsync();

        var page = Render<HomePage>();

        var section = page.Find("[data-testid=home-officer]");
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"campaigns/{campaignId}");
        var late = page.Find("[data-testid=home-late]");
        Assert.Equal($"campaigns/{campaignId}/progress", late.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Phòng Tổng hợp", late.TextContent);
        Assert.Contains("quá hạn", page.Find("[data-testid=home-deadline]").TextContent);
    }

    [Fact]
    public async Task HeadSection_LinksTheUnitsWorkspace_WithWhatIsDue()
    {
        var th = await App.UnitIdAsync("TH");
        var campaignId = await App.SeededCampaignIdAsync();
        SignInAs("tp.th", Roles.DepartmentHead, th);

        var page = Render<HomePage>();

        var item = page.Find("[data-testid=home-unit-campaign]");
        Assert.Equal($"campaigns/{campaignId}/units/{th}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Đăng ký thi đua", item.TextContent);
        Assert.Contains("Chưa gửi", item.TextContent);
        var staffPledges = item.QuerySelector("[data-testid=home-staff-pledges] a")!;
        Assert.Equal("unit", staffPledges.GetAttribute("href"));
        Assert.Contains("Đăng ký thi đua cá nhân của cán bộ", staffPledges.TextContent);
    }

    [Theory]
    [InlineData(Roles.CouncilMember, "home-council")]
    [InlineData(Roles.Leadership, "home-leadership")]
    public void CouncilAndLeadershipSections_SayWhenNothingWaits(string role, string section)
    {
        SignInAs("hoidong1", role);

        var page = Render<HomePage>();

        Assert.NotNull(page.Find($"[data-testid={section}] [data-testid=home-nothing]"));
        Assert.Empty(page.FindAll("[data-testid=home-officer]"));
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
