using System.Globalization;
using System.Resources;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Resources;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// A notification's title and text in a given language, from the shared string table (<c>Inbox.Title.*</c>,
/// <c>Inbox.Text.*</c>): the inbox page asks in the reader's language, e-mails go out in Vietnamese.
/// </summary>
public static class InboxText
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    public static string Title(NotificationKind kind, string subject, CultureInfo culture) =>
        Format($"Inbox.Title.{kind}", culture, subject);

    public static string Text(NotificationKind kind, string subject, string? detail, CultureInfo culture) =>
        Format($"Inbox.Text.{kind}", culture, subject, detail ?? "");

    public static string KindName(NotificationKind kind, CultureInfo culture) => Format($"Inbox.Kind.{kind}", culture);

    /// <summary>A label from the string table in <paramref name="culture"/> (a submission kind, a footer line).</summary>
    public static string Format(string key, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, Strings.GetString(key, culture) ?? key, arguments);
}
