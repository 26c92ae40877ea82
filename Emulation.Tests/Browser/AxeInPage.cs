using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulation.Tests.Browser;

/// <summary>
/// axe-core run in the page itself, with the options given, and only the violations worked out in full.
/// </summary>
/// <remarks>
/// The package's own <c>RunAxe</c> sends the 500 kB script to the page, runs a partial scan, then opens a new page in
/// the browser, sends the script there again and finishes the scan in it: with its new browser context that was most
/// of the time of each page the accessibility tests visit. Here the script is sent once per document and
/// <c>axe.run</c> scans and reports in the page, as axe's own documentation describes; the pages have no frames for
/// the partial scan to reach. Passes, incomplete and inapplicable results keep one node each
/// (<c>resultTypes: ["violations"]</c>): the tests read only the violations.
/// </remarks>
public static class AxeInPage
{
    /// <summary>The WCAG 2.0 and 2.1 level A and AA rules, the ones the tests hold every page to.</summary>
    public static AxeRunOptions WcagAa => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Has every document the context opens from now on load axe as it starts, from the browser itself (an init
    /// script), so that <see cref="RunAsync"/> finds it there. For a walk over many pages: sent to each page by
    /// <see cref="RunAsync"/>, the 500 kB script went from the test through Playwright's driver and the browser process
    /// to the page 132 times (accessibility walk, processor time of the sending and loading: 14.9 CPU-seconds against
    /// 1.3 sent once per context; the accessibility class 125.6 and 126.6 CPU-seconds against 116.9).
    /// </summary>
    public static Task LoadInEveryDocumentAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.AddInitScriptAsync(Script.Value);
    }

    public static async Task<AxeResult> RunAsync(IPage page, AxeRunOptions options)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync($"() => {{ {Script.Value} }}");
        }

        var json = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await window.axe.run(document, JSON.parse(options)))",
            JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(json));
    }
}
