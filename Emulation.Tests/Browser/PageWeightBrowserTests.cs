using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Bytes on the wire as Chromium counts them (headers and compressed bodies): a first visit with an empty cache, then
/// a second page reached through the menu. Goals: ≤ 250 KB and ≤ 30 KB.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWeightBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const long FirstVisitBudget = 250 * 1024;
    private const long SecondPageBudget = 30 * 1024;

    [Fact]
    public async Task FirstVisit_AndASecondPage_StayWithinTheirBudgets()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        await using var _ = context;
        var page = await context.NewPageAsync();
        var transferred = new List<IRequest>();
        page.RequestFinished += (_, request) =>
        {
            lock (transferred)
            {
                transferred.Add(request);
            }
        };

        await page.GotoAsync($"{fixture.BaseUrl}/account/login");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var firstVisit = await TakeAsync(transferred, "first visit (sign-in page)");

        await page.FillAsync("#username", "tp.th");
        await page.FillAsync("#password", Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.Locator("[data-testid=current-user]").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await TakeAsync(transferred, "signing in (home page, assets from the cache)");

        await page.RunAndWaitForRequestFinishedAsync(() => page.ClickAsync("[data-testid=nav-awards]"),
            new() { Predicate = request => request.Url.EndsWith("/awards", StringComparison.Ordinal) });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var secondPage = await TakeAsync(transferred, "second page (awards, through the menu)");

        Assert.True(firstVisit <= FirstVisitBudget, $"first visit {firstVisit:N0} bytes");
        Assert.True(secondPage <= SecondPageBudget, $"second page {secondPage:N0} bytes");
    }

    private async Task<long> TakeAsync(List<IRequest> transferred, string what)
    {
        IRequest[] requests;
        lock (transferred)
        {
            requests = [.. transferred];
            transferred.Clear();
        }

        long total = 0;
        output.WriteLine($"{what}: {requests.Length} responses");
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            total += bytes;
            output.WriteLine($"  {bytes,9:N0}  {request.Url}");
        }

        output.WriteLine($"  {total,9:N0}  bytes in all");
        return total;
    }
}
