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
}
