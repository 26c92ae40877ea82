using Emulation.Web.Services.Notifications;

namespace Emulation.Web.Data;

/// <summary>
/// A change in a campaign, written by the instance that made it so the other instances of the app hear of it
/// (<see cref="ChangeNotificationPoller"/>). Short-lived: pruned after <see cref="NotificationOptions.Retention"/>.
/// </summary>
public sealed class ChangeNotification
{
    public long Id { get; private set; }
    public int CampaignId { get; private set; }
    public CampaignChangeKind Kind { get; private set; }

    /// <summary>The one unit the change concerns (<see cref="CampaignChange.UnitId"/>), null when it may concern any.</summary>
    public int? UnitId { get; private set; }

    /// <summary>UTC, by the writing instance's clock.</summary>
    public DateTime At { get; private set; }

    /// <summary>The <see cref="AppInstance"/> that made the change and already told its own views.</summary>
    public Guid Origin { get; private set; }

    public static ChangeNotification Of(CampaignChange change, Guid origin, DateTime at) =>
        new() { CampaignId = change.CampaignId, Kind = change.Kind, UnitId = change.UnitId, Origin = origin, At = at };
}
