using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>The progress page shows a page of units at a time, and the officer can keep to those awaiting review.</summary>
[Trait("Category", "Fast")]
public sealed class ProgressPagingTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task AwaitingOnly_KeepsTheUnitsWhoseSubmissionAwaitsReview()
    {
        var waiting = await App.UnitIdAsync("TH");
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào lọc đơn vị chờ duyệt");
        await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(waiting), campaignId, waiting,
            new Dictionary<string, decimal?> { ["HOP"] = 12 }, null, submit: true);
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid^=pledge-status-]").Count > 1));

        page.Find("[data-testid=progress-awaiting-only]").Change(true);

        page.WaitForAssertion(() => Assert.Equal([$"pledge-status-{waiting}"],
            page.FindAll("[data-testid^=pledge-status-]").Select(c => c.GetAttribute("data-testid"))));
        Assert.Equal("1–1 / 1", page.Find("[data-testid=progress-pager-range]").TextContent);
    }

    [Fact]
    public async Task TheRangeShown_CountsEveryUnitOfTheCampaign()
    {
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào đếm đơn vị theo dõi");
        await using var db = await App.DbAsync();
        var units = await db.BlocMembers.CountAsync(m => m.CampaignId == campaignId);
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));

        page.WaitForAssertion(() => Assert.Equal($"1–{Math.Min(units, 25)} / {units}",
            page.Find("[data-testid=progress-pager-range]").TextContent));
        Assert.Equal(Math.Min(units, 25), page.FindAll("[data-testid^=pledge-status-]").Count);
    }
}
