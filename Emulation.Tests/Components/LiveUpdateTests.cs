using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Emulation.Domain.Awards;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Components;

/// <summary>
/// Live both ways, through the change notifications: the head's open workspace hears the officer's return at once,
/// and the officer's open council page counts ballots as members cast them (the count only).
/// </summary>
[Trait("Category", "Fast")]
public sealed class LiveUpdateTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    [Fact]
    public async Task HeadsOpenWorkspace_ShowsTheOfficersReturn_AtOnce_WithTheReason()
    {
        var campaignId = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(th), campaignId, th, Targets, null,
            submit: true)).IsSuccess);
        SignInAs("tp.th", Roles.DepartmentHead, th);
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, campaignId).Add(x => x.UnitId, th));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=pledge-table]")));
        Assert.Empty(page.FindAll("[data-testid=live-returned]"));

        Assert.True((await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, campaignId, th, SubmissionKind.Pledge,
            "Chỉ tiêu văn bản đến thấp hơn năm trước")).IsSuccess);

        page.WaitForAssertion(() => Assert.Contains("Lý do: Chỉ tiêu văn bản đến thấp hơn năm trước",
            page.Find("[data-testid=live-returned]").TextContent, StringComparison.Ordinal));
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var visited = navigation.History.Count;
        page.Find("[data-testid=live-returned-reload]").Click();
        // The island reads the pledge again and refreshes the static page around it, whose notice gives the reason.
        page.WaitForAssertion(() => Assert.Equal(visited + 1, navigation.History.Count));
        Assert.Empty(page.FindAll("[data-testid=live-returned]"));
        Assert.NotNull(page.Find("input[data-testid^=target-]:not([disabled])"));
        var refreshed = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, campaignId).Add(x => x.UnitId, th));
        refreshed.WaitForAssertion(() => Assert.Contains("Chỉ tiêu văn bản đến thấp hơn năm trước",
            refreshed.Find("[data-testid=returned]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OfficersCouncilPage_CountsBallotsAsTheyArrive_WithoutShowingAnyChoice()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        var sessionId = await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);
        SignInAs("congdoan", Roles.UnionOfficer);
        var officer = Render<CouncilPage>(p => p.Add(x => x.CampaignId, scenario.CampaignId));
        officer.WaitForAssertion(() => Assert.Contains("Đã bỏ phiếu 0/",
            officer.Find($"[data-testid=agenda-{scenario.Collective}]").TextContent, StringComparison.Ordinal));

        await CouncilDriver.VoteAsync(App, sessionId, 1, BallotChoice.No, [scenario.Collective]);
        officer.WaitForAssertion(() => Assert.Contains("Đã bỏ phiếu 1/",
            officer.Find($"[data-testid=agenda-{scenario.Collective}]").TextContent, StringComparison.Ordinal));
        await CouncilDriver.VoteAsync(App, sessionId, 2, BallotChoice.Yes, [scenario.Collective]);
        officer.WaitForAssertion(() => Assert.Contains("Đã bỏ phiếu 2/",
            officer.Find($"[data-testid=agenda-{scenario.Collective}]").TextContent, StringComparison.Ordinal));

        var row = officer.Find($"[data-testid=agenda-{scenario.Collective}]").TextContent;
        Assert.DoesNotContain("Không đồng ý", row, StringComparison.Ordinal);
        Assert.Empty(officer.FindAll("[data-testid=my-ballot]"));
    }
}
