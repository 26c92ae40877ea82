using System.Text;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Imports;

/// <summary>Staff yearly results by spreadsheet: every row is checked, and either all are saved or none.</summary>
/// <remarks>
/// The tests share one app; each imports into a unit of its own (eight people, nothing recorded for the year), so what
/// one saves is never what another reads.
/// </remarks>
public sealed class StaffImportTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const int Year = 2026;
    private const int StaffCount = 8;
    private static int s_units;
    private readonly EmulationAppFactory _app = fixture.App;
    private int _unitId;
    private string _unitCode = "";
    private Actor _head = null!;
    private List<int> _staff = [];

    public async ValueTask InitializeAsync()
    {
        _unitCode = $"NK{Interlocked.Increment(ref s_units)}";
        (_unitId, _staff) = await _app.AddUnitWithStaffAsync(_unitCode, StaffCount);
        _head = TestActors.HeadOf(_unitId);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private StaffImportService Imports => _app.Service<StaffImportService>();

    [Fact]
    public async Task Template_HasTheHeadersAndOneRowPerStaffMember_WithCurrentValues()
    {
        var document = await Imports.BuildTemplateAsync(TestActors.Officer, _unitId, Year);

        Assert.Equal($"ket-qua-can-bo-2026-{_unitCode}.xlsx", document!.FileName);
        var rows = StaffSheet.Read(document.Content);
        Assert.Equal(StaffResultsTemplate.Headers, rows[0].Keys);
        Assert.Equal(_staff.Count, rows.Count);
        var grid = await _app.Service<SubmissionService>().GetStaffYearAsync(TestActors.Officer, _unitId, Year);
        var first = rows[0];
        Assert.Equal(grid[0].PersonId, Convert.ToInt32(first[StaffResultsTemplate.PersonId], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(grid[0].FullName, first[StaffResultsTemplate.FullName]);
        Assert.Equal(grid[0].Position, first[StaffResultsTemplate.Position]);
        Assert.Equal("Hoàn thành tốt nhiệm vụ", first[StaffResultsTemplate.Rating]);
        Assert.Equal(12d, first[StaffResultsTemplate.MonthsWorked]);
        Assert.Equal("Không", first[StaffResultsTemplate.Discipline]);
        Assert.Equal("Không", first[StaffResultsTemplate.Initiative]);
    }

    [Fact]
    public async Task Template_ImportedUnchanged_SavesTheValuesItShowed()
    {
        var shown = await _app.Service<SubmissionService>().GetStaffYearAsync(_head, _unitId, Year);
        var document = await Imports.BuildTemplateAsync(_head, _unitId, Year);

        var report = await ImportAsync(document!.Content);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        Assert.Equal(shown.Count, report.Added);
        var stored = await StoredAsync();
        Assert.All(shown, row =>
        {
            var record = stored[row.PersonId];
            Assert.Equal((row.Rating, row.MonthsWorked, row.MaternityLeaveMonths, row.Discipline, row.Initiative),
                (record.Rating, record.MonthsWorked, record.MaternityLeaveMonths, record.Discipline, record.Initiative));
        });
    }

    [Fact]
    public async Task ChangedRatings_AreSaved_InVietnameseOrEnglishWords()
    {
        var file = StaffSheet.Build(
        [
            StaffSheet.Row(_staff[0], "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ", 12, 0, "Không", "Cấp tỉnh"),
            StaffSheet.Row(_staff[1], " good ", 12, null, null, "grassroots"),
            StaffSheet.Row(_staff[2], "Không hoàn thành nhiệm vụ", 12, 0, "Cảnh cáo", "Không"),
            StaffSheet.Row(_staff[3], "Hoàn thành nhiệm vụ", "8", "0", "Không", "Không"),
            // Five rated good or above: one may be excellent (20%, rounded down).
            .. _staff[4..7].Select(id => StaffSheet.Row(id, "Hoàn thành tốt nhiệm vụ", 12)),
        ]);

        var report = await ImportAsync(file);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        var stored = await StoredAsync();
        Assert.Equal((QualityRating.Excellent, InitiativeLevel.Provincial), (stored[_staff[0]].Rating, stored[_staff[0]].Initiative));
        Assert.Equal((QualityRating.Good, InitiativeLevel.Grassroots), (stored[_staff[1]].Rating, stored[_staff[1]].Initiative));
        Assert.Equal((QualityRating.NotCompleted, DisciplineLevel.Warning), (stored[_staff[2]].Rating, stored[_staff[2]].Discipline));
        Assert.Equal((QualityRating.Completed, 8), (stored[_staff[3]].Rating, stored[_staff[3]].MonthsWorked));
    }

    [Fact]
    public async Task ImportedTwice_UpdatesTheRecords()
    {
        Assert.True((await ImportAsync(StaffSheet.Build([StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12)]))).IsSuccess);

        var second = await ImportAsync(StaffSheet.Build([StaffSheet.Row(_staff[0], "Hoàn thành nhiệm vụ", 12)]));

        Assert.Equal((0, 1), (second.Added, second.Updated));
        Assert.Equal(QualityRating.Completed, (await StoredAsync())[_staff[0]].Rating);
    }

    [Fact]
    public async Task MoreExcellentThanTheCapAllows_IsRefusedAsOneLineForTheFile_AndNothingIsSaved()
    {
        // Eight rated good or above allow one excellent (20%, rounded down); the sheet rates two.
        var file = StaffSheet.Build(
        [
            .. _staff.Select((id, i) => StaffSheet.Row(id, i < 2 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ", 12)),
        ]);

        var report = await ImportAsync(file);

        var line = Assert.Single(report.Errors);
        Assert.Null(line.Row);
        Assert.Equal("staff.excellent_share_exceeded.good_or_above", line.Error.Code);
        Assert.Equal(new object[] { 2, 1, 20m, 8 }, line.Error.Facts.Select(f => f.Value));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task TheCap_CountsTheRatingsAlreadyStored_WithTheSheetsInTheirPlace()
    {
        // One excellent already saved; a sheet adding a second for another person is over the cap of one.
        Assert.True((await ImportAsync(StaffSheet.Build(
            [.. _staff.Select((id, i) => StaffSheet.Row(id, i == 0 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ", 12))]))).IsSuccess);

        var second = await ImportAsync(StaffSheet.Build([StaffSheet.Row(_staff[1], "Hoàn thành xuất sắc nhiệm vụ", 12)]));
        var moved = await ImportAsync(StaffSheet.Build(
        [
            StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.Row(_staff[1], "Hoàn thành xuất sắc nhiệm vụ", 12),
        ]));

        Assert.Equal("staff.excellent_share_exceeded.good_or_above", Assert.Single(second.Errors).Error.Code);
        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors));
        Assert.Equal(QualityRating.Excellent, (await StoredAsync())[_staff[1]].Rating);
    }

    public static TheoryData<string> Malformed => ["random bytes", "text renamed to .xlsx", "zip without a workbook"];

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedFile_IsTheWrongTemplate_AndNothingIsSaved(string kind)
    {
        var file = kind switch
        {
            "random bytes" => RandomBytes(4096),
            "text renamed to .xlsx" => Encoding.UTF8.GetBytes("Mã cán bộ,Xếp loại\n1,Hoàn thành tốt nhiệm vụ\n"),
            _ => [0x50, 0x4B, 0x03, 0x04, .. RandomBytes(500)],
        };

        var report = await ImportAsync(file);

        var error = Assert.Single(report.Errors);
        Assert.Equal("import.wrong_template", error.Error.Code);
        Assert.Null(error.Row);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task OtherHeaders_AreTheWrongTemplate()
    {
        var file = StaffSheet.Build([new() { ["Mã NV"] = _staff[0], ["Điểm"] = 95 }]);

        var report = await ImportAsync(file);

        Assert.Equal("import.wrong_template", Assert.Single(report.Errors).Error.Code);
    }

    [Fact]
    public async Task OtherSheetName_IsTheWrongTemplate()
    {
        var file = StaffSheet.Build([StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12)], sheetName: "Sheet1");

        var report = await ImportAsync(file);

        Assert.Equal("import.wrong_template", Assert.Single(report.Errors).Error.Code);
    }

    [Fact]
    public async Task SheetWithHeadersOnly_IsEmpty()
    {
        var report = await ImportAsync(StaffSheet.HeadersOnly());

        Assert.Equal("import.empty", Assert.Single(report.Errors).Error.Code);
    }

    [Fact]
    public async Task SheetWithOnlyBlankRows_IsEmpty()
    {
        var report = await ImportAsync(StaffSheet.Build([StaffSheet.BlankRow(), StaffSheet.BlankRow()]));

        Assert.Equal("import.empty", Assert.Single(report.Errors).Error.Code);
    }

    [Fact]
    public async Task TextInANumberCell_NamesTheRowAndColumn_AndNothingIsSaved()
    {
        var file = StaffSheet.Build(
        [
            StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.Row(_staff[1], "Hoàn thành tốt nhiệm vụ", "mười hai"),
        ]);

        var report = await ImportAsync(file);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("import.not_a_number", 3, StaffResultsTemplate.MonthsWorked), (error.Error.Code, error.Row, error.Column));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task BlankRows_AreSkipped_AndRowNumbersStayThoseOfTheSheet()
    {
        var file = StaffSheet.Build(
        [
            StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.BlankRow(),
            StaffSheet.BlankRow(),
            StaffSheet.Row(_staff[1], "Giỏi", 12),
        ]);

        var report = await ImportAsync(file);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("import.unknown_rating", 5, StaffResultsTemplate.Rating), (error.Error.Code, error.Row, error.Column));
    }

    [Fact]
    public async Task BlankRows_BetweenGoodRows_DoNotStopTheImport()
    {
        var file = StaffSheet.Build(
        [
            StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.BlankRow(),
            StaffSheet.Row(_staff[1], "Hoàn thành nhiệm vụ", 12),
        ]);

        var report = await ImportAsync(file);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        Assert.Equal(2, report.Added);
    }

    [Fact]
    public async Task SamePersonTwice_IsRefusedNamingBothRows()
    {
        var file = StaffSheet.Build(
        [
            StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.Row(_staff[1], "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.Row(_staff[0], "Hoàn thành nhiệm vụ", 12),
        ]);

        var report = await ImportAsync(file);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("import.duplicate_person", 4), (error.Error.Code, error.Row));
        Assert.Contains("row 2", error.Error.Message, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task PeopleOfAnotherUnitOrUnknown_AreRefused_AndNothingIsSaved()
    {
        var otherUnit = await _app.UnitIdAsync("KT");
        await using var db = await _app.DbAsync();
        var stranger = await db.People.Where(p => p.UnitId == otherUnit).Select(p => p.Id).FirstAsync();
        var strangersRecords = await db.StaffYearResults.AsNoTracking().Where(s => s.PersonId == stranger)
            .Select(s => new { s.Year, s.Rating, s.MonthsWorked }).ToListAsync();
        var file = StaffSheet.Build(
        [
            StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.Row(stranger, "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.Row(987_654, "Hoàn thành tốt nhiệm vụ", 12),
        ]);

        var report = await ImportAsync(file);

        Assert.Equal(
            [("import.person_of_other_unit", 3), ("import.unknown_person", 4)],
            report.Errors.Select(e => (e.Error.Code, e.Row!.Value)));
        Assert.Equal(strangersRecords, await db.StaffYearResults.AsNoTracking().Where(s => s.PersonId == stranger)
            .Select(s => new { s.Year, s.Rating, s.MonthsWorked }).ToListAsync());
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData(13, 0, 0, "Hoàn thành tốt nhiệm vụ", "Không", "staff.invalid_months", StaffResultsTemplate.MonthsWorked)]
    [InlineData(-1, 0, 0, "Chưa xếp loại", "Không", "staff.invalid_months", StaffResultsTemplate.MonthsWorked)]
    [InlineData(8, 6, 0, "Hoàn thành tốt nhiệm vụ", "Không", "staff.invalid_months", StaffResultsTemplate.MonthsWorked)]
    [InlineData(4, 0, 0, "Hoàn thành nhiệm vụ", "Không", "staff.too_few_months_to_rate", StaffResultsTemplate.Rating)]
    [InlineData(9, 0, 3, "Hoàn thành tốt nhiệm vụ", "Không", "staff.absence_caps_rating", StaffResultsTemplate.Rating)]
    [InlineData(12, 0, 0, "Hoàn thành tốt nhiệm vụ", "Khiển trách", "staff.discipline_means_not_completed", StaffResultsTemplate.Discipline)]
    public async Task OneInvalidRowAmongMany_SavesNothingAtAll(int months, int maternity, int leave, string rating, string discipline,
        string code, string column)
    {
        var rows = _staff.Select(id => StaffSheet.Row(id, "Hoàn thành tốt nhiệm vụ", 12, 0, "Không", "Không")).ToList();
        rows[5] = StaffSheet.Row(_staff[5], rating, months, maternity, discipline, "Không", leave);

        var report = await ImportAsync(StaffSheet.Build(rows));

        var error = Assert.Single(report.Errors);
        Assert.Equal((code, 7, column), (error.Error.Code, error.Row, error.Column));
        Assert.Empty(await StoredAsync());
    }

    /// <summary>Decree 90/2020 Art. 2(3): eight months since recruitment, no leave, may be rated good; leave is stored apart.</summary>
    [Fact]
    public async Task Decree90Art2_3_RecruitedMidYear_IsRatedGood_AndLeaveIsStored()
    {
        var rows = _staff.Select(id => StaffSheet.Row(id, "Hoàn thành tốt nhiệm vụ", 12, 0, "Không", "Không")).ToList();
        rows[0] = StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 8, 0, "Không", "Không");
        rows[1] = StaffSheet.Row(_staff[1], "Hoàn thành tốt nhiệm vụ", 10, 0, "Không", "Không", 2);

        var report = await ImportAsync(StaffSheet.Build(rows));

        Assert.Empty(report.Errors);
        var stored = await StoredAsync();
        Assert.Equal((8, QualityRating.Good), (stored[_staff[0]].MonthsWorked, stored[_staff[0]].Rating));
        Assert.Equal(2, stored[_staff[1]].LeaveMonths);
    }

    [Fact]
    public async Task AnOlderFileWithoutTheLeaveColumn_StillImports()
    {
        var rows = _staff.Select(id => StaffSheet.Row(id, "Hoàn thành tốt nhiệm vụ", 12, 0, "Không", "Không")).ToList();
        rows.ForEach(r => r.Remove(StaffResultsTemplate.LeaveMonths));

        var report = await ImportAsync(StaffSheet.Build(rows));

        Assert.Empty(report.Errors);
        Assert.All((await StoredAsync()).Values, s => Assert.Equal(0, s.LeaveMonths));
    }

    [Fact]
    public async Task EveryBadRow_IsReported_NotJustTheFirst()
    {
        var file = StaffSheet.Build(
        [
            StaffSheet.Row("abc", "Hoàn thành tốt nhiệm vụ", 12),
            StaffSheet.Row(_staff[1], null, 12.5),
            StaffSheet.Row(_staff[2], "Hoàn thành tốt nhiệm vụ", 12, 0, "Đình chỉ", "Cấp xã"),
        ]);

        var report = await ImportAsync(file);

        Assert.Equal(
            [
                ("import.not_a_number", 2, StaffResultsTemplate.PersonId),
                ("import.missing_value", 3, StaffResultsTemplate.Rating),
                ("import.not_a_number", 3, StaffResultsTemplate.MonthsWorked),
                ("import.unknown_discipline", 4, StaffResultsTemplate.Discipline),
                ("import.unknown_initiative", 4, StaffResultsTemplate.Initiative),
            ],
            report.Errors.Select(e => (e.Error.Code, e.Row!.Value, e.Column!)));
    }

    [Fact]
    public async Task HeadOfAnotherUnit_MayNotImport_OrDownloadItsTemplate()
    {
        var otherHead = TestActors.HeadOf(await _app.UnitIdAsync("KT"));
        using var file = new MemoryStream(StaffSheet.Build([StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 12)]));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Imports.ImportStaffResultsAsync(otherHead, _unitId, Year, file, null, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Imports.BuildTemplateAsync(otherHead, _unitId, Year));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Imports.ImportStaffResultsAsync(TestActors.Officer, _unitId, Year, file, null, CancellationToken.None));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task FileOverTheDefaultLimit_IsRefusedBeforeParsing()
    {
        var report = await ImportAsync(new byte[(5 * 1024 * 1024) + 1]);

        Assert.Equal("import.too_large", Assert.Single(report.Errors).Error.Code);
    }

    [Fact]
    public async Task FileOverAConfiguredLimit_IsRefused_EvenFromAStreamOfUnknownLength()
    {
        var importer = new StaffResultsImporter(new ExcelImportOptions { MaxFileBytes = 1024 });
        var workbook = StaffSheet.Build(_staff.Select(id => StaffSheet.Row(id, "Hoàn thành tốt nhiệm vụ", 12)));
        await using var upload = new ForwardOnlyStream(workbook);

        var sheet = await importer.ReadAsync(upload);

        Assert.Equal("import.too_large", Assert.Single(sheet.Errors).Error.Code);
    }

    [Fact]
    public async Task TenThousandRows_AreImported_WithProgressUpTo100()
    {
        var (unitId, people) = await _app.AddUnitWithStaffAsync("LON", 10_000);
        var file = StaffSheet.Build(people.Select((id, i) =>
            StaffSheet.Row(id, StaffResultLabels.Label(i % 10 == 0 ? QualityRating.Excellent : QualityRating.Good), 12, 0, "Không",
                i % 100 == 0 ? "Cấp cơ sở" : "Không")));
        var progress = new Recorder();
        await using var upload = new MemoryStream(file);

        var report = await Imports.ImportStaffResultsAsync(TestActors.HeadOf(unitId), unitId, Year, upload, progress,
            CancellationToken.None);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors.Take(5)));
        Assert.Equal(10_000, report.Added);
        Assert.Equal(100, progress.Values[^1]);
        Assert.Equal(progress.Values.Order(), progress.Values);
        await using var db = await _app.DbAsync();
        Assert.Equal(10_000, await db.StaffYearResults.CountAsync(s => s.UnitId == unitId && s.Year == Year));
        Assert.Equal(1_000, await db.StaffYearResults.CountAsync(s => s.UnitId == unitId && s.Rating == QualityRating.Excellent));
    }

    /// <summary>
    /// Part-year staff: for someone who left on 31 March and came back on 1 July (nine months by their positions), a sheet
    /// giving another figure needs the reason in its own column; given, it is saved with the months.
    /// </summary>
    [Fact]
    public async Task MonthsOtherThanThePositionsGive_NeedTheReasonColumn_AndAreSavedWithIt()
    {
        var people = _app.Service<Emulation.Web.Services.Organization.PeopleService>();
        Assert.True((await people.LeaveAsync(TestActors.Admin, _staff[0],
            new Emulation.Web.Services.Organization.PersonLeaving(LeaveReason.Resigned, new DateOnly(Year, 3, 31), null))).IsSuccess);
        Assert.True((await people.ReturnAsync(TestActors.Admin, _staff[0],
            new Emulation.Web.Services.Organization.PersonReturn(new DateOnly(Year, 7, 1), _unitId, "Chuyên viên"))).IsSuccess);
        var row = StaffSheet.Row(_staff[0], "Hoàn thành tốt nhiệm vụ", 11);

        var refused = await ImportAsync(StaffSheet.Build([row]));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("staff.months_reason_required", 2, StaffResultsTemplate.MonthsReason), (error.Error.Code, error.Row, error.Column));

        row[StaffResultsTemplate.MonthsReason] = "Biệt phái về Sở Nội vụ, vẫn hưởng lương";
        var stayer = StaffSheet.Row(_staff[1], "Hoàn thành tốt nhiệm vụ", 12);
        stayer[StaffResultsTemplate.MonthsReason] = null;
        var report = await ImportAsync(StaffSheet.Build([row, stayer]));

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        var stored = await StoredAsync();
        Assert.Equal((11, "Biệt phái về Sở Nội vụ, vẫn hưởng lương"), (stored[_staff[0]].MonthsWorked, stored[_staff[0]].MonthsWorkedReason));
        Assert.Null(stored[_staff[1]].MonthsWorkedReason);
    }

    private async Task<StaffImportReport> ImportAsync(byte[] file)
    {
        await using var upload = new MemoryStream(file);
        return await Imports.ImportStaffResultsAsync(_head, _unitId, Year, upload, null, CancellationToken.None);
    }

    private async Task<Dictionary<int, StaffYearResult>> StoredAsync()
    {
        await using var db = await _app.DbAsync();
        return await db.StaffYearResults.AsNoTracking().Where(s => s.Year == Year && _staff.Contains(s.PersonId))
            .ToDictionaryAsync(s => s.PersonId);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Records progress synchronously (Progress&lt;T&gt; would post to a thread-pool callback).</summary>
    private sealed class Recorder : IProgress<int>
    {
        public List<int> Values { get; } = [];

        public void Report(int value) => Values.Add(value);
    }

    /// <summary>An upload that can only be read forwards, like a browser file stream.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
