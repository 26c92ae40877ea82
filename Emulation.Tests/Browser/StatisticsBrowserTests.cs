using Emulation.Tests.Architecture;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Emulation.Tests.Browser;

/// <summary>
/// The union officer opens the year-end summary, follows a figure to the list of awards it counts (as many rows as
/// the figure says), returns, opens the Home Affairs form and downloads its workbook, which opens with the form's
/// number in its first cell. Photographed in vi-VN at desktop and phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsBrowserTests(BrowserFixture fixture)
{
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task TheOfficer_FollowsAFigureToItsList_AndDownloadsTheForm()
    {
        await using var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots);
        await officer.GoAsync("statistics/summary?from=2000-01-01&to=2030-12-31");
        await Assertions.Expect(officer.ByTestId("stats-table")).ToBeVisibleAsync();
        await officer.ShotAsync("statistics-01-summary");

        var figure = officer.Page.Locator("[data-testid=stats-figure][data-row='kind:Merit'][data-col=total]");
        var count = int.Parse((await figure.TextContentAsync())!.Trim().Replace(".", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        await figure.ClickAsync();
        await officer.WaitForPageAsync("**/statistics/list?**", "stats-list-heading");
        await Assertions.Expect(officer.ByTestId("stats-list-row")).ToHaveCountAsync(count);
        await Assertions.Expect(officer.ByTestId("stats-list-figure")).ToContainTextAsync("Công trạng");
        await officer.ShotAsync("statistics-02-list");

        await officer.ClickAsync("stats-list-back");
        await officer.WaitForPageAsync("**/statistics/summary?**", "stats-table");
        await officer.ClickAsync("stats-other");
        await officer.WaitForPageAsync("**/statistics?**", "stats-table");
        await Assertions.Expect(officer.ByTestId("stats-heading")).ToContainTextAsync("0603.N/BNV-TĐKT");
        await officer.ShotAsync("statistics-03-form-0603");

        var download = await officer.Page.RunAndWaitForDownloadAsync(() => officer.ClickAsync("stats-export"));
        Assert.StartsWith("bieu-0603-N-BNV-TDKT-2000-01-01-2030-12-31", download.SuggestedFilename, StringComparison.Ordinal);
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        var first = copy.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First();
        Assert.Equal("Biểu số: 0603.N/BNV-TĐKT", first["A"]);

        await officer.Page.SetViewportSizeAsync(390, 844);
        await officer.GoAsync("statistics?from=2000-01-01&to=2030-12-31");
        await Assertions.Expect(officer.ByTestId("stats-table")).ToBeVisibleAsync();
        await officer.ShotAsync("statistics-04-form-0603-phone");
        await officer.GoAsync("statistics/summary?from=2000-01-01&to=2030-12-31");
        await officer.ShotAsync("statistics-05-summary-phone");
        await officer.Page.Locator("[data-testid=stats-figure][data-row=total][data-col=total]").ClickAsync();
        await officer.WaitForPageAsync("**/statistics/list?**", "stats-list-heading");
        await officer.ShotAsync("statistics-06-list-phone");
    }
}
