using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class ProgressAndConflictTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Progress_UpdatesWithoutReload_WhenAUnitSubmits()
    {
        var unit = await App.UnitIdAsync("NC");
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào theo dõi tiến độ");
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));
        page.WaitForAssertion(() => Assert.Contains("Chưa gửi", page.Find($"[data-testid=pledge-status-{unit}]").TextContent, StringComparison.Ordinal));

        await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit,
            new Dictionary<string, decimal?> { ["HOP"] = 40 }, null, submit: true);

        page.WaitForAssertion(() => Assert.Contains("Đã gửi", page.Find($"[data-testid=pledge-status-{unit}]").TextContent, StringComparison.Ordinal));
        // Each review control names the unit and the submission: one "Chấp nhận" a row would say nothing to a screen reader.
        Assert.Equal("Chấp nhận đăng ký thi đua của Phòng Nội chính", page.Find($"[data-testid=accept-{unit}]").GetAttribute("aria-label"));
        Assert.Equal("Lý do trả lại đăng ký thi đua của Phòng Nội chính", page.Find($"input[data-testid=reason-{unit}]").GetAttribute("aria-label"));
        Assert.Equal("Trả lại đăng ký thi đua của Phòng Nội chính", page.Find($"[data-testid=return-{unit}]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Progress_LinksEachUnitToItsSubmission_WhichTheOfficerCanRead()
    {
        var unit = await App.UnitIdAsync("TTCB");
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào xem bản gửi");
        await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit,
            new Dictionary<string, decimal?> { ["HOP"] = 37 }, null, submit: true);
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));

        page.WaitForAssertion(() => Assert.Equal($"campaigns/{campaignId}/units/{unit}",
            page.Find($"[data-testid=submission-link-{unit}]").GetAttribute("href")));
    }

    [Fact]
    public async Task TheLinkedSubmission_ShowsTheOfficerTheUnitsValues_WithoutTheHeadsButtons()
    {
        var unit = await App.UnitIdAsync("NK");
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào đọc bản gửi");
        await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit,
            new Dictionary<string, decimal?> { ["HOP"] = 37 }, null, submit: true);
        SignInAs("congdoan", Roles.UnionOfficer);

        var workspace = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, campaignId).Add(x => x.UnitId, unit));
        workspace.WaitForAssertion(() => Assert.Contains("37", workspace.Markup, StringComparison.Ordinal));
        Assert.Empty(workspace.FindAll("[data-testid=submit-pledge]"));
    }

    [Fact]
    public async Task Progress_ReturningWithoutAReason_SaysWhy()
    {
        var unit = await App.UnitIdAsync("BTCD");
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào trả lại");
        await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit,
            new Dictionary<string, decimal?> { ["HOP"] = 40 }, null, submit: true);
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=return-{unit}]")));

        page.Find($"[data-testid=return-{unit}]").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng ghi lý do trả lại", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Progress_Returning_AsksFirstNamingTheUnitAndTheReason_AndEmptiesTheReasonOnceSent()
    {
        var unit = await App.UnitIdAsync("HCTC");
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào xác nhận trả lại");
        var submissions = App.Service<SubmissionService>();
        await submissions.SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit,
            new Dictionary<string, decimal?> { ["HOP"] = 40 }, null, submit: true);
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=return-{unit}]")));
        page.Find($"input[data-testid=reason-{unit}]").Change("Chỉ tiêu số cuộc họp thấp hơn năm trước");

        // Cancelled: nothing is returned and the reason stays to be sent.
        page.Find($"[data-testid=return-{unit}]").Click();
        page.WaitForAssertion(() => Assert.Contains("Trả lại đăng ký thi đua của Phòng Hành chính – Tổ chức cho trưởng đơn vị, với lý do: “Chỉ tiêu số cuộc họp thấp hơn năm trước”",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=confirm-cancel]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=confirm-message]")));
        Assert.Contains("Đã gửi", page.Find($"[data-testid=pledge-status-{unit}]").TextContent, StringComparison.Ordinal);

        page.Find($"[data-testid=return-{unit}]").Click();
        page.WaitForElement("[data-testid=confirm-ok]").Click();

        page.WaitForAssertion(() => Assert.Contains("Bị trả lại", page.Find($"[data-testid=pledge-status-{unit}]").TextContent, StringComparison.Ordinal));
        // Sent again, the pledge is met with an empty box, not the last reason.
        var version = (await submissions.GetWorkspaceAsync(TestActors.HeadOf(unit), campaignId, unit))!.PledgeVersion;
        await submissions.SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit,
            new Dictionary<string, decimal?> { ["HOP"] = 45 }, version, submit: true);
        page.WaitForAssertion(() => Assert.Equal("", page.Find($"input[data-testid=reason-{unit}]").GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task Workspace_WhenSomeoneElseSavedFirst_ShowsTheirValues_AndCanKeepMine()
    {
        var unit = await App.UnitIdAsync("KSTT");
        var campaignId = await App.Service<CampaignService>().LaunchWithOneCriterionAsync("Phong trào sửa đồng thời");
        var submissions = App.Service<SubmissionService>();
        await submissions.SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit, new Dictionary<string, decimal?> { ["HOP"] = 10 }, null, false);
        SignInAs("tp.kstt", Roles.DepartmentHead, unit);
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, campaignId).Add(x => x.UnitId, unit));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("input[data-testid=target-HOP]")));
        var version = (await submissions.GetWorkspaceAsync(TestActors.HeadOf(unit), campaignId, unit))!.PledgeVersion;
        await submissions.SavePledgeAsync(TestActors.HeadOf(unit), campaignId, unit, new Dictionary<string, decimal?> { ["HOP"] = 25 }, version, false);

        page.Find("input[data-testid=target-HOP]").ChangeField("30");
        page.Find("[data-testid=save-pledge]").Click();

        page.WaitForAssertion(() => Assert.Contains("25", page.Find("[data-testid=conflict-table]").TextContent, StringComparison.Ordinal));
        Assert.Contains("30", page.Find("[data-testid=conflict-table]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=keep-mine]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=saved]")));
        var stored = await submissions.GetWorkspaceAsync(TestActors.HeadOf(unit), campaignId, unit);
        Assert.Equal(30m, stored!.Lines.Single().Target);
    }
}
