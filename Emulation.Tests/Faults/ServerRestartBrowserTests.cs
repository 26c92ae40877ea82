using System.Text.RegularExpressions;
using Emulation.Tests.Architecture;
using Emulation.Tests.Browser;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Emulation.Tests.Faults;

/// <summary>
/// The server restarts under an open page: the page says so in plain Vietnamese and says what was kept; after a reload
/// the saved figures are there, and the figure typed but not saved is back in its field, marked and listed as not saved.
/// </summary>
public sealed class ServerRestartBrowserTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");
    private static readonly TimeSpan Reconnecting = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ServerRestartedUnderAPageWithUnsavedInput_SaysWhatIsKeptAndPutsTheUnsavedInputBackAfterReloading()
    {
        await using var app = new AppProcess();
        await app.StartAsync();
        var unitId = UnitId(app.DatabasePath, "TH");
        await using var head = await BrowserSession.SignInAsync(fixture.Browser, app.BaseUrl, "tp.th", Screenshots);
        await head.GoAsync($"campaigns/1/units/{unitId}");
        var targets = new List<string>();
        foreach (var input in await head.Page.Locator("input[data-testid^='target-']").AllAsync())
        {
            targets.Add((await input.GetAttributeAsync("data-testid"))!);
        }

        // A pledge is saved with every target filled; the first one is the figure this test follows.
        var target = targets[0];
        foreach (var other in targets)
        {
            await head.TypeAsync(other, other == target ? "123" : "10");
        }

        await head.ClickAsync("save-pledge");
        await Assertions.Expect(head.ByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await head.TypeAsync(target, "456");
        // The circuit has the unsaved figure once the page marks it.
        await head.Page.Locator("[data-unsaved-edits]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await app.KillAsync();
        var modal = head.Page.Locator("#components-reconnect-modal[open]");
        await modal.WaitForAsync(new() { Timeout = (float)Reconnecting.TotalMilliseconds });
        await Assertions.Expect(modal).ToContainTextAsync(new Regex("Mất kết nối tới máy chủ|Chưa kết nối lại được"),
            new() { UseInnerText = true });
        await app.StartAsync();
        await ReturnToTheTabAsync(head.Page);

        var restarted = head.ByTestId("reconnect-restarted");
        await Assertions.Expect(restarted).ToBeVisibleAsync(new() { Timeout = (float)Reconnecting.TotalMilliseconds });
        await Assertions.Expect(restarted).ToContainTextAsync("Máy chủ đã khởi động lại. Những gì bạn đã lưu vẫn còn");
        await Assertions.Expect(restarted).ToContainTextAsync("chưa lưu được giữ trong thẻ trình duyệt này");
        await Assertions.Expect(head.ByTestId("reconnect-unsaved")).ToBeVisibleAsync();
        await Assertions.Expect(head.ByTestId("reconnect-unsaved")).ToContainTextAsync("chưa lưu");
        await head.ShotAsync("server-restarted");

        await head.ByTestId("reconnect-reload").ClickAsync();
        // The reloaded page has no dialog open; only then is the circuit-live marker the new page's own.
        await Assertions.Expect(restarted).ToBeHiddenAsync();
        await head.Page.Locator("[data-testid='circuit-live']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(head.Page.Locator($"input[data-testid='{target}']")).ToHaveValueAsync("456");
        await Assertions.Expect(head.ByTestId($"unsaved-{target}")).ToHaveTextAsync("Chưa lưu");
        await Assertions.Expect(head.ByTestId("unsaved-restored")).ToContainTextAsync("456");
        await head.ShotAsync("server-restarted-unsaved-restored");

        await head.ClickAsync("save-pledge");
        await Assertions.Expect(head.ByTestId("saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await head.Page.ReloadAsync();
        await head.WaitForCircuitIfInteractiveAsync();
        await Assertions.Expect(head.Page.Locator($"input[data-testid='{target}']")).ToHaveValueAsync("456");
        await Assertions.Expect(head.ByTestId("unsaved-restored")).ToHaveCountAsync(0);
        Assert.Equal(0, await head.Page.Locator("[data-unsaved-edits]").CountAsync());
    }

    /// <summary>
    /// The person comes back to the tab, now that the server is up again. Blazor then tries to reconnect at once instead of
    /// at its next scheduled attempt, which after the first ten comes 5 s and later 30 s after the last: on a loaded
    /// machine, where the restart itself takes a minute, the page would otherwise learn of it up to half a minute late.
    /// The page is always visible in the headless browser, so the event the browser sends on returning is sent here.
    /// </summary>
    private static Task ReturnToTheTabAsync(IPage page) =>
        page.EvaluateAsync("() => document.dispatchEvent(new Event('visibilitychange'))");

    private static int UnitId(string databasePath, string code)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Units WHERE Code = $code";
        command.Parameters.AddWithValue("$code", code);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
