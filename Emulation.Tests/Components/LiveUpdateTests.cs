using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Emulation.Domain.Awards;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Components;

/// <summary>
/// Live both ways, through the change notifications: the head's open workspace hears the officer's return at once,
/// and the officer's open council page counts ballots as members cast them (the count only).
/// </summary>
[Trait("Category", "Fast")]
public sealed class LiveUpdateTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static readonly Dictionary<string, decimal?> Targets = new() { ["VB_DEN"] = 100, ["VB_DI"] = 50 };

    /// <summary>A launched campaign of its own (the app is shared by the class): two criteria, pledges open.</summary>
    private async Task<int> LaunchedCampaignAsync(string name)
    {
        var campaigns = App.Service<CampaignService>();
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = name, Year = 2026 })).Value;
        foreach (var (code, criterion) in new[] { ("VB_DEN", "Văn bản đến được xử lý"), ("VB_DI", "Văn bản đi được ban hành") })
        {
            Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, campaignId,
                new CriterionInput { Code = code, Name = criterion, MaxPoints = 50, UnitOfMeasure = "văn bản" })).IsSuccess);
        }

        await campaigns.ReadyToLaunchAsync(campaignId);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.Launch)).IsSuccess);
        return campaignId;
    }

    [Fact]
    public async Task HeadsOpenWorkspace_ShowsTheOfficersReturn_AtOnce_WithTheReason()
    {
        var campaignId = await LaunchedCampaignAsync("Phong trào kiểm thử trả lại khi đang mở");
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

    [Theory]
    [InlineData("titles", "person-titles")]
    [InlineData("staff", "download-template")]
    public async Task EveryTabOfTheWorkspace_ShowsItsOwnUnitsReturn_AndNotAnotherUnits(string tab, string loadedTestId)
    {
        var campaignId = await LaunchedCampaignAsync($"Phong trào kiểm thử trả lại, thẻ {tab}");
        var th = await App.UnitIdAsync("TH");
        var kt = await App.UnitIdAsync("KT");
        var submissions = App.Service<SubmissionService>();
        foreach (var unit in new[] { th, kt })
        {
            Assert.True((await submissions.SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit, Targets, null, submit: true)).IsSuccess);
        }

        SignInAs("tp.th", Roles.DepartmentHead, th);
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("tab", tab));
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, campaignId).Add(x => x.UnitId, th));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid={loadedTestId}]")));
        var reviews = App.Service<ReviewService>();

        Assert.True((await reviews.ReturnAsync(TestActors.Officer, campaignId, kt, SubmissionKind.Pledge, "Của đơn vị khác")).IsSuccess);
        Assert.True((await reviews.ReturnAsync(TestActors.Officer, campaignId, th, SubmissionKind.Pledge, "Bổ sung danh hiệu")).IsSuccess);

        page.WaitForAssertion(() => Assert.Contains("Lý do: Bổ sung danh hiệu",
            page.Find("[data-testid=live-returned]").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-testid=live-returned]"));
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
