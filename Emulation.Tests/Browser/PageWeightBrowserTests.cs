using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Bytes on the wire as the browser's own resource timing counts them (headers and compressed bodies; nothing for what
/// came from the cache): a first visit with an empty cache, then a second page reached through the menu.
/// Goals: ≤ 250 KB and ≤ 30 KB.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PageWeightBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const long FirstVisitBudget = 250 * 1024;
    // Goal 30 KB (issue 18). The awards page measured 30.8 KB; with its rows on one line (no indentation between cells)
    // and its column names read once, 27.2 KB (session of 2026-12-02).
    private const long SecondPageBudget = 30 * 1024;

    // Everything this document fetched since the mark (the page itself, when it was loaded, and each resource), listed
    // with its size; an enhanced navigation stays in the same document, so the mark separates the pages.
    private const string TransferredSinceMark = """
        () => {
            const since = window.__weightMark ?? -1;
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                .filter(e => e.startTime >= since);
            return entries.map(e => `${e.transferSize}\t${e.name}`);
        }
        """;

    [Fact]
    public async Task FirstVisit_AndASecondPage_StayWithinTheirBudgets()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        await using var _ = context;
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);

        await page.GotoAsync($"{fixture.BaseUrl}/account/login");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var firstVisit = await TransferredAsync(page, "first visit (sign-in page)");

        await page.FillAsync("#username", "tp.th");
        await page.FillAsync("#password", Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.Locator("[data-testid=current-user]").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.EvaluateAsync("() => window.__weightMark = performance.now()");
        await page.ClickAsync("[data-testid=nav-awards]");
        await page.WaitForURLAsync("**/awards", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("[data-testid=awards-table]")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var secondPage = await TransferredAsync(page, "second page (awards, through the menu)");

        Assert.True(firstVisit <= FirstVisitBudget, $"first visit {firstVisit:N0} bytes");
        Assert.True(secondPage <= SecondPageBudget, $"second page {secondPage:N0} bytes");
        Assert.True(secondPage > 0, "the second page's own request was not counted");
    }

    private async Task<long> TransferredAsync(IPage page, string what)
    {
        var lines = await page.EvaluateAsync<string[]>(TransferredSinceMark);
        long total = 0;
        output.WriteLine($"{what}: {lines.Length} responses");
        foreach (var line in lines)
        {
            var parts = line.Split('\t', 2);
            var bytes = long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            total += bytes;
            output.WriteLine($"  {bytes,9:N0}  {parts[1]}");
        }

        output.WriteLine($"  {total,9:N0}  bytes in all");
        return total;
    }
}
