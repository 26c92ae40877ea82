using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// The unit workspace's tabs are links of a static page (docs/decisions/0008): each opens its address (<c>?tab=</c>),
/// is marked as the current page, brings its own island live, and fits a phone's width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnitWorkspaceBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    private static readonly string[] PhotographedByTheWalk = ["pledge", "staff"];

    [Fact]
    public async Task EachTab_IsALink_ToItsOwnIsland_OnADesktopAndAPhone()
    {
        var unitId = await fixture.App.UnitIdAsync("TH");
        var campaignId = await fixture.App.SeededCampaignIdAsync();
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.th", Screenshots);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
        await Assertions.Expect(head.ByTestId("tab-pledge")).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(head.Page.GetByRole(AriaRole.Navigation, new() { Name = "Các phần của hồ sơ đơn vị" })).ToBeVisibleAsync();

        foreach (var (tab, shown) in new[] { ("titles", "person-titles"), ("results", "results-table"), ("staff", "staff-table"), ("pledge", "pledge-table") })
        {
            await head.ClickAsync($"tab-{tab}");
            await head.WaitForPageAsync($"**/units/{unitId}?tab={tab}", shown);
            await Assertions.Expect(head.ByTestId($"tab-{tab}")).ToHaveAttributeAsync("aria-current", "page");
            await Assertions.Expect(head.Page.Locator("[data-testid='workspace-tabs'] a[aria-current]")).ToHaveCountAsync(1);
            await Assertions.Expect(head.Page.Locator(".mud-tabs")).ToHaveCountAsync(0);
            await head.ShotAsync($"workspace-tab-{tab}");
            // On a phone the tab links wrap inside its width, and nothing on the tab (a select as wide as its longest
            // criterion, a file input, a table) widens the page. The pledge and staff tabs of this unit are photographed
            // at phone width by the accessibility walk (phone-tp.th-…), the same role and page.
            if (PhotographedByTheWalk.Contains(tab))
            {
                await head.AssertFitsPhoneAsync();
            }
            else
            {
                await head.AssertFitsPhoneAsync($"workspace-tab-{tab}-phone");
            }
            var desktop = head.Page.ViewportSize!;
            await head.Page.SetViewportSizeAsync(390, 844);
            // The tab links wrap inside the phone's width instead of widening the page.
            Assert.True(await head.Page.EvaluateAsync<bool>(
                "() => { const nav = document.querySelector(\"[data-testid='workspace-tabs']\"); return nav.scrollWidth <= nav.clientWidth && nav.getBoundingClientRect().right <= 390; }"),
                $"The tab links of {tab} are wider than the phone.");
            await head.Page.SetViewportSizeAsync(desktop.Width, desktop.Height);
        }
    }

    /// <summary>
    /// The first draft save creates the pledge, and the pledge island itself then offers it as Word and PDF: no reload,
    /// no refresh of the page around the island, so a submit pressed at once is not lost to one arriving mid-submit.
    /// </summary>
    [Fact]
    public async Task FirstDraftSave_ThenSubmitAtOnce_IsSubmitted_AndTheDocumentsAppearWithoutAReload()
    {
        var unitId = await fixture.App.UnitIdAsync("TH");
        var campaignId = await fixture.App.Service<CampaignService>().LaunchWithCriteriaAsync("Đợt lưu nháp rồi gửi ngay", 1);
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.th", Screenshots);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}");
        await Assertions.Expect(head.ByTestId("pledge-document-later")).ToBeVisibleAsync();
        // Gone if the document is loaded again; kept through Blazor's enhanced refresh after the submit.
        await head.Page.EvaluateAsync("() => window.notReloaded = true");

        await head.TypeAsync($"target-{TestCampaigns.CriterionCode(1)}", "12");
        await head.ClickAsync("save-pledge");
        await head.ClickAsync("submit-pledge");
        await head.ClickAsync("confirm-ok");

        await Assertions.Expect(head.ByTestId("saved")).ToContainTextAsync("Đã gửi đăng ký thi đua.");
        await Assertions.Expect(head.ByTestId("workspace-statuses")).ToContainTextAsync("Đăng ký thi đua: Đã gửi");
        await Assertions.Expect(head.ByTestId("download-pledge-docx")).ToBeVisibleAsync();
        await Assertions.Expect(head.ByTestId("download-pledge-pdf")).ToHaveAttributeAsync("href", $"documents/pledges/{campaignId}/{unitId}.pdf");
        Assert.True(await head.Page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The page was loaded again.");
        await head.ShotAsync("workspace-pledge-documents-after-first-save");
    }

    /// <summary>
    /// The staff grid asks about a former unit only where the head opens it (or the positions show a move), through one
    /// control above the grid rather than a button in every row; the questions then carry their help as a description,
    /// and the tab stays axe-clean, and on a phone each person is a card with nothing scrolled sideways.
    /// </summary>
    [Fact]
    public async Task StaffTab_FormerUnitQuestions_OpenFromTheOneTransferControl_DescribedByTheirHelp_AndFitAPhone()
    {
        var unitId = await fixture.App.UnitIdAsync("TH");
        var campaignId = await fixture.App.SeededCampaignIdAsync();
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.th", Screenshots);
        await head.GoAsync($"campaigns/{campaignId}/units/{unitId}?tab=staff");
        await Assertions.Expect(head.ByTestId("former-ask")).ToHaveCountAsync(1);
        await Assertions.Expect(head.Page.Locator("[data-testid^='former-ask-']:not([data-testid='former-ask-person'])")).ToHaveCountAsync(0);
        var person = await head.ByTestId("former-ask-person").Locator("option[value]:not([value=''])").First.GetAttributeAsync("value");
        await Assertions.Expect(head.ByTestId($"former-unit-{person}")).ToHaveCountAsync(0);

        await head.ByTestId("former-ask-person").SelectOptionAsync(person!);
        await head.ClickAsync("former-ask");

        await Assertions.Expect(head.ByTestId($"former-unit-{person}")).ToBeVisibleAsync();
        foreach (var field in new[] { "former-months", "former-opinion" })
        {
            await Assertions.Expect(head.ByTestId($"{field}-{person}")).ToHaveAccessibleDescriptionAsync(
                new System.Text.RegularExpressions.Regex("số tháng đã công tác ở đơn vị cũ"));
        }

        foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
        {
            await head.Page.SetViewportSizeAsync(width, height);
            var axe = await AxeInPage.RunAsync(head.Page, AxeInPage.WcagAa);
            Assert.True(axe.Violations.Length == 0, $"{width} px: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Html))}")));
            Assert.True(await head.Page.EvaluateAsync<bool>($"() => document.documentElement.scrollWidth <= {width}"), $"Wider than {width} px.");
            Assert.True(await head.Page.EvaluateAsync<bool>(
                "() => [...document.querySelectorAll('[data-testid=staff-table] table, [data-testid=staff-table] .mud-table-container')].every(e => e.scrollWidth <= e.clientWidth + 1)"),
                $"The staff grid scrolls sideways at {width} px.");
            await head.ShotAsync($"workspace-staff-former-unit-{width}");
        }
    }
}
