using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Imports;
using Microsoft.AspNetCore.Components.Forms;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class StaffImportGridTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Import_OfAFileThatIsNotTheTemplate_ShowsTheReportAndSavesNothing()
    {
        var unit = await App.UnitIdAsync("QTTV");
        SignInAs("tp.qttv", Roles.DepartmentHead, unit);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2027).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-table]")));

        grid.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("Họ và tên;Xếp loại", "ket-qua.xlsx"));

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=import-failed]")), TimeSpan.FromSeconds(15));
        Assert.Contains("Tệp không đúng mẫu kết quả cán bộ", grid.Find("[data-testid=import-errors]").TextContent, StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.DoesNotContain(db.StaffYearResults, s => s.Year == 2027 && s.UnitId == unit);
    }

    [Fact]
    public async Task Import_OfTheDownloadedTemplate_SavesEveryRow()
    {
        var unit = await App.UnitIdAsync("TTCB");
        var head = TestActors.HeadOf(unit);
        var template = await App.Service<StaffImportService>().BuildTemplateAsync(head, unit, 2027);
        SignInAs("tp.ttcb", Roles.DepartmentHead, unit);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2027).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-table]")));

        grid.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(template!.Content, template.FileName));

        grid.WaitForAssertion(() => Assert.Contains("Đã lưu 7 dòng (7 mới, 0 cập nhật).", grid.Find("[data-testid=import-success]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Grid_ForAViewer_OffersTheTemplateButNoUpload()
    {
        var unit = await App.UnitIdAsync("KT");
        SignInAs("congdoan", Roles.UnionOfficer);

        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2026).Add(x => x.CanEdit, false));

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=download-template]")));
        Assert.Empty(grid.FindAll("[data-testid=import-file]"));
    }

    [Fact]
    public async Task Grid_WithAMonthThatIsNotANumber_MarksItAndSavesNothing_ThenSavesOnceCorrected()
    {
        var unit = await App.UnitIdAsync("HCTC");
        SignInAs("tp.hctc", Roles.DepartmentHead, unit);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2029).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("input[data-testid^=months-]")));
        var months = grid.FindAll("input[data-testid^=months-]")[0];
        var personId = months.GetAttribute("data-testid")!["months-".Length..];

        months.Change("mười");
        grid.Find("[data-testid=save-staff]").Click();

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-unparsed]")));
        Assert.Contains("“mười” không phải là số.", grid.Find($"[data-testid=row-error-{personId}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("entry-input-error", grid.Find($"[data-testid=months-{personId}]").GetAttribute("class"), StringComparison.Ordinal);
        await using (var db = await App.DbAsync())
        {
            Assert.DoesNotContain(db.StaffYearResults, s => s.Year == 2029 && s.UnitId == unit);
        }

        grid.Find($"[data-testid=months-{personId}]").Change("10");
        grid.Find($"[data-testid=rating-{personId}]").Change("Excellent");
        grid.Find("[data-testid=save-staff]").Click();

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-saved]")));
        await using var saved = await App.DbAsync();
        var row = Assert.Single(saved.StaffYearResults.Where(s => s.Year == 2029 && s.PersonId == int.Parse(personId, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(10, row.MonthsWorked);
    }

    [Fact]
    public async Task Grid_ShowsAPageOfPeople_WithItsPager_AndReadOnlyChoicesForAViewer()
    {
        var unit = await App.UnitIdAsync("TH");
        SignInAs("congdoan", Roles.UnionOfficer);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2026).Add(x => x.CanEdit, false));
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-table]")));

        var rows = grid.FindAll("[data-testid=staff-table] tbody tr").Count;

        Assert.InRange(rows, 1, 20);
        Assert.StartsWith($"1–{rows} / ", grid.Find("[data-testid=staff-pager-range]").TextContent, StringComparison.Ordinal);
        Assert.All(grid.FindAll("select[data-testid^=rating-]"), select => Assert.True(select.HasAttribute("disabled")));
        Assert.Empty(grid.FindAll("[data-testid=save-staff]"));
    }
}
