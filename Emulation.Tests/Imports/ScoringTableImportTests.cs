using System.Net;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Emulation.Tests.Imports;

/// <summary>Scoring table export and import: the round trip, and all-or-nothing replacement with a row-level report.</summary>
public sealed class ScoringTableImportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;
    private readonly CampaignService _campaigns = fixture.App.Service<CampaignService>();

    private static Dictionary<string, object?> Row(object? code, object? kind, object? method, object? max,
        object? perUnit = null, object? bands = null) => new()
        {
            [ScoringTableWorkbook.Code] = code,
            [ScoringTableWorkbook.Name] = "Tiêu chí " + code,
            [ScoringTableWorkbook.Group] = "I",
            [ScoringTableWorkbook.Kind] = kind,
            [ScoringTableWorkbook.Method] = method,
            [ScoringTableWorkbook.MaxPoints] = max,
            [ScoringTableWorkbook.PointsPerUnit] = perUnit,
            [ScoringTableWorkbook.UnitOfMeasure] = "lần",
            [ScoringTableWorkbook.Bands] = bands,
        };

    private static MemoryStream Sheet(IEnumerable<Dictionary<string, object?>> rows, string sheetName = ScoringTableWorkbook.SheetName)
    {
        var output = new MemoryStream();
        output.SaveAs(rows, sheetName: sheetName);
        output.Position = 0;
        return output;
    }

    private async Task<int> DraftWithOldCriterionAsync(string name)
    {
        var id = (await _campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = name, Year = 2026 })).Value;
        await _campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "OLD", Name = "Cũ", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });
        return id;
    }

    private async Task<List<string>> CodesInDatabaseAsync(int id)
    {
        await using var db = await _app.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();
        return await db.Campaigns.Where(c => c.Id == id).SelectMany(c => c.Criteria).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();
    }

    [Fact]
    public async Task Import_AGoodTable_ReplacesAllCriteria_WithBands()
    {
        var id = await DraftWithOldCriterionAsync("Nhập bảng điểm đúng");
        using var file = Sheet([
            Row("A", "Scored", "ProportionalToTarget", 60),
            Row("K", "Scored", "Bands", 40, bands: "100:100; 80:50"),
            Row("TRE", "Penalty", "", 10, perUnit: 1),
        ]);

        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, id, file);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        Assert.Equal(3, report.Imported);
        Assert.Equal(["A", "K", "TRE"], await CodesInDatabaseAsync(id));
        var detail = (await _campaigns.GetAsync(TestActors.Officer, id))!;
        Assert.Equal([new ScoreBand(1m, 1m), new ScoreBand(0.8m, 0.5m)], detail.Criteria.Single(c => c.Code == "K").Bands);
        Assert.Equal(100m, detail.ScoredPointsTotal);
    }

    [Fact]
    public async Task Import_ABadTable_ReportsEveryRowAndKeepsTheOldCriteria()
    {
        var id = await DraftWithOldCriterionAsync("Nhập bảng điểm sai");
        using var file = Sheet([
            Row("A", "Scored", "ProportionalToTarget", 60),
            Row("B", "Thưởng", "ProportionalToTarget", 10),
            Row("C", "Scored", "Guessing", 10),
            Row("D", "Scored", "YesNo", "mười"),
            Row("A", "Scored", "YesNo", 5),
        ]);

        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, id, file);

        Assert.False(report.IsSuccess);
        Assert.Equal(
            [(3, "scoring_import.unknown_kind"), (4, "scoring_import.unknown_method"), (5, "scoring_import.not_a_number"),
                (6, "scoring_import.duplicate_code")],
            report.Errors.Select(e => (e.Row!.Value, e.Error.Code)));
        Assert.Equal(["OLD"], await CodesInDatabaseAsync(id));
    }

    [Fact]
    public async Task Import_BandsBrokenByADomainRule_ReportsTheRowAndKeepsTheOldCriteria()
    {
        var id = await DraftWithOldCriterionAsync("Nhập khung sai");
        using var file = Sheet([Row("A", "Scored", "ProportionalToTarget", 60), Row("K", "Scored", "Bands", 40, bands: "100:100; 100:50")]);

        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, id, file);

        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "campaign.band_duplicate_ratio"), (error.Row!.Value, error.Error.Code));
        Assert.Equal(["OLD"], await CodesInDatabaseAsync(id));
    }

    [Fact]
    public async Task Import_AnotherWorkbook_IsRefusedAsTheWrongTemplate()
    {
        var id = await DraftWithOldCriterionAsync("Sai mẫu");
        using var file = Sheet([Row("A", "Scored", "YesNo", 10)], sheetName: "Sheet1");

        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, id, file);

        Assert.Equal("scoring_import.wrong_template", Assert.Single(report.Errors).Error.Code);
        Assert.Equal(["OLD"], await CodesInDatabaseAsync(id));
    }

    [Fact]
    public async Task Import_NotAWorkbookAtAll_IsRefusedAsTheWrongTemplate()
    {
        var id = await DraftWithOldCriterionAsync("Không phải Excel");
        using var file = new MemoryStream("Mã,Tên"u8.ToArray());

        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, id, file);

        Assert.Equal("scoring_import.wrong_template", Assert.Single(report.Errors).Error.Code);
    }

    [Fact]
    public async Task Import_OnlyBlankRows_IsRefusedAsEmpty()
    {
        var id = await DraftWithOldCriterionAsync("Bảng trống");
        using var file = Sheet([ScoringTableWorkbook.Headers.ToDictionary(h => h, _ => (object?)null)]);

        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, id, file);

        Assert.Equal("scoring_import.empty", Assert.Single(report.Errors).Error.Code);
        Assert.Equal(["OLD"], await CodesInDatabaseAsync(id));
    }

    [Fact]
    public async Task Import_IntoALaunchedCampaign_IsRefused()
    {
        var id = await DraftWithOldCriterionAsync("Đã phát động");
        await _campaigns.ReadyToLaunchAsync(id);
        await _campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);
        using var file = Sheet([Row("A", "Scored", "YesNo", 100)]);

        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, id, file);

        Assert.Equal("campaign.wrong_status", Assert.Single(report.Errors).Error.Code);
        Assert.Equal(["OLD"], await CodesInDatabaseAsync(id));
    }

    [Fact]
    public async Task Import_ByADepartmentHead_IsRefused()
    {
        var id = await DraftWithOldCriterionAsync("Trưởng phòng nhập");
        using var file = Sheet([Row("A", "Scored", "YesNo", 100)]);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            _campaigns.ImportScoringTableAsync(TestActors.HeadOf(1), id, file));
        Assert.Equal(["OLD"], await CodesInDatabaseAsync(id));
    }

    [Fact]
    public async Task Export_ThenImport_GivesTheSameTable()
    {
        var source = await DraftWithOldCriterionAsync("Nguồn xuất");
        var banded = new CriterionInput { Code = "K", Name = "Theo khung", Group = "II", MaxPoints = 20, Method = ScoringMethod.Bands, UnitOfMeasure = "%" };
        banded.Bands.Add(new BandInput { MinPercentOfTarget = 100, PercentOfMax = 100 });
        banded.Bands.Add(new BandInput { MinPercentOfTarget = 75, PercentOfMax = 40 });
        await _campaigns.AddCriterionAsync(TestActors.Officer, source, banded);
        var target = await DraftWithOldCriterionAsync("Đích nhập");

        var exported = (await _campaigns.ExportScoringTableAsync(TestActors.Officer, source))!;
        using var file = new MemoryStream(exported.Content);
        var report = await _campaigns.ImportScoringTableAsync(TestActors.Officer, target, file);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        // Kind and method are written in Vietnamese, never as the enum's English name.
        using var sheet = new MemoryStream(exported.Content);
        var rows = sheet.Query(useHeaderRow: true, sheetName: ScoringTableWorkbook.SheetName).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Tiêu chí chấm điểm", "Tiêu chí chấm điểm"], rows.Select(r => (string?)r[ScoringTableWorkbook.Kind]));
        Assert.Equal(["Tỷ lệ theo chỉ tiêu", "Theo khung"], rows.Select(r => (string?)r[ScoringTableWorkbook.Method]));
        var a = (await _campaigns.GetAsync(TestActors.Officer, source))!.Criteria;
        var b = (await _campaigns.GetAsync(TestActors.Officer, target))!.Criteria;
        Assert.Equal(a.OrderBy(c => c.Code).Select(c => (c.Code, c.Name, c.Group, c.Kind, c.Method, c.MaxPoints, string.Join(",", c.Bands))),
            b.OrderBy(c => c.Code).Select(c => (c.Code, c.Name, c.Group, c.Kind, c.Method, c.MaxPoints, string.Join(",", c.Bands))));
    }

    [Fact]
    public async Task ExportEndpoint_ForASignedInUser_ReturnsTheWorkbook_AndSendsAnonymousCallersToSignIn()
    {
        using var client = _app.CreateCookieClient();
        using var anonymous = await client.GetAsync("/documents/campaigns/1/scoring-table.xlsx");
        await client.PostLoginAsync("tp.th", DemoDataSeeder.DemoPassword);

        using var response = await client.GetAsync("/documents/campaigns/1/scoring-table.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bang-cham-diem-1.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        await using var workbook = await response.Content.ReadAsStreamAsync();
        var sheet = await ScoringTableWorkbook.ReadAsync(workbook, new ExcelImportOptions(), CancellationToken.None);
        Assert.Empty(sheet.Errors);
        Assert.NotEmpty(sheet.Criteria);
    }
}
