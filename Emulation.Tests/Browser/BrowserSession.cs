using Emulation.Web.Data.Seed;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>One signed-in user in a fresh browser context, with helpers for MudBlazor inputs and screenshots.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string baseUrl, string screenshots) : IAsyncDisposable
{
    public IPage Page => page;

    /// <summary>
    /// <paramref name="userName"/> signed in on the collection's app, on its home page. The user's first session in the
    /// collection signs in through the form; later ones start from the cookies it left (<see cref="BrowserFixture.SignedInStates"/>)
    /// and only open the home page, which costs the browser and the app a page load and a post less. Where those cookies
    /// no longer sign in (a test signed the user out, or changed the account), the form is used again.
    /// </summary>
    public static async Task<BrowserSession> SignInAsync(BrowserFixture fixture, string userName, string screenshots)
    {
        if (fixture.SignedInStates.TryGetValue(userName, out var state))
        {
            var restored = await OpenAsync(fixture.Browser, fixture.BaseUrl, screenshots, state);
            await restored.GoAsync("");
            if (await restored.SignedInUserAsync() == userName)
            {
                return restored;
            }

            await restored.DisposeAsync();
        }

        var session = await SignInAsync(fixture.Browser, fixture.BaseUrl, userName, screenshots);
        fixture.SignedInStates[userName] = await session.Page.Context.StorageStateAsync();
        return session;
    }

    /// <summary><paramref name="userName"/> signed in through the login form in a fresh browser context, on the page the sign-in leads to.</summary>
    public static async Task<BrowserSession> SignInAsync(IBrowser browser, string baseUrl, string userName, string screenshots,
        string password = DemoDataSeeder.DemoPassword)
    {
        var session = await OpenAsync(browser, baseUrl, screenshots, storageState: null);
        var page = session.Page;
        await session.GoAsync("account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await session.ExplainingTimeoutAsync($"signed in as {userName}", () => page.WaitForSelectorAsync("[data-testid=current-user]"));
        return session;
    }

    private static async Task<BrowserSession> OpenAsync(IBrowser browser, string baseUrl, string screenshots, string? storageState)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", StorageState = storageState });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        return new BrowserSession(context, page, baseUrl, screenshots);
    }

    /// <summary>The login of the user the app bar shows as signed in, or null when it shows none.</summary>
    private Task<string?> SignedInUserAsync() =>
        page.EvaluateAsync<string?>("() => document.querySelector(\"[data-testid='current-user']\")?.title ?? null");

    /// <summary>
    /// Opens <paramref name="path"/> and waits for what makes it ready: the load event (the page, its style sheets,
    /// scripts and images), then the circuit of an interactive island. Not for "network idle", which is a fixed half
    /// second of silence after every page whatever it needs.
    /// </summary>
    public async Task GoAsync(string path)
    {
        await page.GotoAsync($"{baseUrl}/{path}", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await WaitForCircuitIfInteractiveAsync();
    }

    /// <summary>
    /// Typing into a prerendered island before its circuit connects would be lost: on a page that is an interactive
    /// island, waits until it is live. Static pages have no circuit to wait for.
    /// </summary>
    public async Task WaitForCircuitIfInteractiveAsync()
    {
        if (await page.Locator("[data-testid='circuit-pending'], [data-testid='circuit-live']").CountAsync() > 0)
        {
            // A static page may hold several islands (the review dashboard's nomination and what-if): all of them.
            await ExplainingTimeoutAsync("the island's circuit", () => WaitUntilTrueAsync(
                "() => !document.querySelector(\"[data-testid='circuit-pending']\") && !!document.querySelector(\"[data-testid='circuit-live']\")"));
        }
    }

    /// <summary>
    /// After a click that navigates: waits until the address matches <paramref name="urlPattern"/> (a glob: <c>**</c>
    /// any text, <c>*</c> any text within one path segment) and <paramref name="testId"/> of the new page is there, then
    /// for its island's circuit; a click before that would be lost. The address and the page are polled together
    /// rather than awaited as navigation events: Blazor's enhanced navigation pushes the address and swaps the page
    /// in separately, and on a loaded machine the event could be seen before the wait began.
    /// </summary>
    public Task WaitForPageAsync(string urlPattern, string testId) => WaitForPageAsync(Glob(urlPattern), testId);

    /// <inheritdoc cref="WaitForPageAsync(string, string)"/>
    public async Task WaitForPageAsync(System.Text.RegularExpressions.Regex url, string testId)
    {
        await ExplainingTimeoutAsync($"a page at {url} with {testId}", () => WaitUntilTrueAsync(
            "([source, id]) => new RegExp(source).test(location.href) && !!document.querySelector(`[data-testid='${id}']`)",
            new object[] { url.ToString(), testId }));
        await WaitForCircuitIfInteractiveAsync();
    }

    /// <summary>
    /// Waits until <paramref name="expression"/>, a script function of <paramref name="arg"/>, returns a truthy value in the
    /// page: checked every 20 ms. Playwright's default checks on every animation frame, which makes an idle headless page
    /// draw 60 frames a second for as long as the wait lasts: 0.21–0.28 CPU-s of renderer and compositor in a 5 s wait,
    /// against 0.06 checked every 20 ms (the same page, one after the other). Waiting for a circuit is such a wait.
    /// </summary>
    public async Task WaitUntilTrueAsync(string expression, object? arg = null) =>
        await page.WaitForFunctionAsync(expression, arg, new PageWaitForFunctionOptions { PollingInterval = 20 });

    /// <summary>
    /// Runs a wait; when it times out, fails with what the page showed instead: its address, its heading, the errors
    /// and alerts in view, the state of its circuit, and a screenshot. A wait that only says "timed out" leaves a flaky
    /// failure unexplained.
    /// </summary>
    private async Task ExplainingTimeoutAsync(string waitedFor, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"Waited in vain for {waitedFor}. {await WhatThePageShowsAsync()}", timeout);
        }
    }

    /// <summary>The page as a failure message describes it, with a screenshot under <c>failures/</c>.</summary>
    private async Task<string> WhatThePageShowsAsync()
    {
        string shown;
        try
        {
            shown = await page.EvaluateAsync<string>(WhatThePageShowsScript);
        }
        catch (PlaywrightException error)
        {
            shown = $"(the page could not be read: {error.Message})";
        }

        var picture = Picture(Path.Combine(screenshots, "failures"), $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}");
        picture.Timeout = 10_000;
        var shot = picture.Path;
        try
        {
            await page.ScreenshotAsync(picture);
        }
        catch (Exception error) when (error is PlaywrightException or TimeoutException)
        {
            shot = $"(none: {error.Message})";
        }

        return $"{shown} Screenshot: {shot}";
    }

    // Visible alerts (MudAlert, role=alert), fields in error with their texts, the circuit's marker and reconnect dialog.
    private const string WhatThePageShowsScript = """
        () => {
            const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
            const text = e => (e.innerText ?? "").replace(/\s+/g, " ").trim();
            const seen = new Set();
            const alerts = [...document.querySelectorAll("[role=alert], .mud-alert, .mud-input-error, .validation-message")]
                .filter(visible).map(text).filter(t => t && !seen.has(t) && seen.add(t));
            const reconnect = document.getElementById("components-reconnect-modal");
            const circuit = document.querySelector("[data-testid='circuit-pending']") ? "pending"
                : document.querySelector("[data-testid='circuit-live']") ? "live" : "none on the page";
            return `Address: ${location.href}. Heading: "${text(document.querySelector("h1") ?? document.body).slice(0, 120)}". `
                + `Alerts and errors shown: ${alerts.length ? alerts.map(a => `"${a.slice(0, 300)}"`).join("; ") : "none"}. `
                + `Circuit: ${circuit}`
                + (reconnect?.open ? `; reconnect dialog open (${reconnect.className})` : "") + ".";
        }
        """;

    private static System.Text.RegularExpressions.Regex Glob(string pattern) =>
        new("^" + string.Concat(System.Text.RegularExpressions.Regex.Split(pattern, @"(\*\*|\*)").Select(part => part switch
        {
            "**" => ".*",
            "*" => "[^/]*",
            _ => System.Text.RegularExpressions.Regex.Escape(part),
        })) + "$");

    public ILocator ByTestId(string id) => page.Locator($"[data-testid='{id}']");

    /// <summary>
    /// Chooses files in a Blazor <c>InputFile</c>. Its change listener is attached by script after the input is drawn
    /// (Blazor marks the element with <c>_blazorInputFileNextFileId</c> when it does); files chosen before that are lost
    /// without a trace, which a loaded machine makes likely. Waits for the listener first.
    /// </summary>
    public async Task ChooseFilesAsync(string testId, params FilePayload[] files)
    {
        var selector = $"input[data-testid='{testId}']";
        await ExplainingTimeoutAsync($"the file input {testId} to listen",
            () => WaitUntilTrueAsync("selector => document.querySelector(selector)?._blazorInputFileNextFileId !== undefined", selector));
        var input = page.Locator(selector);
        await input.SetInputFilesAsync(files);
    }

    /// <summary>Types into a MudBlazor field and leaves it, so the circuit receives the change.</summary>
    public async Task TypeAsync(string testId, string text)
    {
        var input = page.Locator($"input[data-testid='{testId}']");
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    public async Task ClickAsync(string testId) => await ByTestId(testId).First.ClickAsync();

    private static readonly System.Text.Json.JsonSerializerOptions ReadableJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Opens the MudBlazor select <paramref name="select"/>, clicks the first option whose name holds
    /// <paramref name="option"/>, and waits until the select shows it. The select closes its list before it takes the
    /// value and awaits the browser in between, and the circuit handles the next event meanwhile: a save clicked right
    /// after the choice could run without it (on a loaded machine it did). The select shows the new value only once
    /// the page's own field holds it.
    /// </summary>
    public async Task ChooseAsync(ILocator select, string option)
    {
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).First.ClickAsync();
        // The value a screen reader hears, as a quoted YAML string: a select shows it as the text of its combobox, or as
        // the value of a read-only input when it has a ToStringFunc.
        await Assertions.Expect(select).ToMatchAriaSnapshotAsync($"- combobox: {System.Text.Json.JsonSerializer.Serialize(option, ReadableJson)}");
    }

    public Task ShotAsync(string name) => ShotAsync(Picture(screenshots, name));

    private async Task ShotAsync(PageScreenshotOptions picture)
    {
        // From the top: a full-page picture of a scrolled page draws the fixed app bar across its middle.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(picture);
    }

    /// <summary>
    /// A picture of what the window shows, for what is drawn over the page (an open menu, a dialog): the rest of a long
    /// page adds nothing to it, and a full-page picture has Chromium lay out and draw the whole page at its full height.
    /// </summary>
    public async Task WindowShotAsync(string name) => await page.ScreenshotAsync(Picture(screenshots, name, fullPage: false));

    /// <summary>
    /// Where and how a test's picture of a page is saved: <paramref name="name"/>.jpg in <paramref name="directory"/>,
    /// the whole page unless <paramref name="fullPage"/> is false. JPEG, not PNG: the pictures are for people to look
    /// at, and Chromium took about a fifth less processor time for a full page (109–118 against 142 ms at desktop
    /// width, 90–102 against 131 at phone width, 20 pictures each), over some 280 pictures a run.
    /// </summary>
    public static PageScreenshotOptions Picture(string directory, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(directory);
        return new PageScreenshotOptions
        {
            Path = Path.Combine(directory, name + ".jpg"), FullPage = fullPage, Type = ScreenshotType.Jpeg, Quality = 80,
        };
    }

    /// <summary>
    /// The same page at phone width (390 × 844), then back to the width it had; not loaded again, so that a page shown
    /// after a form's post keeps what the post showed (<see cref="AssertFitsPhoneAsync"/> for a page reached by a link).
    /// Gives how wide the page is there (the document's scroll width): more than 390 px is a sideways scroll.
    /// </summary>
    /// <remarks>
    /// Narrowed, the desktop's menu slides away (a 150 ms transition): the picture finishes the page's transitions
    /// before it is taken (<see cref="ScreenshotAnimations.Disabled"/>) instead of the test waiting for the menu to be
    /// hidden. Narrowing with that wait, polled on every frame the page drew meanwhile, took 17 of the accessibility
    /// walk's ~120 CPU-seconds (148 pictures); narrowing alone now takes 3–4, the picture 3–4 more than it did
    /// (bench/results/2026-12-07-suite39a.md). The width is still read
    /// after the picture: read at once after narrowing, 22 of the walk's 148 pages measured 391–476 px, which after the
    /// picture (and before, after the wait) measure 390 or less.
    /// </remarks>
    public async Task<int> PhoneShotAsync(string name)
    {
        var wide = 0;
        await AtPhoneWidthAsync(reload: false, async () =>
        {
            var picture = Picture(screenshots, name);
            picture.Animations = ScreenshotAnimations.Disabled;
            await ShotAsync(picture);
            wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        });
        return wide;
    }

    /// <summary>
    /// The page as a phone opens it: loaded again at 390 × 844 (a desktop page only narrowed keeps its drawer open), a
    /// screenshot, and a failure naming what sticks out when anything makes the page wider than the phone; then the
    /// width it had, loaded again. Only for a page that a reload shows as it is (reached by a link, not a form post).
    /// </summary>
    public Task AssertFitsPhoneAsync(string name) => AtPhoneWidthAsync(reload: true, async () =>
    {
        await ShotAsync(name);
        await AssertNothingWiderThanAPhoneAsync(name);
    });

    /// <summary>
    /// <see cref="AssertFitsPhoneAsync(string)"/> without the picture, for a page another test already photographs at
    /// phone width for the same role (the accessibility walk's one picture per role and page).
    /// </summary>
    public Task AssertFitsPhoneAsync() => AtPhoneWidthAsync(reload: true, () => AssertNothingWiderThanAPhoneAsync(page.Url));

    private async Task AssertNothingWiderThanAPhoneAsync(string name)
    {
        var wider = await page.EvaluateAsync<string>(
            "() => document.documentElement.scrollWidth <= 390 ? '' : [...document.querySelectorAll('body *')]" +
            ".filter(e => e.getBoundingClientRect().right > 390).slice(-5)" +
            ".map(e => `${e.tagName.toLowerCase()}.${e.className}[${e.getAttribute('data-testid') ?? ''}] to ${Math.round(e.getBoundingClientRect().right)} px`).join('; ')");
        Assert.True(wider.Length == 0, $"{name}: wider than a 390 px phone: {wider}");
    }

    /// <summary>Runs <paramref name="look"/> at 390 × 844, then puts back the width the page had.</summary>
    private async Task AtPhoneWidthAsync(bool reload, Func<Task> look)
    {
        var width = page.ViewportSize;
        await page.SetViewportSizeAsync(390, 844);
        if (reload)
        {
            await ReloadAsync();
        }

        await look();
        if (width is not null)
        {
            await page.SetViewportSizeAsync(width.Width, width.Height);
            if (reload)
            {
                await ReloadAsync();
            }
        }
    }

    private async Task ReloadAsync()
    {
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });
        await WaitForCircuitIfInteractiveAsync();
    }

    /// <summary>On the change-password page: replaces <paramref name="current"/> and waits for the confirmation.</summary>
    public async Task ChangePasswordAsync(string current, string replacement)
    {
        await page.FillAsync("#current-password", current);
        await page.FillAsync("#new-password", replacement);
        await page.FillAsync("#confirm-password", replacement);
        await ClickAsync("password-submit");
        await ByTestId("password-changed").WaitForAsync();
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
