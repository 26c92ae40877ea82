using Bunit;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class CampaignPagesTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void CampaignList_ForTheOfficer_ShowsTheNewCampaignForm()
    {
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<CampaignList>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));
        Assert.NotNull(page.Find("[data-testid=new-campaign]"));
        Assert.Contains("Phong trào thi đua thực hiện nhiệm vụ năm 2026", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void CampaignList_ForADepartmentHead_HidesTheNewCampaignForm()
    {
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignList>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));
        Assert.Empty(page.FindAll("[data-testid=new-campaign]"));
    }

    [Fact]
    public void CampaignList_CreatingWithoutAName_ShowsTheMessageAtTheField()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CampaignList>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));

        page.Find("[data-testid=create-campaign]").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng nhập tên phong trào.", page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CampaignDetail_OfAThematicCampaign_ShowsItsPeriodAndWholeYears()
    {
        var id = await ThematicCampaignAsync("Chuyên đề cải cách hành chính 2024–2026");
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.Equal("01/01/2024 – 31/12/2026 (3 năm)", page.Find("[data-testid=period]").TextContent));
    }

    [Fact]
    public async Task CampaignDetail_OfAThematicDraft_GivesTheOfficerThePeriodEditor_WithTheFlagRule()
    {
        var id = await ThematicCampaignAsync("Chuyên đề chuyển đổi số 2024–2026");
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-period]")));
        Assert.Contains("Điều 26 khoản 2", page.Find("[data-testid=deadlines]").TextContent, StringComparison.Ordinal);
    }

    private async Task<int> ThematicCampaignAsync(string name)
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = name, Year = 2026, Kind = CampaignKind.Thematic })).Value;
        Assert.True((await campaigns.SetPeriodAsync(TestActors.Officer, id, new DateTime(2024, 1, 1), new DateTime(2026, 12, 31))).IsSuccess);
        return id;
    }

    [Fact]
    public async Task CampaignDetail_LaunchingWithoutCriteria_ShowsWhy()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var id = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyên đề chuyển đổi số", Year = 2026 })).Value;
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=launch]")));

        page.Find("[data-testid=launch]").Click();

        // The confirmation lists every reason the launch is refused, and offers no way to go ahead.
        page.WaitForAssertion(() => Assert.Contains(
            "Phong trào cần ít nhất một tiêu chí chấm điểm trước khi phát động.", page.Find("[data-testid=confirm-refusals]").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=confirm-ok]"));
        Assert.NotNull(page.Find("[data-testid=no-criteria]"));
    }

    [Fact]
    public void CampaignDetail_ForADepartmentHead_OffersTheUnitWorkspaceButNoLifecycleButtons()
    {
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=open-my-unit]")));
        Assert.Empty(page.FindAll("[data-testid=open-results]"));
        Assert.NotNull(page.Find("[data-testid=criteria-table]"));
        Assert.Contains("Văn bản đến được xử lý", page.Markup, StringComparison.Ordinal);
    }
}
