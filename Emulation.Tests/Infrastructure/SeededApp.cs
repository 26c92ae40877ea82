using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Infrastructure;

/// <summary>Shortcuts into a running factory's services and seeded data.</summary>
public static class SeededApp
{
    public static T Service<T>(this EmulationAppFactory app) where T : notnull =>
        app.Services.GetRequiredService<T>();

    public static async Task<EmulationDbContext> DbAsync(this EmulationAppFactory app) =>
        await app.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();

    public static async Task<int> UnitIdAsync(this EmulationAppFactory app, string code)
    {
        await using var db = await app.DbAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The demo data's launched campaign of the current year.</summary>
    public static async Task<int> SeededCampaignIdAsync(this EmulationAppFactory app)
    {
        await using var db = await app.DbAsync();
        return await db.Campaigns.OrderByDescending(c => c.Year).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }
}
