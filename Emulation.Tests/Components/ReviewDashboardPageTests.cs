using Bunit;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Evaluation;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Emulation.Tests.Components;

/// <summary>
/// The review dashboard, static: charts with their figures as tables, server-paged tables, filters and drill-down as
/// links and a GET form (the address holds the view), and the what-if island once opened.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ReviewDashboardPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private async Task<IRenderedComponent<WhatIfPanel>> OpenWhatIf(IRenderedComponent<EvaluationPage> page)
    {
        var opened = await Follow(page, "[data-testid=whatif-open]");
        return opened.FindComponent<WhatIfPanel>();
    }

    private async Task<IRenderedComponent<EvaluationPage>> Open(string user, string role, string query = "")
    {
        SignInAs(user, role);
        return await Show("evaluation/1" + query);
    }

    /// <summary>The page at an address, as the browser gets it after following a link or sending the GET form.</summary>
    private async Task<IRenderedComponent<EvaluationPage>> Show(string address)
    {
        // The page shown before is gone, as in the browser (it would otherwise follow the address too).
        await DisposeComponentsAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = Render<EvaluationPage>(p => p.Add(x => x.CampaignId, 1));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=ranking-table] tbody tr")), Wait);
        return page;
    }

    private async Task<IRenderedComponent<EvaluationPage>> Follow(IRenderedComponent<EvaluationPage> page, string selector)
    {
        var href = page.Find(selector).GetAttribute("href");
        Assert.False(string.IsNullOrEmpty(href), $"{selector} is not a link");
        return await Show(href!);
    }

    [Fact]
    public async Task Dashboard_ShowsTwoCharts_ProgressBarsPerBloc_AndPagesTheRanking()
    {
        var page = await Open("lanhdao", Roles.Leadership);

        Assert.NotNull(page.Find("[data-testid=chart-scores] svg"));
        Assert.NotNull(page.Find("[data-testid=chart-titles] svg"));
        Assert.InRange(page.FindAll("[data-testid=ranking-table] tbody tr").Count, 1, 10);
        var progress = page.FindAll("[data-testid=progress-line]");
        Assert.NotEmpty(progress);
        Assert.All(progress, line => Assert.Matches(@"\d+ / \d+", line.TextContent));
        Assert.All(progress, line => Assert.Matches(@"width: \d+(\.\d)?%", line.QuerySelector(".review-progress-accepted")!.GetAttribute("style")));
    }

    [Fact]
    public async Task AThematicCampaignsTitleChart_ListsTheFormItOffers_NotEveryFormItsKindAllowsAtZero()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyên đề biểu đồ danh hiệu", Year = 2026, Kind = CampaignKind.Thematic })).Value;
        Assert.True((await campaigns.SetPeriodAsync(TestActors.Officer, id, new DateTime(2026, 1, 1), new DateTime(2026, 12, 31))).IsSuccess);
        Assert.True((await campaigns.SetDeadlinesAsync(TestActors.Officer, id, new DateTime(2026, 3, 31), new DateTime(2026, 12, 5))).IsSuccess);
        Assert.True((await campaigns.OfferTitleAsync(TestActors.Officer, id, Title.CertificateOfCommendation, null)).IsSuccess);
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = "CD", Name = "Nhiệm vụ chuyên đề", MaxPoints = 100, UnitOfMeasure = "việc" })).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        // A unit that pledged is in the evaluation, with a verdict (not eligible yet) on every form for it and its staff.
        var th = await App.UnitIdAsync("TH");
        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(th), id, th,
            new Dictionary<string, decimal?> { ["CD"] = 10 }, null, submit: true)).IsSuccess);
        var summary = await App.Service<ReviewDashboardService>().SummaryAsync(TestActors.Leader, id);
        Assert.True(summary is { IsSuccess: true }, string.Join("; ", summary?.Errors ?? []));
        SignInAs("lanhdao", Roles.Leadership);
        await DisposeComponentsAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"evaluation/{id}");

        var page = Render<EvaluationPage>(p => p.Add(x => x.CampaignId, id));

        // No verdict yet: the chart and the title filter name the one form offered, not Huân chương and the others at 0.
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=titles-figures] tbody tr")), Wait);
        Assert.Equal(["Giấy khen"], page.FindAll("[data-testid=title-chip]").Select(c => c.TextContent.Trim()));
        Assert.Equal(2, page.FindAll("[data-testid=filter-title] option").Count);
    }

    [Fact]
    public async Task TheCharts_ShowTheirFiguresAsText_NotOnlyInTooltips()
    {
        var page = await Open("lanhdao", Roles.Leadership);

        var blocRows = page.FindAll("[data-testid=scores-figures] tbody tr");
        Assert.Equal(page.FindAll("[data-testid=chart-scores] svg rect.review-bar").Count, blocRows.Count);
        Assert.All(blocRows, row => Assert.Matches(@"\d+,\d\d", row.QuerySelectorAll("td")[0].TextContent));
        var titleRows = page.FindAll("[data-testid=titles-figures] tbody tr");
        Assert.NotEmpty(titleRows);
        Assert.All(titleRows, row => Assert.Equal(3, row.QuerySelectorAll("td").Length));
    }

    [Fact]
    public async Task ABlocChip_IsALink_ThatFiltersTheRankingToIt()
    {
        var page = await Open("hoidong1", Roles.CouncilMember);
        var chip = page.FindAll("[data-testid=bloc-chip]")[1];
        var bloc = chip.TextContent.Trim();
        Assert.Equal("a", chip.TagName, ignoreCase: true);

        var filtered = await Follow(page, "[data-testid=scores-figures] tbody tr:nth-child(2) [data-testid=bloc-chip]");

        Assert.All(filtered.FindAll("[data-testid=ranking-table] tbody tr"), row => Assert.Contains(bloc, row.TextContent, StringComparison.Ordinal));
        Assert.Equal("true", filtered.FindAll("[data-testid=bloc-chip]")[1].GetAttribute("aria-current"));
        Assert.Contains("bloc=", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleChip_FiltersTheVerdictsToThatTitle()
    {
        var page = await Open("lanhdao", Roles.Leadership);
        var firstTitle = page.FindAll("[data-testid=title-chip]")[0].TextContent.Trim();

        var filtered = await Follow(page, "[data-testid=title-chip]");

        var rows = filtered.FindAll("[data-testid=recommendation-table] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(firstTitle, row.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheScoreChart_DrawsABarPerBlocWithItsFiguresAsTooltip()
    {
        var page = await Open("lanhdao", Roles.Leadership);

        var chips = page.FindAll("[data-testid=bloc-chip]");
        var bars = page.FindAll("[data-testid=chart-scores] svg rect.review-bar");
        Assert.Equal(chips.Count, bars.Count);
        Assert.Contains(chips[0].TextContent.Trim(), bars[0].QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFilters_AreAGetFormWhoseFieldsTheAddressFillsIn()
    {
        var page = await Open("lanhdao", Roles.Leadership);
        var unitName = page.Find("[data-testid=ranking-table] tbody tr td:nth-child(3)").TextContent.Trim();

        var form = page.Find("[data-testid=filters]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", page.Find("[data-testid=filter-search]").GetAttribute("name"));

        var searched = await Show($"evaluation/1?q={Uri.EscapeDataString(unitName)}&status=all");

        Assert.All(searched.FindAll("[data-testid=ranking-table] tbody tr"),
            row => Assert.Contains(unitName, row.TextContent, StringComparison.Ordinal));
        Assert.Equal(unitName, searched.Find("[data-testid=filter-search]").GetAttribute("value"));
        Assert.True(searched.Find("[data-testid=filter-status] option[value=all]").HasAttribute("selected"));
    }

    [Fact]
    public async Task ThePagers_AreLinksThatKeepTheFilters_EachWithItsOwnPageNumber()
    {
        var page = await Open("lanhdao", Roles.Leadership, "?status=all&rankpage=2&page=2");

        var rankingBack = Query(page.Find("[data-testid=ranking-pager-previous]").GetAttribute("href"));
        var verdictsBack = Query(page.Find("[data-testid=recommendation-pager-previous]").GetAttribute("href"));

        Assert.Equal(("1", "2", "all"), (rankingBack["rankpage"], rankingBack["page"], rankingBack["status"]));
        Assert.Equal(("2", "1", "all"), (verdictsBack["rankpage"], verdictsBack["page"], verdictsBack["status"]));
    }

    /// <summary>Two navigation landmarks on one page need names of their own (axe: landmark-unique).</summary>
    [Fact]
    public async Task ThePagers_AreLandmarksNamedByWhatTheyPage()
    {
        var page = await Open("lanhdao", Roles.Leadership, "?status=all");

        Assert.Equal("Phân trang: Xếp hạng đơn vị", page.Find("nav[data-testid=ranking-pager]").GetAttribute("aria-label"));
        Assert.Equal("Phân trang: Đề xuất khen thưởng", page.Find("nav[data-testid=recommendation-pager]").GetAttribute("aria-label"));
    }

    private static System.Collections.Specialized.NameValueCollection Query(string? href)
    {
        Assert.False(string.IsNullOrEmpty(href), "not a link");
        return System.Web.HttpUtility.ParseQueryString(new Uri(href!).Query);
    }

    [Fact]
    public async Task AUnitOfTheRanking_IsALink_ThatOpensItsScorecard_AndNarrowsTheVerdictsToIt()
    {
        var page = await Open("congdoan", Roles.UnionOfficer);
        var unitName = page.Find("[data-testid=ranking-table] tbody tr td:nth-child(3)").TextContent.Trim();
        Assert.Empty(page.FindAll("[data-testid=ranking-table] tr[onclick], [data-testid=ranking-table] tr[blazor\\:onclick]"));

        var card = await Follow(page, "[data-testid=ranking-table] tbody tr td:nth-child(3) a");

        Assert.NotEmpty(card.FindAll("[data-testid=scorecard-line]"));
        Assert.Contains(unitName, card.Find("[data-testid=scorecard]").TextContent, StringComparison.Ordinal);
        Assert.Contains(unitName, card.Find("[data-testid=filter-unit]").TextContent, StringComparison.Ordinal);
        var verdicts = await Follow(card, "[data-testid=scorecard-recommendations]");
        var rows = verdicts.FindAll("[data-testid=recommendation-table] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(unitName, row.TextContent, StringComparison.Ordinal));
        Assert.Contains("Căn cứ", verdicts.Find("details [data-testid=reason]").TextContent, StringComparison.Ordinal);

        var closed = await Follow(verdicts, "[data-testid=scorecard-close]");
        Assert.Empty(closed.FindAll("[data-testid=scorecard]"));
    }

    [Fact]
    public async Task TheWhatIfPanel_IsClosedUntilOpened_AndTheOnlyIslandForLeadership()
    {
        var page = await Open("lanhdao", Roles.Leadership);

        Assert.Empty(page.FindComponents<WhatIfPanel>());
        Assert.Empty(page.FindAll("[data-testid=circuit-pending], [data-testid=circuit-live]"));
        Assert.Contains("whatif=open", page.Find("[data-testid=whatif-open]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull((await OpenWhatIf(page)).Find("[data-testid=whatif-kind]"));
    }

    [Fact]
    public async Task TheOfficer_GetsTheNominationIsland_AndTheWhatIfKnowsTheUnitOfTheScorecard()
    {
        var page = await Open("congdoan", Roles.UnionOfficer);
        Assert.NotNull(page.FindComponent<NominateButton>().Find("[data-testid=nominate]"));
        var unitLink = page.Find("[data-testid=ranking-table] tbody tr td:nth-child(3) a");
        var unitName = unitLink.TextContent.Trim();

        var card = await Follow(page, "[data-testid=ranking-table] tbody tr td:nth-child(3) a");
        var panel = await OpenWhatIf(card);

        Assert.Equal(unitName, panel.Instance.UnitName);
        Assert.NotNull(panel.Instance.UnitId);
    }

    [Fact]
    public async Task CouncilMembers_DoNotGetTheWhatIfPanel()
    {
        var page = await Open("hoidong1", Roles.CouncilMember);

        Assert.Empty(page.FindAll("[data-testid=whatif-open]"));
        Assert.Empty(page.FindAll("[data-testid=whatif]"));
    }

    [Fact]
    public async Task WhatIf_AZeroShareLimit_ListsTheRemovedVerdictsWithBothExplanations()
    {
        var panel = await OpenWhatIf(await Open("lanhdao", Roles.Leadership));
        var share = panel.FindComponents<NumberField>().Single();

        panel.Find("[data-testid=whatif-title]").Change(nameof(Title.AdvancedWorker));
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
    public async Task WhatIf_AddingAnIncompleteChange_SaysWhatIsMissing()
    {
        var panel = await OpenWhatIf(await Open("lanhdao", Roles.Leadership));

        panel.Find("[data-testid=whatif-add]").Click();

        Assert.Contains("Hãy điền đủ", panel.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.True(panel.Find("[data-testid=whatif-run]").HasAttribute("disabled"));
    }
}
