namespace Emulation.Web.Data.Inbox;

/// <summary>
/// One message in a user's in-app inbox. The text is composed when it is shown, in the reader's language, from the
/// kind, the subject (a campaign's or session's name) and the detail (a reason, a deadline).
/// </summary>
public sealed class InboxNotification
{
    public const int SubjectMaxLength = 300;
    public const int DetailMaxLength = 1000;
    public const int LinkMaxLength = 300;
    public const int KeyMaxLength = 200;

    private InboxNotification()
    {
    }

    public long Id { get; private set; }

    /// <summary>The <see cref="AppUser"/> it is for.</summary>
    public string UserId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }
    public string Subject { get; private set; } = "";
    public string? Detail { get; private set; }

    /// <summary>The app-relative page where the reader acts on it.</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>
    /// Set for notifications that must reach a person at most once (a deadline reminder); unique per user, so sending
    /// it twice fails in the database too.
    /// </summary>
    public string? OnceKey { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static InboxNotification Create(string userId, NotificationKind kind, string subject, string? detail,
        string link, DateTimeOffset at, string? onceKey = null) => new()
    {
        UserId = userId,
        Kind = kind,
        Subject = Clip(subject, SubjectMaxLength),
        Detail = detail is null ? null : Clip(detail, DetailMaxLength),
        Link = Clip(link, LinkMaxLength),
        CreatedAt = at,
        OnceKey = onceKey,
    };

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
