namespace Emulation.Web.Data.Inbox;

/// <summary>A user's choice to receive one kind of notification by e-mail or not; without a row, e-mail is on.</summary>
public sealed class NotificationPreference
{
    public string UserId { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public bool Email { get; set; }
}
