using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using EvidenceEntity = Emulation.Domain.Results.Evidence;

namespace Emulation.Tests.Evidence;

/// <summary>Uploading, listing, opening and deleting evidence through the service, on the real database and disk.</summary>
public sealed class EvidenceServiceTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const int CampaignId = 1;
    private readonly EmulationAppFactory _app = fixture.App;
    private int _th;
    private int _kt;

    private EvidenceService Service => _app.Service<EvidenceService>();
    private EvidenceStore Store => _app.Service<EvidenceStore>();

    public async ValueTask InitializeAsync()
    {
        _th = await _app.UnitIdAsync("TH");
        _kt = await _app.UnitIdAsync("KT");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("bao-cao.pdf", "application/pdf")]
    [InlineData("anh-hoi-nghi.png", "image/png")]
    [InlineData("anh-khen-thuong.jpg", "image/jpeg")]
    [InlineData("bien-ban.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task Upload_OfAnAcceptedKind_StoresTheFileAndRecordsIt(string fileName, string contentType)
    {
        var content = Sample(fileName);

        var uploaded = await UploadAsync(_th, fileName, content, criterion: "VB_DEN");

        Assert.True(uploaded.IsSuccess, string.Join("; ", uploaded.Errors));
        var row = await RowAsync(uploaded.Value);
        Assert.Equal(fileName, row.FileName);
        Assert.Equal(contentType, row.ContentType);
        Assert.Equal("VB_DEN", row.CriterionCode);
        Assert.Equal(content.Length, row.SizeBytes);
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(Store.Root, row.StorageKey)));
    }

    [Theory]
    [InlineData("report.pdf", "exe")]
    [InlineData("bao-cao.docx", "text")]
    [InlineData("ho-so.docx", "zip")]
    public async Task Upload_OfAFileThatIsNotWhatItsNameSays_IsRefusedAndNothingIsStored(string fileName, string actual)
    {
        var content = actual switch
        {
            "exe" => SampleFiles.Executable(),
            "text" => SampleFiles.Text(),
            _ => SampleFiles.PlainZip(),
        };
        var before = await SnapshotAsync();

        var uploaded = await UploadAsync(_th, fileName, content);

        var error = Assert.Single(uploaded.Errors);
        Assert.Equal("evidence.type_not_allowed", error.Code);
        Assert.Equal(fileName, error.Item);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Upload_OfAnEmptyFile_IsRefused()
    {
        var before = await SnapshotAsync();

        var uploaded = await UploadAsync(_th, "trong.pdf", []);

        Assert.Equal("evidence.empty", Assert.Single(uploaded.Errors).Code);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Upload_OverTheLimit_IsRefusedAfterReadingOneByteMoreThanTheLimit()
    {
        var limit = Service.MaxBytes;
        Assert.Equal(EvidenceEntity.DefaultMaxBytes, limit);
        var before = await SnapshotAsync();
        var stream = new TripwireStream(length: 5 * limit, readLimit: limit + 1);

        var uploaded = await Service.UploadAsync(TestActors.HeadOf(_th), CampaignId, _th, null, "quet-tai-lieu.pdf", stream);

        Assert.Equal("evidence.too_large", Assert.Single(uploaded.Errors).Code);
        Assert.Equal(limit + 1, stream.BytesRead);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Upload_StoresTheFileOutsideTheWebRootUnderARandomName()
    {
        var uploaded = await UploadAsync(_th, "bao-cao-quy.pdf", SampleFiles.Pdf());

        var row = await RowAsync(uploaded.Value);
        var environment = _app.Service<IWebHostEnvironment>();
        var stored = Path.Combine(Store.Root, row.StorageKey);
        Assert.True(File.Exists(stored));
        Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(stored));
        Assert.DoesNotContain("bao-cao-quy", stored, StringComparison.Ordinal);
        Assert.False(IsUnder(stored, environment.WebRootPath));

        // The default folder, used when nothing is configured, is under the content root and outside wwwroot too.
        var defaults = new EvidenceStore(Options.Create(new EvidenceOptions()), environment);
        Assert.Equal(Path.GetFullPath(Path.Combine(environment.ContentRootPath, "App_Data", "evidence")), defaults.Root);
        Assert.False(IsUnder(defaults.Root, environment.WebRootPath));
    }

    [Fact]
    public void Store_ConfiguredInsideTheWebRoot_RefusesToStart()
    {
        var environment = _app.Service<IWebHostEnvironment>();
        var options = Options.Create(new EvidenceOptions { EvidencePath = Path.Combine(environment.WebRootPath, "uploads") });

        Assert.Throws<InvalidOperationException>(() => new EvidenceStore(options, environment));
    }

    /// <summary>
    /// The unit's folder is refused; a file by its id is answered as if it did not exist, so that the id tells the
    /// stranger nothing about another unit.
    /// </summary>
    [Fact]
    public async Task AnotherUnitsHead_CannotUploadOrList_AndFindsAFileByItsIdNoMoreThanAnUnknownOne()
    {
        var id = (await UploadAsync(_th, "bao-cao-th.pdf", SampleFiles.Pdf())).Value;
        var before = await SnapshotAsync();
        var stranger = TestActors.HeadOf(_kt);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service.UploadAsync(stranger, CampaignId, _th, null, "chen.pdf", new MemoryStream(SampleFiles.Pdf())));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service.ListAsync(stranger, CampaignId, _th));
        Assert.Null(await Service.OpenAsync(stranger, id));
        var deleted = await Service.DeleteAsync(stranger, id);
        var deletedUnknown = await Service.DeleteAsync(stranger, int.MaxValue);
        Assert.Equal("evidence.not_found", Assert.Single(deleted.Errors).Code);
        Assert.Equal(deletedUnknown.Errors, deleted.Errors);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Officer_ListsAndOpensButCannotChange()
    {
        var id = (await UploadAsync(_th, "tong-hop.pdf", SampleFiles.Pdf())).Value;

        var folder = await Service.ListAsync(TestActors.Officer, CampaignId, _th);
        await using var download = await Service.OpenAsync(TestActors.Officer, id) is { } d ? d.Content : null;

        Assert.Contains(folder!.Files, f => f.Id == id && f.FileName == "tong-hop.pdf");
        Assert.False(folder.CanChange);
        Assert.NotNull(download);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service.DeleteAsync(TestActors.Officer, id));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service.UploadAsync(TestActors.Officer, CampaignId, _th, null, "x.pdf", new MemoryStream(SampleFiles.Pdf())));
    }

    [Fact]
    public async Task Upload_AfterTheResultsAreSubmitted_IsRefused()
    {
        var unit = await _app.UnitIdAsync("NK");
        var head = TestActors.HeadOf(unit);
        var campaigns = _app.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đợt minh chứng", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "HOP", Name = "Cuộc họp được phục vụ", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(id);
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults);
        var early = await Service.UploadAsync(head, id, unit, "HOP", "bien-ban.pdf", new MemoryStream(SampleFiles.Pdf()));
        Assert.True(early.IsSuccess);
        var submitted = await _app.Service<SubmissionService>().SaveResultsAsync(head, id, unit,
            new Dictionary<string, decimal?> { ["HOP"] = 40 }, null, submit: true);
        Assert.True(submitted.IsSuccess, string.Join("; ", submitted.Errors));

        var late = await Service.UploadAsync(head, id, unit, "HOP", "bo-sung.pdf", new MemoryStream(SampleFiles.Pdf()));
        var removal = await Service.DeleteAsync(head, early.Value);

        Assert.Equal("evidence.not_editable", Assert.Single(late.Errors).Code);
        Assert.Equal("evidence.not_editable", Assert.Single(removal.Errors).Code);
        Assert.False((await Service.ListAsync(head, id, unit))!.CanChange);
        Assert.Equal(CampaignStatus.ResultsOpen, (await campaigns.GetAsync(TestActors.Officer, id))!.Summary.Status);
    }

    [Fact]
    public async Task Upload_ForAUnitWhoseSeededResultsAreSubmitted_IsRefused()
    {
        var before = await SnapshotAsync();

        var uploaded = await UploadAsync(_kt, "bao-cao-kt.pdf", SampleFiles.Pdf());

        Assert.Equal("evidence.not_editable", Assert.Single(uploaded.Errors).Code);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Delete_RemovesTheFileAndTheRow()
    {
        var id = (await UploadAsync(_th, "nham-tep.pdf", SampleFiles.Pdf())).Value;
        var key = (await RowAsync(id)).StorageKey;

        var deleted = await Service.DeleteAsync(TestActors.HeadOf(_th), id);

        Assert.True(deleted.IsSuccess);
        Assert.False(Store.Exists(key));
        await using var db = await _app.DbAsync();
        Assert.False(await db.Evidence.AnyAsync(e => e.Id == id));
        Assert.Null(await Service.OpenAsync(TestActors.HeadOf(_th), id));
    }

    [Fact]
    public async Task Upload_WhenTheRowCannotBeSaved_LeavesNoFileBehind()
    {
        var before = await SnapshotAsync();
        await using (var db = await _app.DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER evidence_refused BEFORE INSERT ON Evidence BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
        }

        try
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => UploadAsync(_th, "mo-coi.pdf", SampleFiles.Pdf()));
        }
        finally
        {
            await using var db = await _app.DbAsync();
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER evidence_refused");
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    private static byte[] Sample(string fileName) => Path.GetExtension(fileName) switch
    {
        ".pdf" => SampleFiles.Pdf(),
        ".png" => SampleFiles.Png(),
        ".jpg" => SampleFiles.Jpeg(),
        ".docx" => SampleFiles.Docx(),
        _ => throw new ArgumentOutOfRangeException(nameof(fileName)),
    };

    private Task<Emulation.Domain.Common.Result<int>> UploadAsync(int unitId, string fileName, byte[] content,
        string? criterion = null) =>
        Service.UploadAsync(TestActors.HeadOf(unitId), CampaignId, unitId, criterion, fileName, new MemoryStream(content));

    private async Task<EvidenceEntity> RowAsync(int id)
    {
        await using var db = await _app.DbAsync();
        return await db.Evidence.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    /// <summary>How many files are on disk and rows in the table: equal before and after means nothing was kept.</summary>
    private async Task<(int Files, int Rows)> SnapshotAsync()
    {
        await using var db = await _app.DbAsync();
        var files = Directory.Exists(Store.Root) ? Directory.GetFiles(Store.Root).Length : 0;
        return (files, await db.Evidence.CountAsync());
    }

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
