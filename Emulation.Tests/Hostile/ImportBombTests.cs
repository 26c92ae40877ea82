using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Shared;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Resources;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Issue #16, item 1: every uploaded workbook passes <see cref="XlsxGuard"/>, which refuses a decompression or parsing
/// bomb from counters while streaming the archive, before any reader builds rows. Each bomb is written by the test
/// (small once compressed); "quickly" is a deadline on the cancellation token, so a slow refusal fails the test.
/// </summary>
[Collection(TemporaryFilesCollection.Name)]
public sealed class ImportBombTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(20);
    private static readonly ExcelImportOptions Defaults = new();
    private static readonly Lazy<byte[]> TwoMillionRows =
        new(() => HostileWorkbooks.ScoringTableOfRows(ScoringTableWorkbook.SheetName, 2_000_000));

    private readonly EmulationAppFactory _app = fixture.App;

    private static async Task<DomainError?> GuardAsync(byte[] file, ExcelImportOptions? options = null)
    {
        using var deadline = new CancellationTokenSource(Quickly);
        await using var upload = new MemoryStream(file, writable: false);
        var workbook = await new XlsxGuard(options ?? Defaults).ReadAsync(upload, ImportErrors.WrongTemplate, deadline.Token);
        return workbook.Refusal;
    }

    [Fact]
    public async Task ScoringTable_OfTwoMillionRows_IsRefused_AndTheCriteriaStay()
    {
        var file = TwoMillionRows.Value;
        Assert.True(file.Length < 1024 * 1024, $"the bomb is {file.Length} bytes on the wire");
        var campaigns = _app.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Bom hai triệu dòng", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "OLD", Name = "Cũ", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });

        using var deadline = new CancellationTokenSource(Quickly);
        await using var upload = new MemoryStream(file, writable: false);
        var report = await campaigns.ImportScoringTableAsync(TestActors.Officer, id, upload, deadline.Token);

        Assert.Equal("import.too_large_unpacked", Assert.Single(report.Errors).Error.Code);
        await using var db = await _app.DbAsync();
        Assert.Equal(["OLD"], await db.Campaigns.Where(c => c.Id == id).SelectMany(c => c.Criteria).Select(c => c.Code).ToListAsync());
    }

    [Fact]
    public async Task TwoMillionRows_WithoutSizeLimits_AreStillRefusedByTheRowCounterWhileStreaming()
    {
        var unlimitedSize = new ExcelImportOptions { MaxUnpackedBytes = long.MaxValue, MaxCompressionRatio = int.MaxValue };

        Assert.Equal("import.too_many_rows", (await GuardAsync(TwoMillionRows.Value, unlimitedSize))?.Code);
    }

    [Fact]
    public async Task StaffFile_WithOneGigabyteCell_IsRefusedThroughTheImportService_AndNothingIsSaved()
    {
        var file = HostileWorkbooks.OneHugeCell(StaffResultsTemplate.SheetName, 1L << 30);
        Assert.True(file.Length < 3 * 1024 * 1024, $"the bomb is {file.Length} bytes on the wire");
        var unitId = await _app.UnitIdAsync("TH");

        using var deadline = new CancellationTokenSource(Quickly);
        await using var upload = new MemoryStream(file, writable: false);
        var report = await _app.Service<StaffImportService>().ImportStaffResultsAsync(TestActors.HeadOf(unitId), unitId,
            2031, upload, null, deadline.Token);

        Assert.Equal("import.too_large_unpacked", Assert.Single(report.Errors).Error.Code);
        await using var db = await _app.DbAsync();
        Assert.False(await db.StaffYearResults.AnyAsync(s => s.Year == 2031));
    }

    [Fact]
    public async Task OneHugeCell_UnderTheSizeLimit_IsRefusedForItsCompressionRatio()
    {
        var file = HostileWorkbooks.OneHugeCell(StaffResultsTemplate.SheetName, 20L << 20);

        Assert.Equal("import.too_compressed", (await GuardAsync(file))?.Code);
    }

    [Fact]
    public async Task OneHugeCell_WithoutSizeOrRatioLimits_IsMeasuredInChunks_AndRefusedAsTooLong()
    {
        var file = HostileWorkbooks.OneHugeCell(StaffResultsTemplate.SheetName, 100L << 20);
        var unlimitedSize = new ExcelImportOptions { MaxUnpackedBytes = long.MaxValue, MaxCompressionRatio = int.MaxValue };

        Assert.Equal("import.cell_too_long", (await GuardAsync(file, unlimitedSize))?.Code);
    }

    [Fact]
    public async Task Sheet_OfTwoThousandBySixteenThousandCells_IsRefused()
    {
        var file = HostileWorkbooks.WideSheet(StaffResultsTemplate.SheetName, 2_000, 16_384);
        Assert.True(file.Length < 2 * 1024 * 1024, $"the bomb is {file.Length} bytes on the wire");

        Assert.Equal("import.too_large_unpacked", (await GuardAsync(file))?.Code);
    }

    [Fact]
    public async Task Sheet_DeclaringSixteenThousandColumns_IsRefusedByItsDimension()
    {
        var unlimitedSize = new ExcelImportOptions { MaxUnpackedBytes = long.MaxValue, MaxCompressionRatio = int.MaxValue };

        Assert.Equal("import.too_many_columns",
            (await GuardAsync(HostileWorkbooks.WideSheet(StaffResultsTemplate.SheetName, 2_000, 16_384), unlimitedSize))?.Code);
    }

    [Fact]
    public async Task Sheet_WithMoreColumnsThanTheLimit_AndNoDimension_IsRefusedByCountingCells()
    {
        var file = HostileWorkbooks.WideSheetWithoutDimension(StaffResultsTemplate.SheetName, 2, Defaults.MaxColumns + 1);

        Assert.Equal("import.too_many_columns", (await GuardAsync(file))?.Code);
    }

    [Fact]
    public async Task Sheet_WithMoreCellsThanTheLimit_IsRefused()
    {
        var file = HostileWorkbooks.WideSheetWithoutDimension(StaffResultsTemplate.SheetName, 10_000, 50);

        Assert.Equal("import.too_many_cells", (await GuardAsync(file))?.Code);
    }

    [Fact]
    public async Task Sheet_OneRowOverTheLimit_IsRefused()
    {
        var file = HostileWorkbooks.ScoringTableOfRows(ScoringTableWorkbook.SheetName, Defaults.MaxRows + 1);

        Assert.Equal("import.too_many_rows", (await GuardAsync(file))?.Code);
        Assert.Null(await GuardAsync(HostileWorkbooks.ScoringTableOfRows(ScoringTableWorkbook.SheetName, Defaults.MaxRows)));
    }

    [Fact]
    public async Task Row_NumberedAMillion_IsRefused_SoNoReaderFillsTheGap()
    {
        Assert.Equal("import.too_many_rows", (await GuardAsync(HostileWorkbooks.FarRow(StaffResultsTemplate.SheetName, 1_000_000)))?.Code);
    }

    [Fact]
    public async Task Workbook_OfManyParts_IsRefusedFromTheArchiveDirectory()
    {
        var file = HostileWorkbooks.ManyParts(StaffResultsTemplate.SheetName, 30_000);

        Assert.Equal("import.too_many_parts", (await GuardAsync(file))?.Code);
        Assert.Equal("import.too_many_parts", (await GuardAsync(HostileWorkbooks.ManyParts(StaffResultsTemplate.SheetName, Defaults.MaxParts)))?.Code);
    }

    [Fact]
    public async Task SharedStringTable_OverTheLimit_IsRefused()
    {
        var file = HostileWorkbooks.ManySharedStrings(StaffResultsTemplate.SheetName, Defaults.MaxSharedStrings + 1);

        Assert.Equal("import.too_many_shared_strings", (await GuardAsync(file))?.Code);
    }

    [Fact]
    public async Task Cell_LongerThanTheLimit_IsRefused_AndOneAtTheLimitPasses()
    {
        Assert.Equal("import.cell_too_long",
            (await GuardAsync(HostileWorkbooks.LongCell(StaffResultsTemplate.SheetName, Defaults.MaxCellCharacters + 1)))?.Code);
        Assert.Null(await GuardAsync(HostileWorkbooks.LongCell(StaffResultsTemplate.SheetName, Defaults.MaxCellCharacters)));
    }

    [Fact]
    public async Task Guard_WhenTheImportIsCancelled_StopsWithCancellation()
    {
        var unlimited = new ExcelImportOptions { MaxUnpackedBytes = long.MaxValue, MaxCompressionRatio = int.MaxValue, MaxRows = int.MaxValue, MaxCells = int.MaxValue };
        using var closed = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await using var upload = new MemoryStream(TwoMillionRows.Value, writable: false);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new XlsxGuard(unlimited).ReadAsync(upload, ImportErrors.WrongTemplate, closed.Token));
    }

    [Fact]
    public async Task StaffImport_WhenThePageIsClosed_IsCancelled_AndSavesNothing()
    {
        var unitId = await _app.UnitIdAsync("TH");
        using var closed = new CancellationTokenSource();
        await closed.CancelAsync();
        await using var upload = new MemoryStream(HostileWorkbooks.LongCell(StaffResultsTemplate.SheetName, 10), writable: false);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _app.Service<StaffImportService>()
            .ImportStaffResultsAsync(TestActors.HeadOf(unitId), unitId, 2032, upload, null, closed.Token));
        await using var db = await _app.DbAsync();
        Assert.False(await db.StaffYearResults.AnyAsync(s => s.Year == 2032));
    }

    [Fact]
    public async Task SharedStringTableOverMiniExcelsCacheSize_IsReadInMemory_AndLeavesNoTemporaryFile()
    {
        // MiniExcel spills a shared string table above 5 MB to temporary files unless told not to.
        var file = HostileWorkbooks.ManySharedStrings(ScoringTableWorkbook.SheetName, 390_000);
        var before = MiniExcelTemporaryFiles();

        await using var upload = new MemoryStream(file, writable: false);
        var sheet = await ScoringTableWorkbook.ReadAsync(upload, Defaults, CancellationToken.None);

        Assert.Equal("scoring_import.empty", Assert.Single(sheet.Errors).Error.Code);
        Assert.Empty(MiniExcelTemporaryFiles().Except(before));
    }

    [Theory]
    [InlineData("vi-VN", "import.too_many_rows", "Bảng có quá 20000 dòng.")]
    [InlineData("en", "import.too_many_rows", "The sheet has more than 20000 rows.")]
    [InlineData("vi-VN", "import.too_many_columns", "Bảng có quá 64 cột.")]
    [InlineData("en", "import.too_many_columns", "The sheet has more than 64 columns.")]
    [InlineData("vi-VN", "import.too_many_cells", "Bảng có quá 400000 ô.")]
    [InlineData("en", "import.too_many_cells", "The sheet has more than 400000 cells.")]
    [InlineData("vi-VN", "import.too_many_shared_strings", "Tệp chứa quá 400000 chuỗi văn bản khác nhau.")]
    [InlineData("en", "import.too_many_shared_strings", "The file holds more than 400000 distinct texts.")]
    [InlineData("vi-VN", "import.cell_too_long", "Có ô chứa quá 4000 ký tự.")]
    [InlineData("en", "import.cell_too_long", "A cell holds more than 4000 characters.")]
    [InlineData("vi-VN", "import.too_many_parts", "Tệp gồm quá 200 phần, không phải bảng tính thông thường.")]
    [InlineData("en", "import.too_many_parts", "The file holds more than 200 parts: it is not an ordinary workbook.")]
    [InlineData("vi-VN", "import.too_large", "Tệp lớn hơn giới hạn cho phép (5 MB).")]
    [InlineData("en", "import.too_large", "The file is larger than the limit (5 MB).")]
    [InlineData("vi-VN", "import.too_large_unpacked", "Tệp khi giải nén lớn hơn giới hạn cho phép (64 MB).")]
    [InlineData("en", "import.too_large_unpacked", "The file unpacks to more than the limit (64 MB).")]
    [InlineData("vi-VN", "import.too_compressed", "Một phần của tệp bị nén quá 200 lần, không phải bảng tính thông thường.")]
    [InlineData("en", "import.too_compressed", "A part of the file is compressed more than 200 times: it is not an ordinary workbook.")]
    public void EachLimit_HasItsOwnMessage_InVietnameseAndEnglish(string culture, string code, string expected)
    {
        DomainError[] refusals =
        [
            ImportErrors.TooManyRows(Defaults.MaxRows), ImportErrors.TooManyColumns(Defaults.MaxColumns),
            ImportErrors.TooManyCells(Defaults.MaxCells), ImportErrors.TooManySharedStrings(Defaults.MaxSharedStrings),
            ImportErrors.CellTooLong(Defaults.MaxCellCharacters), ImportErrors.TooManyParts(Defaults.MaxParts),
            ImportErrors.TooLarge(Defaults.MaxFileBytes), ImportErrors.TooLargeUnpacked(Defaults.MaxUnpackedBytes), ImportErrors.TooCompressed(Defaults.MaxCompressionRatio),
        ];
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var localizer = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
                .GetRequiredService<IStringLocalizer<SharedResource>>();

            Assert.Equal(expected, localizer.Describe(refusals.Single(r => r.Code == code)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static HashSet<string> MiniExcelTemporaryFiles() =>
        Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "*miniexcel*", SearchOption.TopDirectoryOnly)
            .ToHashSet(StringComparer.Ordinal);
}
