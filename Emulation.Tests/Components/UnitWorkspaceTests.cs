using Microsoft.AspNetCore.Components;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
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
    public async Task Workspace_SendingAPledgeWithoutATitle_SaysTheTitlesLockWithIt_AndSaysNothingOnceOneIsChosen()
    {
        var unit = await App.UnitIdAsync("HCC");
        var head = TestActors.HeadOf(unit);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đợt thi đua chuyên đề", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "HS", Name = "Hồ sơ được tiếp nhận", MaxPoints = 100, UnitOfMeasure = "hồ sơ" });
        await campaigns.ReadyToLaunchAsync(id);
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);
        SignInAs("tp.hcc", Roles.DepartmentHead, unit);
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, id).Add(x => x.UnitId, unit));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=submit-pledge]")));

        page.Find("[data-testid=submit-pledge]").Click();

        page.WaitForAssertion(() => Assert.Contains("chưa đăng ký danh hiệu phấn đấu nào (thẻ Danh hiệu phấn đấu)",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=confirm-cancel]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=confirm-dialog]")));
        var titles = App.Service<PledgedTitleService>();
        var pledgeable = (await titles.GetAsync(head, id, unit))!;
        var person = pledgeable.People[0].PersonId;
        Assert.True((await titles.SaveAsync(head, id, unit, [], new Dictionary<int, Emulation.Domain.Awards.Title> { [person] = pledgeable.Choices.ForPerson[0] })).IsSuccess);

        page.Find("[data-testid=submit-pledge]").Click();

        page.WaitForAssertion(() => Assert.Contains("sau khi gửi, đơn vị không sửa được nữa", page.Find("[data-testid=confirm-message]").TextContent,
            StringComparison.Ordinal));
        Assert.DoesNotContain("danh hiệu phấn đấu", page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_SubmittingANegativeResult_ShowsTheMessageAtTheField()
    {
        var unit = await App.UnitIdAsync("NK");
        var head = TestActors.HeadOf(unit);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đợt cao điểm", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "HOP", Name = "Cuộc họp được phục vụ", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(id);
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);
        await App.Service<SubmissionService>().SavePledgeAsync(head, id, unit, new Dictionary<string, decimal?> { ["HOP"] = 40 }, null, true);
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults);
        SignInAs("tp.nk", Roles.DepartmentHead, unit);
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, id).Add(x => x.UnitId, unit));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=submit-results]")));

        page.Find("input[data-testid=value-HOP]").ChangeField("-3");
        page.Find("[data-testid=submit-results]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.Contains("Kết quả không được âm.", page.Find(".entry-field:has(input[data-testid=value-HOP])").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=saved]"));
    }

    [Fact]
    public async Task Workspace_WithTextThatIsNotANumber_SaysSoAtTheField_AndSavesNothing()
    {
        var own = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, own);
        var before = await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(own), 1, own);
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, own));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=submit-pledge]")));
        var code = before!.Lines.First(l => l.NeedsTarget).Code;

        page.Find($"input[data-testid=target-{code}]").ChangeField("mười hai");
        page.Find("[data-testid=save-pledge]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=unparsed]")));
        Assert.Contains("“mười hai” không phải là số.", page.Find($".entry-field:has(input[data-testid=target-{code}])").TextContent, StringComparison.Ordinal);
        Assert.Equal("mười hai", page.Find($"input[data-testid=target-{code}]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=saved]"));
        var after = await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(own), 1, own);
        Assert.Equal(before.PledgeVersion, after!.PledgeVersion);
    }

    [Fact]
    public async Task Workspace_SendingWithTextThatIsNotANumber_IsRefusedAtOnce_WithoutAskingToConfirmFirst()
    {
        var own = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, own);
        var before = await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(own), 1, own);
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, own));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=submit-pledge]")));
        var code = before!.Lines.First(l => l.NeedsTarget).Code;

        page.Find($"input[data-testid=target-{code}]").ChangeField("1.000");
        page.Find("[data-testid=submit-pledge]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=unparsed]")));
        Assert.Empty(page.FindAll("[data-testid=confirm-dialog]"));
        var after = await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(own), 1, own);
        Assert.Equal((before.PledgeVersion, before.PledgeStatus), (after!.PledgeVersion, after.PledgeStatus));
    }

    /// <summary>
    /// Every component costs an idle circuit a few kilobytes for as long as the page is open: the workspace renders
    /// its criteria and the staff's titles as markup, so its component count does not grow with rows; and the titles
    /// are on a tab of their own, so a head entering targets does not hold them at all.
    /// </summary>
    [Fact]
    public async Task Workspace_ComponentCount_DoesNotGrowWithCriteriaOrStaff()
    {
        var own = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, own);
        var workspace = await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(own), 1, own);

        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, own));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=pledge-table] tbody tr")));
        Assert.Empty(page.FindAll("[data-testid=person-titles]"));

        var components = page.FindComponents<IComponent>().Count;
        Xunit.TestContext.Current.SendDiagnosticMessage($"{components} components for {workspace!.Lines.Count} criteria");
        Assert.InRange(components, 1, 40);

        var titles = RenderTab(own, "titles");
        titles.WaitForAssertion(() => Assert.NotEmpty(titles.FindAll("[data-testid=person-titles] tbody tr")));
        Assert.Empty(titles.FindAll("[data-testid=pledge-table]"));
        Assert.InRange(titles.FindComponents<IComponent>().Count, 1, 60);
    }

    /// <summary>
    /// The page is static (docs/decisions/0008): its tabs are links in a named navigation, the open one marked as the
    /// current page, and only the open tab's editor is an interactive island.
    /// </summary>
    [Fact]
    public async Task Workspace_IsStatic_WithItsTabsAsLinks_AndOneIslandForTheOpenTab()
    {
        var own = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, own);

        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, own));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=pledge-table]")));

        Assert.Null(typeof(UnitWorkspacePage).GetCustomAttributes(typeof(RenderModeAttribute), inherit: true).SingleOrDefault());
        var nav = page.Find("nav[data-testid=workspace-tabs]");
        Assert.Equal("Các phần của hồ sơ đơn vị", nav.GetAttribute("aria-label"));
        Assert.Equal(
            [$"campaigns/1/units/{own}?tab=pledge", $"campaigns/1/units/{own}?tab=titles", $"campaigns/1/units/{own}?tab=results", $"campaigns/1/units/{own}?tab=staff"],
            nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
        Assert.Equal("page", page.Find("[data-testid=tab-pledge]").GetAttribute("aria-current"));
        Assert.Single(nav.QuerySelectorAll("a[aria-current]"));
        Assert.Single(page.FindComponents<CriterionEntryEditor>());
        // No pledge saved yet: no link to a document that does not exist, but how to get one.
        Assert.Empty(page.FindAll("a[href*='documents/pledges']"));
        Assert.Contains("Lưu nháp hoặc gửi đăng ký", page.Find("[data-testid=pledge-document-later]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindComponents<PledgedTitlesEditor>());
        Assert.Empty(page.FindComponents<StaffYearGrid>());
        Assert.Empty(page.FindAll(".mud-tabs"));

        var staff = RenderTab(own, "staff");
        staff.WaitForAssertion(() => Assert.NotNull(staff.Find("[data-testid=staff-table]")));
        Assert.Equal("page", staff.Find("[data-testid=tab-staff]").GetAttribute("aria-current"));
        Assert.Empty(staff.FindComponents<CriterionEntryEditor>());

        var results = RenderTab(own, "results");
        results.WaitForAssertion(() => Assert.NotNull(results.Find("[data-testid=results-table]")));
        Assert.NotNull(results.Find("[data-testid=evidence-empty], [data-testid=evidence-table]"));
        Assert.All(results.FindAll("input[data-testid^=value-]"), input => Assert.True(input.HasAttribute("disabled")));
        // At the pledge stage the locked boxes say why, and when they open.
        Assert.Contains("khi Công đoàn mở nhận báo cáo kết quả", results.Find("[data-testid=results-not-open]").TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// Submitting changes a status that the static part of the page shows: the island asks for a refresh of it. A first
    /// draft save does not: the pledge's documents it makes available are the island's own to show.
    /// </summary>
    [Fact]
    public async Task Workspace_SubmittingThePledge_RefreshesTheStaticStatuses_AndTheFirstDraftOffersTheDocuments()
    {
        var unit = await App.UnitIdAsync("NK");
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đợt làm mới trạng thái", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "HOP", Name = "Cuộc họp được phục vụ", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(id);
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);
        SignInAs("tp.nk", Roles.DepartmentHead, unit);
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo($"campaigns/{id}/units/{unit}");
        var page = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, id).Add(x => x.UnitId, unit));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=submit-pledge]")));
        Assert.DoesNotContain("Đã gửi", page.Find("[data-testid=workspace-statuses]").TextContent, StringComparison.Ordinal);
        // A refresh replaces the address with itself; the page's own opening pushed it.
        bool Refreshed() => navigation.History.First().Options.ReplaceHistoryEntry;

        Assert.NotNull(page.Find("[data-testid=pledge-document-later]"));
        page.Find("input[data-testid=target-HOP]").ChangeField("40");
        page.Find("[data-testid=save-pledge]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=saved]")));
        Assert.False(Refreshed());
        // The first draft created the pledge: the island offers it as Word and PDF at once, with no refresh of the page.
        Assert.Equal($"documents/pledges/{id}/{unit}.docx", page.Find("[data-testid=download-pledge-docx]").GetAttribute("href"));
        Assert.NotNull(page.Find("[data-testid=download-pledge-pdf]"));
        Assert.Empty(page.FindAll("[data-testid=pledge-document-later]"));

        page.Find("[data-testid=submit-pledge]").Click();
        Confirm(page);
        page.WaitForAssertion(() => Assert.Contains("Đã gửi đăng ký thi đua.", page.Find("[data-testid=saved]").TextContent, StringComparison.Ordinal));
        Assert.True(Refreshed());
        Assert.Equal(navigation.Uri, navigation.ToAbsoluteUri(navigation.History.First().Uri).AbsoluteUri);

        var refreshed = Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, id).Add(x => x.UnitId, unit));
        refreshed.WaitForAssertion(() => Assert.Contains("Đã gửi", refreshed.Find("[data-testid=workspace-statuses]").TextContent, StringComparison.Ordinal));
    }

    /// <summary>The page with <c>?tab=</c> in its address, as a click on that tab's link opens it.</summary>
    private IRenderedComponent<UnitWorkspacePage> RenderTab(int unit, string tab)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"campaigns/1/units/{unit}?tab={tab}");
        return Render<UnitWorkspacePage>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));
    }
}
