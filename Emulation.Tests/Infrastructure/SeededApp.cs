using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Infrastructure;

/// <summary>Shortcuts into a running factory's services and seeded data.</summary>
public static class SeededApp
{
    private static int s_copies;

    public static T Service<T>(this EmulationAppFactory app) where T : notnull =>
        app.Services.GetRequiredService<T>();

    public static async Task<EmulationDbContext> DbAsync(this EmulationAppFactory app) =>
        await app.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();

    public static async Task<int> UnitIdAsync(this EmulationAppFactory app, string code)
    {
        await using var db = await app.DbAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A department of its own (<paramref name="code"/>) with <paramref name="count"/> staff in post, their ids in order.</summary>
    public static async Task<(int UnitId, List<int> People)> AddUnitWithStaffAsync(this EmulationAppFactory app, string code, int count)
    {
        await using var db = await app.DbAsync();
        var unit = Unit.Create(code, $"Đơn vị thử nghiệm {code}", UnitKind.Department);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        var people = Enumerable.Range(0, count)
            .Select(i => Person.Create($"Cán bộ {i}", Gender.Female, unit.Id, new DateOnly(2010, 1, 1), "Chuyên viên"))
            .ToList();
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        return (unit.Id, [.. people.Select(p => p.Id).Order()]);
    }

    /// <summary>
    /// The demo campaign's year and deadlines: they follow the day the demo was seeded (<c>DemoSchedule</c>), so tests
    /// that move a clock around them read them here.
    /// </summary>
    public static async Task<(int Year, DateOnly PledgeDeadline, DateOnly ResultsDeadline)> SeededScheduleAsync(
        this EmulationAppFactory app)
    {
        var id = await app.SeededCampaignIdAsync();
        await using var db = await app.DbAsync();
        var campaign = await db.Campaigns.Where(c => c.Id == id)
            .Select(c => new { c.Year, c.PledgeDeadline, c.ResultsDeadline }).SingleAsync();
        return (campaign.Year, campaign.PledgeDeadline!.Value, campaign.ResultsDeadline!.Value);
    }

    /// <summary>
    /// A launched copy of the seeded campaign (its criteria, titles, deadlines and blocs) under a name of its own: for a
    /// test of a shared app that starts from the seeded campaign and writes to it, where no other test's writes may show.
    /// </summary>
    public static async Task<int> LaunchedCopyOfSeededCampaignAsync(this EmulationAppFactory app)
    {
        var (year, _, _) = await app.SeededScheduleAsync();
        var campaigns = app.Service<CampaignService>();
        var copied = await campaigns.CopyAsync(TestActors.Officer, await app.SeededCampaignIdAsync(), year,
            $"Phong trào thi đua năm {year} – bản sao {Interlocked.Increment(ref s_copies)}");
        Assert.True(copied.IsSuccess, string.Join("; ", copied.Errors));
        var launched = await campaigns.MoveAsync(TestActors.Officer, copied.Value, CampaignStep.Launch);
        Assert.True(launched.IsSuccess, string.Join("; ", launched.Errors));
        return copied.Value;
    }

    /// <summary>The demo data's launched campaign of the current year.</summary>
    public static async Task<int> SeededCampaignIdAsync(this EmulationAppFactory app)
    {
        await using var db = await app.DbAsync();
        return await db.Campaigns.OrderByDescending(c => c.Year).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }
}
