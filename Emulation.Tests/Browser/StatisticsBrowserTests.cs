using Emulation.Tests.Architecture;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Emulation.Tests.Browser;

/// <summary>
/// The union officer opens the year-end summary, follows a figure to the list of awards it counts (as many rows as
/// the figure says), returns, opens the Home Affairs form and downloads its workbook, which opens with the form's
/// number in its first cell. Photographed in vi-VN at desktop and phone width.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
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
        var count = await CountAsync(figure);
        await figure.ClickAsync();
        await officer.WaitForPageAsync("**/statistics/list?**", "stats-list-heading");
        await Assertions.Expect(officer.ByTestId("stats-list-row")).ToHaveCountAsync(count);
        await Assertions.Expect(officer.ByTestId("stats-list-figure")).ToContainTextAsync("Công trạng");
        await officer.ShotAsync("statistics-02-list");

        await officer.ClickAsync("stats-list-back");
        await officer.WaitForPageAsync("**/statistics/summary?**", "stats-table");
        await officer.Page.Locator("[data-testid=stats-other][data-report=HomeAffairs]").ClickAsync();
        await officer.WaitForPageAsync("**/statistics?**", "stats-table");
        await Assertions.Expect(officer.ByTestId("stats-heading")).ToContainTextAsync("0603.N/BNV-TĐKT");
        await officer.ShotAsync("statistics-03-form-0603");

        await DownloadsTheFormAsync(officer, "0603");

        await officer.Page.SetViewportSizeAsync(390, 844);
        await officer.GoAsync("statistics?from=2000-01-01&to=2030-12-31");
        await Assertions.Expect(officer.ByTestId("stats-table")).ToBeVisibleAsync();
        await officer.ShotAsync("statistics-04-form-0603-phone");
        // The summary and the list it leads to are photographed at phone width by the accessibility walk
        // (phone-congdoan-statistics-…), the same role, pages and dates: here only followed at that width.
        await officer.GoAsync("statistics/summary?from=2000-01-01&to=2030-12-31");
        await officer.Page.Locator("[data-testid=stats-figure][data-row=total][data-col=total]").ClickAsync();
        await officer.WaitForPageAsync("**/statistics/list?**", "stats-list-heading");
    }

    /// <summary>
    /// Forms 0601.N and 0602.N: from the 0603.N form to each through the reports' links, a figure of 0601.N to the
    /// campaigns it counts (as many rows as the figure says), and 0602.N's workbook, its form number in its first cell.
    /// Photographed in vi-VN at desktop and phone width.
    /// </summary>
    [Fact]
    public async Task TheOfficer_OpensForms0601And0602_AndFollowsACampaignFigureToItsList()
    {
        await using var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots);
        await officer.GoAsync("statistics?from=2000-01-01&to=2030-12-31");
        await officer.Page.Locator("[data-testid=stats-other][data-report=Movements]").ClickAsync();
        await officer.WaitForPageAsync("**/statistics/movements?**", "stats-table");
        await Assertions.Expect(officer.ByTestId("stats-heading")).ToContainTextAsync("0601.N/BNV-TĐKT");
        await Assertions.Expect(officer.ByTestId("stats-basis")).ToContainTextAsync("18/2025/TT-BNV");
        await officer.ShotAsync("statistics-07-form-0601");

        var figure = officer.Page.Locator("[data-testid=stats-figure][data-row='01'][data-col='4']");
        var count = await CountAsync(figure);
        await figure.ClickAsync();
        await officer.WaitForPageAsync("**/statistics/list?**", "stats-list-heading");
        await Assertions.Expect(officer.ByTestId("stats-list-row")).ToHaveCountAsync(count);
        await Assertions.Expect(officer.ByTestId("stats-list-heading")).ToContainTextAsync("phong trào");
        await officer.ShotAsync("statistics-08-list-campaigns");

        await officer.ClickAsync("stats-list-back");
        await officer.WaitForPageAsync("**/statistics/movements?**", "stats-table");
        await officer.Page.Locator("[data-testid=stats-other][data-report=StateAwards]").ClickAsync();
        await officer.WaitForPageAsync("**/statistics/state-awards?**", "stats-table");
        await Assertions.Expect(officer.ByTestId("stats-heading")).ToContainTextAsync("0602.N/BNV-TĐKT");
        await officer.ShotAsync("statistics-09-form-0602");
        await DownloadsTheFormAsync(officer, "0602");

        // Forms 0601.N and 0602.N are photographed at phone width by the accessibility walk (phone-congdoan-statistics-…),
        // the same role, pages and dates.
        await officer.Page.SetViewportSizeAsync(390, 844);
        await officer.GoAsync("statistics/movements?from=2000-01-01&to=2030-12-31");
        await Assertions.Expect(officer.ByTestId("stats-table")).ToBeVisibleAsync();
    }

    /// <summary>The figure a report's link shows, as a number; the report has something to count.</summary>
    private static async Task<int> CountAsync(ILocator figure)
    {
        var count = int.Parse((await figure.TextContentAsync())!.Trim().Replace(".", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        return count;
    }

    /// <summary>The form's download: named after the form and the period, its form number in its first cell.</summary>
    private static async Task DownloadsTheFormAsync(BrowserSession officer, string form)
    {
        var download = await officer.Page.RunAndWaitForDownloadAsync(() => officer.ClickAsync("stats-export"));
        Assert.StartsWith($"bieu-{form}-N-BNV-TDKT-2000-01-01-2030-12-31", download.SuggestedFilename, StringComparison.Ordinal);
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        Assert.Equal($"Biểu số: {form}.N/BNV-TĐKT", copy.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First()["A"]);
    }

    /// <summary>
    /// The campaign create form: a thematic campaign asks for its first and last day, and creating it without them
    /// shows the domain's refusal in Vietnamese at both fields. Photographed in vi-VN at desktop and phone width.
    /// </summary>
    [Fact]
    public async Task TheOfficer_CreatingAThematicCampaign_IsAskedForItsDays()
    {
        await using var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots);
        foreach (var (width, height, name) in new[] { (1280, 900, "campaign-create-thematic"), (390, 844, "campaign-create-thematic-phone") })
        {
            await officer.Page.SetViewportSizeAsync(width, height);
            await officer.GoAsync("campaigns");
            await officer.WaitForCircuitIfInteractiveAsync();
            await Assertions.Expect(officer.ByTestId("campaign-starts-on")).ToHaveCountAsync(0);
            await officer.TypeAsync("campaign-name", "Chuyên đề chuyển đổi số 2024–2026");
            await officer.Page.Locator(".mud-select:has([data-testid=campaign-kind]), .mud-select[data-testid=campaign-kind]").First.ClickAsync();
            await officer.Page.Locator(".mud-popover-open").GetByText("Theo chuyên đề", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(officer.ByTestId("campaign-starts-on")).ToBeVisibleAsync();
            await Assertions.Expect(officer.ByTestId("campaign-ends-on")).ToBeVisibleAsync();

            await officer.ClickAsync("create-campaign");
            await Assertions.Expect(officer.Page.GetByText("Cần nhập cả ngày bắt đầu và ngày kết thúc của phong trào.")).ToHaveCountAsync(2);
            await officer.ShotAsync(name);
        }
    }
}
