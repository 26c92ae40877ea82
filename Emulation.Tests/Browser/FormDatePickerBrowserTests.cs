using Emulation.Tests.Architecture;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// The static pages' date filters (Thống kê, the audit log) are MudBlazor's date picker, as on the pages that edit: the
/// day shown as dd/MM/yyyy, found by its label, typed with the keyboard, and sent by the form as yyyy-MM-dd. No native
/// date input is left, whose format follows the browser rather than the page's language.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class FormDatePickerBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Theory]
    [InlineData("congdoan", "statistics?from=2026-01-01&to=2026-06-30", "Từ ngày", "stats-submit")]
    [InlineData("quantri", "admin/audit?from=2026-01-01&to=2026-06-30", "Từ ngày", "audit-search")]
    public async Task TheFromDay_ShowsAsDdMmYyyy_IsTypedByKeyboard_AndSentAsIsoDate(string user, string path, string label, string submit)
    {
        await using var session = await BrowserSession.SignInAsync(fixture, user, Screenshots);
        await session.GoAsync(path);
        await Assertions.Expect(session.Page.Locator("input[type=date]")).ToHaveCountAsync(0);
        var from = session.Page.GetByLabel(label, new() { Exact = true });
        await Assertions.Expect(from).ToHaveValueAsync("01/01/2026");

        await from.FillAsync("15/02/2026");
        await from.PressAsync("Tab");
        await Assertions.Expect(session.Page.Locator("input[type=hidden][name=from]")).ToHaveValueAsync("2026-02-15");
        await session.ShotAsync($"date-filter-{user}");
        await session.ClickAsync(submit);

        await session.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("from=2026-02-15"));
        await session.WaitForCircuitIfInteractiveAsync();
        await Assertions.Expect(session.Page.GetByLabel(label, new() { Exact = true })).ToHaveValueAsync("15/02/2026");
    }
}
