using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Staff;

/// <summary>
/// The demo seed rates its staff as the law lets an agency rate them: no unit has more "Hoàn thành xuất sắc nhiệm vụ"
/// ratings in a year than the cap on excellent ratings in force that year allows, the past years included.
/// </summary>
public sealed class SeededRatingsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;

    [Fact]
    public async Task DemoSeed_EveryUnitsYear_KeepsWithinTheCapOnExcellentRatings()
    {
        await using var db = await _app.DbAsync();
        var demoUnits = DemoOrganization.Units.Select(u => u.Code).ToList();
        var unitIds = await db.Units.Where(u => demoUnits.Contains(u.Code)).Select(u => u.Id).ToListAsync();

        var overCap = await RatingsOverCap.FindAsync(db, unitIds);

        Assert.True(overCap.Count == 0, string.Join("; ", overCap));
        var lastYear = (await _app.SeededScheduleAsync()).Year - 1;
        Assert.True(await db.StaffYearResults.CountAsync(s => s.Year == lastYear) > 50);
    }
}

/// <summary>The units' years (of those rated under a rule set) whose ratings exceed the cap on excellent ratings in force.</summary>
internal static class RatingsOverCap
{
    public static async Task<List<string>> FindAsync(EmulationDbContext db, IReadOnlyCollection<int> unitIds)
    {
        var ratings = await db.StaffYearResults.AsNoTracking().Where(s => unitIds.Contains(s.UnitId))
            .Select(s => new { s.UnitId, s.Year, s.Rating }).ToListAsync();
        var overCap = new List<string>();
        foreach (var unitYear in ratings.GroupBy(r => (r.UnitId, r.Year)))
        {
            if (RuleSetCatalog.InForce(new DateOnly(unitYear.Key.Year, 12, 31)) is { IsSuccess: true } rules &&
                ExcellentShare.Check(unitYear.Select(r => r.Rating), rules.Value.ExcellentShare) is { IsWithinCap: false } verdict)
            {
                overCap.Add($"unit {unitYear.Key.UnitId} in {unitYear.Key.Year}: {verdict.Excellent} excellent, {verdict.Allowed} allowed");
            }
        }

        return overCap;
    }
}
