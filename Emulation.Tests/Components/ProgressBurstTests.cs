using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>
/// An open progress page hears a burst of submissions through one coalesced reload at a time
/// (<see cref="Emulation.Web.Components.Shared.CoalescedReload"/>), and ends showing what a page opened afresh shows.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ProgressBurstTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task ABurstOfSubmissions_LeavesTheOpenPageAsAFreshOneShowsIt()
    {
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào theo dõi loạt gửi đăng ký");
        List<int> units;
        await using (var db = await App.DbAsync())
        {
            units = await db.BlocMembers.Where(m => m.CampaignId == campaignId).OrderBy(m => m.UnitId).Select(m => m.UnitId).ToListAsync();
        }

        SignInAs("congdoan", Roles.UnionOfficer);
        var open = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));
        open.WaitForAssertion(() => Assert.NotEmpty(open.FindAll("[data-testid^=pledge-status-]")));
        var submissions = App.Service<SubmissionService>();

        var saved = await Task.WhenAll(units.Take(8).Select(unit => Task.Run(() => submissions.SavePledgeAsync(
            TestActors.HeadOf(unit), campaignId, unit, new Dictionary<string, decimal?> { ["HOP"] = 10 + unit }, null, submit: true))));

        Assert.All(saved, s => Assert.True(s.IsSuccess));
        open.WaitForAssertion(() => Assert.Contains("Đã gửi", open.Find($"[data-testid=pledge-status-{units[0]}]").TextContent, StringComparison.Ordinal));
        open.WaitForAssertion(() => Assert.Equal(units.Take(8).Count(u => open.FindAll($"[data-testid=pledge-status-{u}]").Count > 0),
            Statuses(open).Count(s => s.Text.Contains("Đã gửi", StringComparison.Ordinal))));
        var shown = Statuses(open);
        await DisposeComponentsAsync();

        var fresh = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));
        fresh.WaitForAssertion(() => Assert.NotEmpty(fresh.FindAll("[data-testid^=pledge-status-]")));
        Assert.Equal(Statuses(fresh), shown);
    }

    private static List<(string? Id, string Text)> Statuses(IRenderedComponent<ProgressPage> page) =>
        [.. page.FindAll("[data-testid^=pledge-status-]").Select(c => (c.GetAttribute("data-testid"), c.TextContent.Trim()))];
}
