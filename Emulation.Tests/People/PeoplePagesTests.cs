using Bunit;
using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.People;
using Emulation.Web.Data;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services.Organization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Emulation.Tests.People;

/// <summary>The People pages as the administrator uses them, bad inputs included; each test uses its own staff codes.</summary>
public sealed class PeoplePagesTests : PageTestContext
{
    public PeoplePagesTests(AppFixture fixture) : base(fixture) => SignInAs("quantri", Roles.Administrator);

    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    private async Task<int> AddAsync(string code, DateOnly recruited)
    {
        var added = await App.Service<PeopleService>().AddAsync(TestActors.Admin, new NewPerson(code, "Trịnh Văn Hải", Gender.Male,
            null, await App.UnitIdAsync("TH"), "Chuyên viên", recruited));
        return added.Value;
    }

    [Fact]
    public async Task Add_FilledIn_SavesThePerson_AndOpensTheirPage()
    {
        var page = Render<PersonPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=person-form]")));

        page.Find(Input("person-code")).Change("PG-001");
        page.Find(Input("person-fullname")).Change("Ngô Thị Thu");
        await page.PickDayAsync("person-born", new DateOnly(1994, 6, 15));
        page.Find(Input("person-position")).Change("Chuyên viên");
        await page.PickDayAsync("person-recruited", new DateOnly(2023, 3, 1));
        page.Find("[data-testid=person-save]").Click();

        await using var db = await App.DbAsync();
        var saved = await db.People.SingleAsync(p => p.Code == "PG-001");
        Assert.Equal(("Ngô Thị Thu", new DateOnly(1994, 6, 15), new DateOnly(2023, 3, 1)), (saved.FullName, saved.DateOfBirth!.Value, saved.RecruitedOn));
        Assert.EndsWith($"admin/people/{saved.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePersonsDays_AreTheAppsDatePicker_ShownAsDdMmYyyy_NotTheBrowsersDateInput()
    {
        var id = await AddAsync("PG-005", new DateOnly(2021, 5, 1));
        var page = Render<PersonPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=transfer-form]")));

        // A native date input writes mm/dd/yyyy in an English browser, whatever the page's language.
        Assert.Empty(page.FindAll("input[type=date]"));
        Assert.Equal("01/05/2021", page.Find(Input("person-recruited")).GetAttribute("value"));
        var labels = page.FindComponents<MudBlazor.MudDatePicker>().Select(p => p.Instance.Label).ToList();
        Assert.Contains("Ngày tuyển dụng", labels);
        Assert.Contains("Ngày sinh", labels);
    }

    [Fact]
    public async Task Add_WithoutACode_SaysSo_InVietnamese_AndSavesNothing()
    {
        var page = Render<PersonPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=person-form]")));

        page.Find(Input("person-fullname")).Change("Không Có Mã");
        page.Find(Input("person-position")).Change("Chuyên viên");
        await page.PickDayAsync("person-recruited", new DateOnly(2023, 3, 1));
        page.Find("[data-testid=person-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng nhập mã cán bộ.", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
    }

    /// <summary>
    /// An empty form names everything it lacks at once: it named the recruitment day alone, and the code, the name and
    /// the position only once the day was given (walk39).
    /// </summary>
    [Fact]
    public void Add_OfAnEmptyForm_NamesEveryMissingFieldAtOnce()
    {
        var page = Render<PersonPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=person-form]")));

        page.Find("[data-testid=person-save]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=errors]")));
        var said = page.Find("[data-testid=errors]").TextContent;
        foreach (var missing in new[] { "Vui lòng nhập ngày tuyển dụng.", "Vui lòng nhập mã cán bộ.", "Vui lòng nhập họ và tên.", "Vui lòng nhập chức vụ." })
        {
            Assert.Contains(missing, said, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Transfer_DatedBeforeRecruitment_IsRefusedWithTheReason_AndTheHistoryStays()
    {
        var id = await AddAsync("PG-002", new DateOnly(2021, 5, 1));
        var page = Render<PersonPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=transfer-form]")));

        page.Find(Input("transfer-position")).Change("Phó trưởng phòng");
        await page.PickDayAsync("transfer-on", new DateOnly(2021, 4, 30));
        page.Find("[data-testid=transfer]").Click();

        page.WaitForAssertion(() => Assert.Contains("Ngày điều chuyển trước ngày tuyển dụng (01/05/2021).",
            page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-testid=tenure-row]"));
    }

    [Fact]
    public async Task Transfer_OnALaterDay_AddsATenure_AndMarkingAsLeft_HidesTheForms()
    {
        var id = await AddAsync("PG-003", new DateOnly(2018, 1, 1));
        var page = Render<PersonPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=transfer-form]")));

        page.Find(Input("transfer-position")).Change("Phó trưởng phòng");
        await page.PickDayAsync("transfer-on", new DateOnly(2022, 7, 1));
        page.Find("[data-testid=transfer]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=tenure-row]").Count));
        Assert.Contains("Phó trưởng phòng", page.Find("[data-testid=person-summary]").TextContent, StringComparison.Ordinal);

        await page.PickDayAsync("leave-on", new DateOnly(2026, 6, 30));
        page.Find("[data-testid=leave]").Click();
        // Leaving cannot be undone: asked first; cancelling leaves the person in post.
        page.WaitForAssertion(() => Assert.Contains("nghỉ việc (Nghỉ hưu), ngày làm việc cuối cùng 30/06/2026",
            page.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=confirm-cancel]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=confirm-message]")));
        Assert.NotNull(page.Find("[data-testid=transfer-form]"));

        page.Find("[data-testid=leave]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.Contains("Nghỉ hưu", page.Find("[data-testid=person-left]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=transfer-form]"));
        Assert.Equal(2, page.FindAll("[data-testid=tenure-row]").Count);
    }

    [Fact]
    public async Task List_SearchesWithoutMarks_AndLinksEachPersonToTheirPage()
    {
        var id = await AddAsync("PG-004", new DateOnly(2019, 1, 1));

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("q", "trinh van hai"));

        var page = Render<PeoplePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=person-PG-004]")));
        Assert.Equal($"admin/people/{id}", page.Find("[data-testid=person-open-PG-004]").GetAttribute("href"));
        Assert.All(page.FindAll("[data-testid=person-name]"), n => Assert.Contains("Trịnh Văn Hải", n.TextContent, StringComparison.Ordinal));
        Assert.All(page.FindAll("tbody td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
    }

    [Fact]
    public async Task Import_WithOneBadRow_ShowsRowColumnAndReason_AndSavesNothing()
    {
        var page = Render<PeopleImportPage>();
        using var output = new MemoryStream();
        output.SaveAs(new[]
        {
            Row("PG-010", "Đinh Thị Mai", "Nữ", "01/01/2024"),
            Row("PG-011", "Đinh Văn Tùng", "Nam", "không rõ"),
        }, sheetName: StaffListTemplate.SheetName);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(output.ToArray(), "nhan-su.xlsx"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=import-failed]")), TimeSpan.FromSeconds(15));
        var report = page.Find("[data-testid=import-errors]").TextContent;
        Assert.Contains("“không rõ” không phải là ngày", report, StringComparison.Ordinal);
        Assert.Contains(StaffListTemplate.RecruitedOn, report, StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.People.AnyAsync(p => p.Code == "PG-010"));
    }

    [Fact]
    public async Task Import_OfAGoodFile_SaysHowManyWereAdded()
    {
        var page = Render<PeopleImportPage>();
        using var output = new MemoryStream();
        output.SaveAs(new[] { Row("PG-020", "Tạ Văn Quân", "Nam", "15/08/2025") }, sheetName: StaffListTemplate.SheetName);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(output.ToArray(), "nhan-su.xlsx"));

        page.WaitForAssertion(() => Assert.Contains("1 người mới", page.Find("[data-testid=import-success]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(15));
        await using var db = await App.DbAsync();
        Assert.True(await db.People.AnyAsync(p => p.Code == "PG-020"));
    }

    private static Dictionary<string, object?> Row(string code, string name, string gender, string recruited) => new()
    {
        [StaffListTemplate.Code] = code,
        [StaffListTemplate.FullName] = name,
        [StaffListTemplate.Gender] = gender,
        [StaffListTemplate.DateOfBirth] = null,
        [StaffListTemplate.Unit] = "TH",
        [StaffListTemplate.Position] = "Chuyên viên",
        [StaffListTemplate.RecruitedOn] = recruited,
    };
}
