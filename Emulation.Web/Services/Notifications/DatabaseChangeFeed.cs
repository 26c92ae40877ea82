using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Notifications;

/// <summary>
/// Writes each change as a <see cref="ChangeNotification"/> row, in the change's own save when the caller enlists it
/// (<see cref="Enlist"/>), else right after the change itself is saved; every instance's
/// <see cref="ChangeNotificationPoller"/> reads the rows of the others. Needs nothing but the shared database.
/// </summary>
public sealed class DatabaseChangeFeed(IDbContextFactory<EmulationDbContext> factory, AppInstance instance,
    TimeProvider clock, ILogger<DatabaseChangeFeed> logger) : ICampaignChangeFeed
{
    public async Task PublishAsync(CampaignChange change)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync();
            Enlist(db, change);
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e)
        {
            // The change is saved; other instances' views only miss a refresh until the next one or a reload.
            logger.LogWarning(e, "Could not record {Kind} in campaign {Campaign} for other instances", change.Kind,
                change.CampaignId);
        }
    }

    public bool Enlist(EmulationDbContext db, CampaignChange change)
    {
        db.ChangeNotifications.Add(ChangeNotification.Of(change, instance.Id, clock.GetUtcNow().UtcDateTime));
        return true;
    }
}
