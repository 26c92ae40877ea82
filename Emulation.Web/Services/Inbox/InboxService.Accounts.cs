using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Inbox;

/// <summary>What happens to one's own account.</summary>
public sealed partial class InboxService
{
    /// <summary>Whether e-mail can be sent (an SMTP server is configured).</summary>
    internal bool EmailEnabled => email.Value.Enabled;

    /// <summary>
    /// Queues the message that hands an account over to its holder: a link to set their own password, which works once
    /// and for <paramref name="lifetime"/>; the message never holds a password. Unlike a notice it is no choice of the
    /// holder's, and a failure to queue it fails the action that sends it (the administrator must know).
    /// </summary>
    internal async Task SendSetupLinkAsync(string userName, string fullName, string address, string token, TimeSpan lifetime,
        string? baseUri)
    {
        var start = configuration["Emulation:PublicBaseUrl"] is { Length: > 0 } configured ? configured : baseUri ?? "";
        var link = Startup.AdminOnboarding.SetupLink(start, userName, token);
        var hours = ((int)lifetime.TotalHours).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = await factory.CreateDbContextAsync();
        db.OutboxEmails.Add(OutboxEmail.Create(address, fullName, InboxText.Format("Inbox.SetupSubject", InboxText.Vietnamese, userName),
            InboxText.Format("Inbox.SetupBody", InboxText.Vietnamese, fullName, userName, hours, link), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The account's holder: an administrator reset its password (the temporary one is handed over by the administrator,
    /// never written here), so a reset nobody asked for is noticed. <paramref name="emailed"/>: false when the holder was
    /// just e-mailed the link to set a new password, which tells them already.
    /// </summary>
    internal Task PasswordResetAsync(string userId, bool emailed) =>
        SafelyAsync(async db =>
        {
            var holder = await Readers(db).Where(u => u.Id == userId).ToListAsync();
            var day = OfficeTime.Date(clock.GetUtcNow()).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(db, [.. holder.Select(r => (r, "account/password"))], NotificationKind.PasswordReset,
                holder.FirstOrDefault()?.UserName ?? "", day, emailed: emailed);
        });
}
