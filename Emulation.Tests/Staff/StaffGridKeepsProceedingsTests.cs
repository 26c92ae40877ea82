using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Staff;

/// <summary>
/// A person under inspection, complaint or denunciation (Decree 152/2025 Art. 4(4)) is recorded through the records
/// API; the head's staff grid does not show that flag, so saving the grid must keep it rather than clear it.
/// </summary>
public sealed class StaffGridKeepsProceedingsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int Year = 2026;
    private readonly EmulationAppFactory _app = fixture.App;

    [Fact]
    public async Task SavingTheGrid_KeepsAPersonsPendingProceedings()
    {
        var (unitId, staff) = await _app.AddUnitWithStaffAsync("TTKN", 2);
        var underInspection = staff[0];
        await using (var db = await _app.DbAsync())
        {
            var record = StaffYearResult.Start(underInspection, unitId, Year);
            Assert.True(record.Record(QualityRating.Good, 12, 0, DisciplineLevel.None, InitiativeLevel.None, proceedingsPending: true).IsSuccess);
            db.Add(record);
            await db.SaveChangesAsync();
        }

        var head = TestActors.HeadOf(unitId);
        var submissions = _app.Service<SubmissionService>();
        var rows = await submissions.GetStaffYearAsync(head, unitId, Year);
        foreach (var row in rows)
        {
            row.Rating = QualityRating.Excellent;
        }

        var saved = await submissions.SaveStaffYearAsync(head, unitId, Year, rows);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        await using var check = await _app.DbAsync();
        var kept = await check.StaffYearResults.AsNoTracking().SingleAsync(r => r.PersonId == underInspection && r.Year == Year);
        Assert.Equal((QualityRating.Excellent, true), (kept.Rating, kept.ProceedingsPending));
        var other = await check.StaffYearResults.AsNoTracking().SingleAsync(r => r.PersonId == staff[1] && r.Year == Year);
        Assert.False(other.ProceedingsPending);
    }
}
