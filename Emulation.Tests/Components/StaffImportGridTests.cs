using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Imports;
using Microsoft.AspNetCore.Components.Forms;

namespace Emulation.Tests.Components;

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
}
