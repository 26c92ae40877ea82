using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
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
            // criterion, a file input, a table) widens the page.
            await head.AssertFitsPhoneAsync($"workspace-tab-{tab}-phone");
            var desktop = head.Page.ViewportSize!;
            await head.Page.SetViewportSizeAsync(390, 844);
            // The tab links wrap inside the phone's width instead of widening the page.
            Assert.True(await head.Page.EvaluateAsync<bool>(
                "() => { const nav = document.querySelector(\"[data-testid='workspace-tabs']\"); return nav.scrollWidth <= nav.clientWidth && nav.getBoundingClientRect().right <= 390; }"),
                $"The tab links of {tab} are wider than the phone.");
            await head.Page.SetViewportSizeAsync(desktop.Width, desktop.Height);
        }
    }
}
