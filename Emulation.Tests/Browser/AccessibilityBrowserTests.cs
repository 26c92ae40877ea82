using System.Collections.Concurrent;
using System.Text;
using Deque.AxeCore.Commons;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// axe-core in Chromium on every page each role can reach from its menu, plus the pages opened from there (a
/// campaign, a unit's workspace, a profile); any critical or serious violation fails. Each page is also
/// photographed at phone width (390 × 844). An app of their own (<see cref="AccessibilityCollection"/>):
/// they take the longest of the browser tests, and run beside the others.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots", "a11y");

    private static readonly string[] Roles = ["congdoan", "tp.th", "tp.kt", "hoidong1", "lanhdao", "quantri", "nv.th1", "bantdkt", "bantdkt.hd1"];

    public static TheoryData<string> Users => new(Roles);

    /// <summary>
    /// How many roles are visited at once, each in its own browser context: a visit waits for the server, the browser
    /// and axe in turn, so two overlap their waits; more would only queue for the two cores beside the other tests.
    /// </summary>
    private static readonly SemaphoreSlim Visitors = new(2);

    /// <summary>
    /// What one visit to each of a role's pages found. The axe check, the English-word check and the phone-width
    /// pictures share one visit per page: a visit (the page, its circuit) costs far more than each look at it.
    /// </summary>
    /// <param name="Headings">How many <c>h1</c> the page has at desktop width (1280 px): one is right.</param>
    /// <param name="DesktopWidth">The document's scroll width at 1280 px; <paramref name="PhoneWidth"/> at 390 px.</param>
    private sealed record PageVisit(string Path, AxeResult Axe, string Text, int Headings, int DesktopWidth, int PhoneWidth);

    private static readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<PageVisit>>>> Visits = new(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryPageOfTheRole_HasNoSeriousAccessibilityViolation(string userName)
    {
        var report = new StringBuilder();
        var serious = 0;
        foreach (var visit in await VisitEveryPageAsync(userName))
        {
            var failing = visit.Axe.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
            serious += failing.Count;
            report.AppendLine($"{userName} /{visit.Path}: {visit.Axe.Violations.Length} violations, {failing.Count} critical or serious");
            foreach (var violation in failing)
            {
                report.AppendLine($"  {violation.Impact} {violation.Id}: {violation.Help}");
                foreach (var node in violation.Nodes.Take(3))
                {
                    report.AppendLine($"    {string.Join(" ", node.Target)} {node.Html}");
                }
            }
        }

        output.WriteLine(report.ToString());
        Assert.True(serious == 0, report.ToString());
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task AtPhoneWidth_TheMenuOpensOnTheFirstTap_AndTheAppBarFits(string userName)
    {
        await using var session = await BrowserSession.SignInAsync(fixture, userName, Screenshots);
        var page = session.Page;
        await page.SetViewportSizeAsync(390, 844);
        await session.GoAsync("");

        var drawer = page.Locator("#app-drawer");
        await Assertions.Expect(drawer).Not.ToBeInViewportAsync();
        await session.ClickAsync("nav-toggle");
        await Assertions.Expect(drawer).ToBeInViewportAsync();
        await Assertions.Expect(session.ByTestId("nav-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await session.WindowShotAsync($"phone-menu-{userName}");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(drawer).Not.ToBeInViewportAsync();

        await Assertions.Expect(page.Locator("header .app-title")).ToBeInViewportAsync(new() { Ratio = 0.5f });
        await Assertions.Expect(session.ByTestId("logout")).ToBeInViewportAsync(new() { Ratio = 1 });
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"the page is {pageWidth} px wide at a 390 px viewport");
    }

    /// <summary>
    /// Issue 20, item 7: no English word in the Vietnamese UI, on every page the role reaches: neither in the text
    /// shown nor in what a screen reader hears (aria-label, title, placeholder, alt). The words looked for are the
    /// domain's enum names and the app's component names (what leaks when a value is printed raw) and the common
    /// English words of a UI and of MudBlazor's own texts.
    /// </summary>
    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryPageOfTheRole_InVietnamese_ShowsNoEnglishWord(string userName)
    {
        var found = new StringBuilder();
        foreach (var visit in await VisitEveryPageAsync(userName))
        {
            var english = EnglishWords.In(visit.Text);
            if (english.Count > 0)
            {
                found.AppendLine($"{userName} /{visit.Path}: {string.Join(", ", english)}");
            }
        }

        output.WriteLine(found.ToString());
        Assert.True(found.Length == 0, found.ToString());
    }

    /// <summary>
    /// What a user stumbles on first, on every page the role reaches: no main heading or two, or a page wider than the
    /// window, at desktop width (1280 px) or on a phone (390 px), that has them scroll sideways.
    /// </summary>
    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryPageOfTheRole_HasOneMainHeading_AndNoSidewaysScroll(string userName)
    {
        var found = new StringBuilder();
        foreach (var visit in await VisitEveryPageAsync(userName))
        {
            if (visit.Headings != 1 || visit.DesktopWidth > 1280 || visit.PhoneWidth > 390)
            {
                found.AppendLine($"{userName} /{visit.Path}: {visit.Headings} h1, {visit.DesktopWidth} px wide at 1280, {visit.PhoneWidth} px at 390");
            }
        }

        output.WriteLine(found.ToString());
        Assert.True(found.Length == 0, found.ToString());
    }

    /// <summary>
    /// Visits every page the role reaches once per run, whichever of the role's tests asks first: runs axe, reads
    /// the text shown and what a screen reader hears (aria-label, title, placeholder, alt), and photographs the page
    /// at phone width. The first call also starts the other roles' visits (<see cref="Visitors"/> at once), which
    /// their tests then find done or under way; each role's visit is its own and reads only.
    /// </summary>
    private Task<IReadOnlyList<PageVisit>> VisitEveryPageAsync(string userName)
    {
        var visit = Visit(userName);
        foreach (var role in Roles)
        {
            _ = Visit(role);
        }

        return visit;
    }

    private Task<IReadOnlyList<PageVisit>> Visit(string userName) =>
        Visits.GetOrAdd(userName, _ => new Lazy<Task<IReadOnlyList<PageVisit>>>(() => VisitInTurnAsync(userName))).Value;

    private async Task<IReadOnlyList<PageVisit>> VisitInTurnAsync(string userName)
    {
        await Visitors.WaitAsync();
        try
        {
            return await VisitAsync(userName);
        }
        finally
        {
            Visitors.Release();
        }
    }

    private async Task<IReadOnlyList<PageVisit>> VisitAsync(string userName)
    {
        await using var session = await BrowserSession.SignInAsync(fixture, userName, Screenshots);
        var visits = new List<PageVisit>();
        await AxeInPage.LoadInEveryDocumentAsync(session.Page.Context);
        foreach (var path in (await RolePathsAsync(session, userName)).Distinct())
        {
            await session.GoAsync(path);
            var axe = await AxeInPage.RunAsync(session.Page, AxeInPage.WcagAa);
            var text = await session.Page.EvaluateAsync<string>("""
                () => [document.body.innerText,
                       ...[...document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]')]
                          .flatMap(e => ['aria-label', 'title', 'placeholder', 'alt'].map(a => e.getAttribute(a) ?? ''))].join('\n')
                """);
            var measured = await session.Page.EvaluateAsync<int[]>(
                "() => [document.querySelectorAll('h1').length, document.documentElement.scrollWidth]");
            var phone = await session.PhoneShotAsync($"phone-{userName}-{(path.Length == 0 ? "home" : ScreenshotName(path))}");
            visits.Add(new PageVisit(path, axe, text, measured[0], measured[1], phone));
        }

        return visits;
    }

    private static string ScreenshotName(string path) =>
        string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-'));

    /// <summary>Every page the role reaches: its menu, the pages opened from there, and the app bar's home, inbox and e-mail choices.</summary>
    private async Task<List<string>> RolePathsAsync(BrowserSession session, string userName)
    {
        var campaignId = await fixture.App.SeededCampaignIdAsync();
        var unitId = await fixture.App.UnitIdAsync("TH");
        var unitKt = await fixture.App.UnitIdAsync("KT");
        var paths = await MenuPathsAsync(session.Page);
        paths.AddRange(DeepPaths(userName, campaignId, unitId, unitKt));
        paths.AddRange(["", "inbox", "inbox/settings"]);
        return paths;
    }

    private static async Task<List<string>> MenuPathsAsync(IPage page)
    {
        var hrefs = await page.Locator("#app-drawer a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return [.. hrefs.Where(h => h is not null && !h.StartsWith("http", StringComparison.Ordinal))];
    }

    private static IEnumerable<string> DeepPaths(string userName, int campaignId, int unitId, int unitKt) => userName switch
    {
        "congdoan" => [$"campaigns/{campaignId}", $"campaigns/{campaignId}/progress", $"evaluation/{campaignId}", $"evaluation/{campaignId}?whatif=open", $"proposals/{campaignId}",
            "statistics/summary?from=2000-01-01&to=2030-12-31", "statistics/list?report=Summary&row=total&col=total&from=2000-01-01&to=2030-12-31",
            "statistics/movements?from=2000-01-01&to=2030-12-31", "statistics/state-awards?from=2000-01-01&to=2030-12-31",
            "statistics/list?report=Movements&row=01&col=1&from=2000-01-01&to=2030-12-31"],
        "tp.th" => [$"campaigns/{campaignId}/units/{unitId}", $"campaigns/{campaignId}/units/{unitId}?tab=staff", $"profile/unit/{unitId}"],
        "tp.kt" => [$"campaigns/{campaignId}/units/{unitKt}", $"campaigns/{campaignId}/units/{unitKt}?tab=staff", $"profile/unit/{unitKt}"],
        "lanhdao" => [$"profile/unit/{unitId}", $"proposals/{campaignId}"],
        "quantri" => ["admin/people", "admin/people/new", "admin/people/1", "admin/people/import"],
        _ => [],
    };
}
