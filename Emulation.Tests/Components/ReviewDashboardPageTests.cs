using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Evaluation;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using MudBlazor;

namespace Emulation.Tests.Components;

/// <summary>The review dashboard: charts that filter, server-paged grids, drill-down and the what-if panel.</summary>
[Trait("Category", "Fast")]
public sealed class ReviewDashboardPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static IRenderedComponent<WhatIfPanel> OpenWhatIf(IRenderedComponent<EvaluationPage> page)
    {
        page.Find("[data-testid=whatif-open]").Click();
        return page.FindComponent<WhatIfPanel>();
    }

    private IRenderedComponent<EvaluationPage> Open(string user, string role)
    {
        SignInAs(user, role);
        var page = Render<EvaluationPage>(p => p.Add(x => x.CampaignId, 1));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=ranking-table] tbody tr")), Wait);
        return page;
    }

    [Fact]
    public void Dashboard_ShowsTwoCharts_ProgressBarsPerBloc_AndPagesTheRanking()
    {
        var page = Open("lanhdao", Roles.Leadership);

        Assert.NotNull(page.Find("[data-testid=chart-scores] svg"));
        Assert.NotNull(page.Find("[data-testid=chart-titles] svg"));
        Assert.InRange(page.FindAll("[data-testid=ranking-table] tbody tr").Count, 1, 10);
        var progress = page.FindAll("[data-testid=progress-line]");
        Assert.NotEmpty(progress);
        Assert.All(progress, line => Assert.Matches(@"\d+ / \d+", line.TextContent));
        Assert.All(progress, line => Assert.Matches(@"width: \d+(\.\d)?%", line.QuerySelector(".review-progress-accepted")!.GetAttribute("style")));
    }

    [Fact]
    public void ClickingABloc_FiltersTheRankingToIt()
    {
        var page = Open("hoidong1", Roles.CouncilMember);
        var bloc = page.FindAll("[data-testid=bloc-chip]")[1].TextContent.Trim();

        page.FindAll("[data-testid=bloc-chip]")[1].Click();

        page.WaitForAssertion(() => Assert.All(page.FindAll("[data-testid=ranking-table] tbody tr"),
            row => Assert.Contains(bloc, row.TextContent, StringComparison.Ordinal)), Wait);
    }

    [Fact]
    public void ATitleChip_FiltersTheVerdictsToThatTitle()
    {
        var page = Open("lanhdao", Roles.Leadership);
        var firstTitle = page.FindAll("[data-testid=title-chip]")[0].TextContent.Split(':')[0].Trim();

        page.FindAll("[data-testid=title-chip]")[0].Click();

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll("[data-testid=recommendation-table] tbody tr");
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Contains(firstTitle, row.TextContent, StringComparison.Ordinal));
        }, Wait);
    }

    [Fact]
    public void TheScoreChart_DrawsABarPerBlocWithItsFiguresAsTooltip()
    {
        var page = Open("lanhdao", Roles.Leadership);

        var chips = page.FindAll("[data-testid=bloc-chip]");
        var bars = page.FindAll("[data-testid=chart-scores] svg rect.review-bar");
        Assert.Equal(chips.Count, bars.Count);
        Assert.Contains(chips[0].TextContent.Trim(), bars[0].QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NarrowsBothGrids()
    {
        var page = Open("lanhdao", Roles.Leadership);
        var unitName = page.Find("[data-testid=ranking-table] tbody tr td:nth-child(3)").TextContent.Trim();
        var search = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Tìm theo tên đơn vị hoặc cá nhân");

        page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync(unitName));

        page.WaitForAssertion(() => Assert.All(page.FindAll("[data-testid=ranking-table] tbody tr"),
            row => Assert.Contains(unitName, row.TextContent, StringComparison.Ordinal)), Wait);
    }

    [Fact]
    public void ClickingAUnit_OpensItsScorecard_AndNarrowsTheVerdictsToIt()
    {
        var page = Open("congdoan", Roles.UnionOfficer);
        var unitName = page.Find("[data-testid=ranking-table] tbody tr td:nth-child(3)").TextContent.Trim();

        page.Find("[data-testid=ranking-table] tbody tr td:nth-child(3) button").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=scorecard-line]")), Wait);
        Assert.Contains(unitName, page.Find("[data-testid=scorecard]").TextContent, StringComparison.Ordinal);
        Assert.Contains(unitName, page.Find("[data-testid=filter-unit]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=scorecard-recommendations]").Click();
        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll("[data-testid=recommendation-table] tbody tr");
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Contains(unitName, row.TextContent, StringComparison.Ordinal));
        }, Wait);

        page.Find("[data-testid=toggle-reason]").Click();
        page.WaitForAssertion(() => Assert.Contains("Căn cứ", page.Find("[data-testid=reason]").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void TheWhatIfPanel_IsClosedUntilOpened()
    {
        var page = Open("lanhdao", Roles.Leadership);

        Assert.Empty(page.FindComponents<WhatIfPanel>());
        Assert.NotNull(OpenWhatIf(page).Find("[data-testid=whatif]"));
    }

    [Fact]
    public void CouncilMembers_DoNotGetTheWhatIfPanel()
    {
        var page = Open("hoidong1", Roles.CouncilMember);

        Assert.Empty(page.FindAll("[data-testid=whatif-open]"));
        Assert.Empty(page.FindAll("[data-testid=whatif]"));
    }

    [Fact]
    public async Task WhatIf_AZeroShareLimit_ListsTheRemovedVerdictsWithBothExplanations()
    {
        var panel = OpenWhatIf(Open("lanhdao", Roles.Leadership));
        var title = panel.FindComponents<MudSelect<Title?>>().Single();
        var share = panel.FindComponents<NumberField>().Single();

        await panel.InvokeAsync(() => title.Instance.ValueChanged.InvokeAsync(Title.AdvancedWorker));
        await panel.InvokeAsync(() => share.Instance.ValueChanged.InvokeAsync(0m));
        panel.Find("[data-testid=whatif-add]").Click();
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=whatif-change]")), Wait);
        panel.Find("[data-testid=whatif-run]").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=whatif-row]")), Wait);
        Assert.All(panel.FindAll("[data-testid=whatif-row]"), row => Assert.Contains("Bớt", row.TextContent, StringComparison.Ordinal));
        panel.Find("[data-testid=whatif-why]").Click();
        Assert.Contains("ĐỀ NGHỊ", panel.Find("[data-testid=whatif-before]").TextContent, StringComparison.Ordinal);
        var after = panel.Find("[data-testid=whatif-after]").TextContent;
        Assert.True(after.Contains("VƯỢT HẠN MỨC", StringComparison.Ordinal) || after.Contains("KHÔNG ĐỦ ĐIỀU KIỆN", StringComparison.Ordinal), after);
    }

    [Fact]
    public void WhatIf_AddingAnIncompleteChange_SaysWhatIsMissing()
    {
        var panel = OpenWhatIf(Open("lanhdao", Roles.Leadership));

        panel.Find("[data-testid=whatif-add]").Click();

        Assert.Contains("Hãy điền đủ", panel.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.True(panel.Find("[data-testid=whatif-run]").HasAttribute("disabled"));
    }
}
