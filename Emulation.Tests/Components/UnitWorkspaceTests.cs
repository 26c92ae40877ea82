using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Components;

public sealed class UnitWorkspaceTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Workspace_OfAnotherUnit_IsRefused()
    {
        var own = await App.UnitIdAsync("TH");
        var other = await App.UnitIdAsync("KT");
        SignInAs("tp.th", Roles.DepartmentHead, own);

        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, other));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=access-denied]")));
        Assert.Empty(page.FindAll("[data-testid=pledge-table]"));
    }

    [Fact]
    public async Task Workspace_OfOwnUnit_ShowsAPledgeFieldPerTargetedCriterion()
    {
        var own = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, own);

        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, own));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=pledge-table]")));
        Assert.Equal("Phòng Tổng hợp", page.Find("[data-testid=unit-name]").TextContent);
        Assert.Equal(5, page.FindAll("input[data-testid^=target-]").Count);
        Assert.NotNull(page.Find("[data-testid=submit-pledge]"));
    }

    [Fact]
    public async Task Workspace_ForTheOfficer_IsReadOnly()
    {
        var unit = await App.UnitIdAsync("KT");
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=pledge-table]")));
        Assert.Empty(page.FindAll("[data-testid=submit-pledge]"));
        Assert.All(page.FindAll("input[data-testid^=target-]"), input => Assert.True(input.HasAttribute("disabled")));
    }

    [Fact]
    public async Task Workspace_SubmittingANegativeResult_ShowsTheMessageAtTheField()
    {
        var unit = await App.UnitIdAsync("NK");
        var head = TestActors.HeadOf(unit);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đợt cao điểm", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "HOP", Name = "Cuộc họp được phục vụ", MaxPoints = 50, UnitOfMeasure = "cuộc" });
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);
        await App.Service<SubmissionService>().SavePledgeAsync(head, id, unit, new Dictionary<string, decimal?> { ["HOP"] = 40 }, null, true);
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults);
        SignInAs("tp.nk", Roles.DepartmentHead, unit);
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, id).Add(x => x.UnitId, unit));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=submit-results]")));

        page.Find("input[data-testid=value-HOP]").Change("-3");
        page.Find("[data-testid=submit-results]").Click();

        page.WaitForAssertion(() => Assert.Contains("Kết quả không được âm.", page.Find(".mud-input-control:has(input[data-testid=value-HOP])").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=saved]"));
    }
}
