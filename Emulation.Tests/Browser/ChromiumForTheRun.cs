using Emulation.Tests.Browser;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(ChromiumForTheRun))]

namespace Emulation.Tests.Browser;

/// <summary>
/// One Playwright driver and one Debian Chromium for the whole test run, started when a test first asks for a browser
/// (a run of the fast tests starts none) and closed after the last test, as the assembly's fixture. Every browser
/// collection and class with a server of its own had its own (eight a run): the seven drivers less save about 10 of the
/// browser tests' ~460 CPU-seconds (bench/results/2026-12-06-suite34.md); Chromium's own processes take as much as
/// before, as their work follows the pages drawn, not the number of browsers. Tests stay apart as before: each opens a
/// context of its own (cookies, storage), and contexts run side by side.
/// </summary>
public sealed class ChromiumForTheRun : IAsyncDisposable
{
    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Started = new(StartAsync);

    public static async Task<IBrowser> BrowserAsync() => (await Started.Value).Browser;

    private static async Task<(IPlaywright, IBrowser)> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return (playwright, await BrowserFixture.LaunchChromiumAsync(playwright));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Started.IsValueCreated || !Started.Value.IsCompletedSuccessfully)
        {
            return;
        }

        var (playwright, browser) = await Started.Value;
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
