using Emulation.Domain.Results;
using Emulation.Tests.Evidence;
using Emulation.Tests.Imports;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// What a head uploads — an evidence file, a staff-results workbook — is recorded in the audit trail under the head's
/// name, not under whoever the flow of execution happens to carry (here none: "system"), as every other service write is.
/// </summary>
public sealed class UploadAuthorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;

    [Fact]
    public async Task AnEvidenceUpload_IsAuditedUnderTheHeadsName()
    {
        var th = await _app.UnitIdAsync("TH");
        var head = TestActors.HeadOf(th);

        var uploaded = await _app.Service<EvidenceService>().UploadAsync(head, await _app.SeededCampaignIdAsync(), th, null,
            "bien-ban.pdf", new MemoryStream(SampleFiles.Pdf()));

        Assert.True(uploaded.IsSuccess, string.Join(", ", uploaded.Errors.Select(e => e.Code)));
        await using var db = await _app.DbAsync();
        var key = uploaded.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var added = await db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == nameof(Emulation.Domain.Results.Evidence) && a.EntityKey == key && a.Action == AuditAction.Created);
        Assert.Equal(head.UserName, added.UserName);
    }

    [Fact]
    public async Task AStaffResultsImport_IsAuditedUnderTheHeadsName()
    {
        var (unitId, staff) = await _app.AddUnitWithStaffAsync("AUTH-IMP", 2);
        var head = TestActors.HeadOf(unitId);
        await using var upload = new MemoryStream(StaffSheet.Build(staff.Select(id => StaffSheet.Row(id, "Hoàn thành tốt nhiệm vụ", 12))));

        var report = await _app.Service<StaffImportService>().ImportStaffResultsAsync(head, unitId, 2025, upload, null,
            CancellationToken.None);

        Assert.True(report.IsSuccess, string.Join("; ", report.Errors));
        await using var db = await _app.DbAsync();
        var keys = (await db.StaffYearResults.AsNoTracking().Where(s => s.UnitId == unitId).Select(s => s.Id).ToListAsync())
            .Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var authors = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(StaffYearResult) && a.Action == AuditAction.Created && keys.Contains(a.EntityKey))
            .Select(a => a.UserName).ToListAsync();
        Assert.Equal([head.UserName, head.UserName], authors);
    }
}
