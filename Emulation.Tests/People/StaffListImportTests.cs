using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Emulation.Tests.People;

/// <summary>
/// The staff list from an HR export: real workbooks built here and read through the guard; all rows or none, matched
/// by code so the same file twice changes nothing; the template downloads and opens.
/// </summary>
public sealed class StaffListImportTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private StaffListImportService Imports => App.Service<StaffListImportService>();

    private static Dictionary<string, object?> Row(object? code, object? name, object? gender, object? born, object? unit,
        object? position, object? recruited) => new()
        {
            [StaffListTemplate.Code] = code,
            [StaffListTemplate.FullName] = name,
            [StaffListTemplate.Gender] = gender,
            [StaffListTemplate.DateOfBirth] = born,
            [StaffListTemplate.Unit] = unit,
            [StaffListTemplate.Position] = position,
            [StaffListTemplate.RecruitedOn] = recruited,
        };

    private static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var output = new MemoryStream();
        output.SaveAs(rows, sheetName: StaffListTemplate.SheetName);
        return output.ToArray();
    }

    private async Task<StaffListImportReport> ImportAsync(byte[] workbook)
    {
        using var file = new MemoryStream(workbook);
        return await Imports.ImportAsync(TestActors.Admin, file, CancellationToken.None);
    }

    private static readonly Dictionary<string, object?>[] NewHires = Hires(1);

    /// <summary>Two new people, coded from NV-<paramref name="first"/>: the class's tests share one app, so each imports codes of its own.</summary>
    private static Dictionary<string, object?>[] Hires(int first) =>
    [
        // A text date the Vietnamese way, a real date cell, the unit by code and by name.
        Row($"NV-{first:000}", "Phan Thị Lan", "Nữ", "12/03/1995", "TH", "Chuyên viên", "01/09/2024"),
        Row($"NV-{first + 1:000}", "Vũ Đức Minh", "Nam", new DateTime(1990, 11, 2), "Phòng Kinh tế", "Phó trưởng phòng", new DateTime(2016, 4, 1)),
    ];

    [Fact]
    public async Task Import_OfNewPeople_AddsThem_WithDatesAndUnits_AndATenureEach()
    {
        var report = await ImportAsync(Workbook(NewHires));

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        Assert.Equal((2, 2), (report.RowsRead, report.Added));
        await using var db = await App.DbAsync();
        var minh = await db.People.SingleAsync(p => p.Code == "NV-002");
        Assert.Equal((Gender.Male, new DateOnly(1990, 11, 2), new DateOnly(2016, 4, 1), "Phó trưởng phòng"),
            (minh.Gender, minh.DateOfBirth!.Value, minh.RecruitedOn, minh.Position));
        Assert.Equal(await App.UnitIdAsync("KT"), minh.UnitId);
        Assert.Equal(new DateOnly(2016, 4, 1), Assert.Single(minh.Tenures).From);
        Assert.Equal(new DateOnly(1995, 3, 12), (await db.People.SingleAsync(p => p.Code == "NV-001")).DateOfBirth);
    }

    [Fact]
    public async Task Import_OfTheSameFileTwice_ChangesNothingTheSecondTime()
    {
        var workbook = Workbook(Hires(11));
        Assert.True((await ImportAsync(workbook)).IsSuccess);
        int people, tenures, audit;
        await using (var db = await App.DbAsync())
        {
            (people, tenures, audit) = (await db.People.CountAsync(), await db.People.SelectMany(p => p.Tenures).CountAsync(), await db.AuditEntries.CountAsync());
        }

        var again = await ImportAsync(workbook);

        Assert.True(again.IsSuccess);
        Assert.Equal((0, 0, 0, 2), (again.Added, again.Corrected, again.Transferred, again.Unchanged));
        await using var after = await App.DbAsync();
        Assert.Equal((people, tenures, audit),
            (await after.People.CountAsync(), await after.People.SelectMany(p => p.Tenures).CountAsync(), await after.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Import_WithOneBadRow_SavesNothing_AndReportsRowColumnAndVietnameseReason()
    {
        var hires = Hires(21);
        var report = await ImportAsync(Workbook(
            hires[0],
            Row("NV-023", "Lý Văn Sơn", "Nam", "30/02/1991", "TH", "Chuyên viên", "01/01/2020"),
            hires[1]));

        Assert.False(report.IsSuccess);
        var error = Assert.Single(report.Errors);
        Assert.Equal((3, StaffListTemplate.DateOfBirth, "import.not_a_date"), (error.Row!.Value, error.Column, error.Error.Code));
        await using var db = await App.DbAsync();
        Assert.False(await db.People.AnyAsync(p => p.Code!.StartsWith("NV-02")));
    }

    [Fact]
    public async Task Import_WithADuplicateCode_OrAnUnknownUnit_NamesEachRow()
    {
        var report = await ImportAsync(Workbook(
            Hires(31)[0],
            Row("nv-031", "Phan Thị Lan", "Nữ", null, "TH", "Chuyên viên", "01/09/2024"),
            Row("NV-034", "Mai Anh", "Nữ", null, "Phòng Không Có", "Chuyên viên", "01/09/2024"),
            Row("NV-035", "Mai Bình", "Khác", null, "TH", "Chuyên viên", "01/09/2024")));

        Assert.Equal(["import.duplicate_code", "import.unknown_unit", "import.unknown_gender"], report.Errors.Select(e => e.Error.Code));
        Assert.Equal([3, 4, 5], report.Errors.Select(e => e.Row!.Value));
        await using var db = await App.DbAsync();
        Assert.False(await db.People.AnyAsync(p => p.Code!.StartsWith("NV-03")));
    }

    [Fact]
    public async Task Import_OfSomeoneOnFile_InAnotherUnit_TransfersThemFromToday_AndKeepsTheirRecords()
    {
        int personId;
        string code;
        await using (var db = await App.DbAsync())
        {
            var person = await db.People.FirstAsync(p => p.Code == "KT-004");
            (personId, code) = (person.Id, person.Code!);
        }

        var workbook = (await Imports.BuildTemplateAsync(TestActors.Admin)).Content;
        var rows = ReadRows(workbook);
        rows.Single(r => (string?)r[StaffListTemplate.Code] == code)[StaffListTemplate.Unit] = "Phòng Tổng hợp";

        var report = await ImportAsync(Workbook([.. rows]));

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        Assert.Equal((0, 1, rows.Count - 1), (report.Added, report.Transferred, report.Unchanged));
        await using var after = await App.DbAsync();
        var moved = await after.People.SingleAsync(p => p.Id == personId);
        var (kt, th) = (await App.UnitIdAsync("KT"), await App.UnitIdAsync("TH"));
        Assert.Equal(th, moved.UnitId);
        Assert.Equal([kt, th], moved.Tenures.OrderBy(t => t.From).Select(t => t.UnitId));
        Assert.True(await after.StaffYearResults.AnyAsync(s => s.PersonId == personId && s.UnitId == kt));
    }

    [Fact]
    public async Task Template_DownloadedByTheAdministrator_OpensWithTheHeadersAndTheCurrentStaff_AndImportsUnchanged()
    {
        using var client = await App.SignedInClientAsync("quantri");

        var response = await client.GetAsync("/documents/people/staff-list.xlsx");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Emulation.Web.Documents.DocumentFile.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        using (var stream = new MemoryStream(workbook))
        {
            Assert.Equal([StaffListTemplate.SheetName, StaffListTemplate.ListsSheetName], MiniExcel.GetSheetNames(stream));
        }

        var rows = ReadRows(workbook);
        Assert.Equal(StaffListTemplate.Headers, rows[0].Keys);
        await using (var db = await App.DbAsync())
        {
            Assert.Equal(await db.People.CountAsync(p => p.LeftOn == null), rows.Count);
        }

        Assert.Contains(rows, r => (string?)r[StaffListTemplate.Code] == "TH-001" && (string?)r[StaffListTemplate.Unit] == "Phòng Tổng hợp");
        var report = await ImportAsync(workbook);
        Assert.True(report.IsSuccess, string.Join("; ", report.Errors.Take(3)));
        Assert.Equal(rows.Count, report.Unchanged);
    }

    [Fact]
    public async Task Template_IsRefusedToADepartmentHead()
    {
        using var client = await App.SignedInClientAsync("tp.th");

        var response = await client.GetAsync("/documents/people/staff-list.xlsx");

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Import_OfTheStaffResultsTemplate_IsRefusedAsTheWrongTemplate()
    {
        using var output = new MemoryStream();
        output.SaveAs(new[] { new Dictionary<string, object?> { ["Mã cán bộ"] = 1 } }, sheetName: StaffResultsTemplate.SheetName);

        var report = await ImportAsync(output.ToArray());

        Assert.Equal("import.wrong_staff_list_template", Assert.Single(report.Errors).Error.Code);
    }

    private static List<Dictionary<string, object?>> ReadRows(byte[] workbook)
    {
        using var input = new MemoryStream(workbook);
        return [.. input.Query(useHeaderRow: true, sheetName: StaffListTemplate.SheetName).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r))];
    }
}
