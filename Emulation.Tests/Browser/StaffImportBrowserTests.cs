using System.Globalization;
using Emulation.Domain.Results;
using Emulation.Tests.Architecture;
using Emulation.Tests.Imports;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// The staff tab's spreadsheet import is a static form of the workspace page (no file input in the island's circuit):
/// a head posts a real workbook and reads the row report of a bad one, with nothing saved, then the rows of a good one
/// saved and shown in the grid; a user who may not edit the unit has no form, and a forged post is refused.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffImportBrowserTests(BrowserFixture fixture)
{
    private const string UnitCode = "QTTV";
    private const string Excellent = "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ";
    private static readonly string Screenshots = Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots");

    [Fact]
    public async Task Head_PostsAWorkbook_SeesTheRowReportOfABadOne_AndTheSavedRowsOfAGoodOne_WhileOthersAreRefused()
    {
        var unitId = await fixture.App.UnitIdAsync(UnitCode);
        var address = $"campaigns/{await fixture.App.SeededCampaignIdAsync()}/units/{unitId}?tab=staff";
        await using var head = await BrowserSession.SignInAsync(fixture, "tp.qttv", Screenshots);
        await head.GoAsync(address);
        await Assertions.Expect(head.ByTestId("staff-table")).ToBeVisibleAsync();
        await Assertions.Expect(head.Page.GetByLabel("Nhập từ Excel:")).ToHaveAttributeAsync("type", "file");
        await head.AssertFitsPhoneAsync("staff-import-01-form-phone");
        var (first, second) = await FirstTwoPeopleAsync(head.Page);
        var before = await RecordsAsync(unitId);

        // A file over the import's limit is kept by the browser, which says why (the server would not read it).
        var limit = fixture.App.Service<ExcelImportOptions>().MaxFileBytes;
        await head.ByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "qua-lon.xlsx", MimeType = "application/octet-stream", Buffer = new byte[limit + 1] });
        await head.ClickAsync("import-submit");
        await Assertions.Expect(head.ByTestId("import-too-large")).ToBeVisibleAsync();
        await Assertions.Expect(head.ByTestId("import-too-large")).ToContainTextAsync("Tệp lớn hơn giới hạn cho phép");
        await Assertions.Expect(head.ByTestId("import-failed")).ToHaveCountAsync(0);
        await head.PhoneShotAsync("staff-import-02-too-large-phone");

        // A months figure out of range on the second person's row: the report names its row and column, and the
        // first row, correct as it is, is not saved either.
        await PostAsync(head, Workbook([StaffSheet.Row(first, Excellent, 12), StaffSheet.Row(second, Excellent, 13)]));
        await Assertions.Expect(head.ByTestId("import-failed")).ToHaveTextAsync("Không lưu dòng nào: tệp có 1 lỗi.");
        var report = head.ByTestId("import-errors").Locator("tbody tr");
        await Assertions.Expect(report).ToHaveCountAsync(1);
        await Assertions.Expect(report.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(report.Locator("td").Nth(1)).ToHaveTextAsync(StaffResultsTemplate.MonthsWorked);
        await head.PhoneShotAsync("staff-import-03-report-phone");
        Assert.Equal(before, await RecordsAsync(unitId));

        await PostAsync(head, Workbook([StaffSheet.Row(first, Excellent, 12), StaffSheet.Row(second, "Hoàn thành nhiệm vụ", 11)]));
        await Assertions.Expect(head.ByTestId("import-success")).ToContainTextAsync("Đã lưu 2 dòng");
        // The island under the form starts from the database after the post: the grid shows what was saved.
        await Assertions.Expect(head.ByTestId($"rating-{first}")).ToHaveValueAsync(nameof(QualityRating.Excellent));
        await Assertions.Expect(head.ByTestId($"months-{second}")).ToHaveValueAsync("11");
        await head.PhoneShotAsync("staff-import-04-saved-phone");
        var saved = await RecordsAsync(unitId);
        Assert.Equal((QualityRating.Excellent, 12), saved[first]);
        Assert.Equal((QualityRating.Completed, 11), saved[second]);

        // The union officer reads the unit's staff tab but has no form; posting one anyway is refused.
        await using var officer = await BrowserSession.SignInAsync(fixture, "congdoan", Screenshots);
        await officer.GoAsync(address);
        await Assertions.Expect(officer.ByTestId("staff-table")).ToBeVisibleAsync();
        await Assertions.Expect(officer.ByTestId("download-template")).ToBeVisibleAsync();
        await Assertions.Expect(officer.ByTestId("import-file")).ToHaveCountAsync(0);
        var forged = officer.Page.APIRequest.CreateFormData();
        forged.Set("_handler", "staff-import");
        forged.Set("__RequestVerificationToken", await officer.Page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync());
        forged.Set("StaffFile", Workbook([StaffSheet.Row(first, "Không hoàn thành nhiệm vụ", 12)]));
        var refused = await officer.Page.APIRequest.PostAsync(officer.Page.Url, new() { Multipart = forged });
        Assert.Equal(400, refused.Status);
        Assert.Equal(saved, await RecordsAsync(unitId));
    }

    private static async Task PostAsync(BrowserSession head, FilePayload workbook)
    {
        await head.ByTestId("import-file").SetInputFilesAsync(workbook);
        // A plain post: the browser loads the page the server answers with, whose island starts a circuit of its own.
        // The page before the post is marked, so that the wait is for the answer's page, loaded.
        await head.Page.EvaluateAsync("() => window.beforeStaffImport = true");
        await head.ClickAsync("import-submit");
        await head.WaitUntilTrueAsync("() => !window.beforeStaffImport && document.readyState === 'complete'");
        await head.WaitForCircuitIfInteractiveAsync();
    }

    private static FilePayload Workbook(IEnumerable<Dictionary<string, object?>> rows) => new()
    {
        Name = "ket-qua-can-bo.xlsx",
        MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Buffer = StaffSheet.Build(rows),
    };

    /// <summary>The people of the grid's first two rows, by the ids their fields are named with.</summary>
    private static async Task<(int First, int Second)> FirstTwoPeopleAsync(IPage page)
    {
        var ids = await page.Locator("select[data-testid^='rating-']").EvaluateAllAsync<string[]>(
            "selects => selects.slice(0, 2).map(s => s.dataset.testid.substring('rating-'.length))");
        return (int.Parse(ids[0], CultureInfo.InvariantCulture), int.Parse(ids[1], CultureInfo.InvariantCulture));
    }

    private async Task<Dictionary<int, (QualityRating Rating, int Months)>> RecordsAsync(int unitId)
    {
        var year = (await fixture.App.SeededScheduleAsync()).Year;
        await using var db = await fixture.App.DbAsync();
        return await db.StaffYearResults.Where(s => s.UnitId == unitId && s.Year == year)
            .ToDictionaryAsync(s => s.PersonId, s => (s.Rating, s.MonthsWorked));
    }
}
