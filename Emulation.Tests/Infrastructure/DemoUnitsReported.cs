using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// The tests' demo, one step on from the one a person starts: the ten other units have submitted the results the demo
/// keeps as their drafts, so a case that opens results and starts the review ranks the demo head's unit among a field
/// without sending ten reports first. The campaign stays at its pledge stage, as the cases expect it; a demo a person
/// starts never has results submitted before they are open (<see cref="DemoDataSeeder"/>).
/// </summary>
internal static class DemoUnitsReported
{
    public static async Task SubmitAsync(IServiceProvider services)
    {
        var at = DemoStartDay.Or(services.GetRequiredService<IConfiguration>(), TimeProvider.System).GetUtcNow();
        await using var db = await services.GetRequiredService<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();
        var campaign = await db.Campaigns.OrderByDescending(c => c.Year).ThenBy(c => c.Id).FirstAsync();
        var heads = await db.Units.ToDictionaryAsync(u => u.Id, u => $"tp.{u.Code.ToLowerInvariant()}");
        var drafts = await db.UnitResults.Where(r => r.CampaignId == campaign.Id && r.Status == SubmissionStatus.Draft).ToListAsync();
        foreach (var draft in drafts)
        {
            var submitted = draft.Submit(campaign.Criteria, heads[draft.UnitId], at);
            if (!submitted.IsSuccess)
            {
                throw new InvalidOperationException($"Demo results of unit {draft.UnitId}: {string.Join("; ", submitted.Errors)}");
            }
        }

        await db.SaveChangesAsync();
    }
}
