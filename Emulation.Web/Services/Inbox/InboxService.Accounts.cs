using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Inbox;

/// <summary>What happens to one's own account.</summary>
public sealed partial class InboxService
{
    /// <summary>
    /// The account's holder: an administrator reset its password (the temporary one is handed over by the administrator,
    /// never written here), so a reset nobody asked for is noticed.
    /// </summary>
    internal Task PasswordResetAsync(string userId) =>
        SafelyAsync(async db =>
        {
            var holder = await Readers(db).Where(u => u.Id == userId).ToListAsync();
            var day = OfficeTime.Date(clock.GetUtcNow()).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(db, holder, NotificationKind.PasswordReset, holder.FirstOrDefault()?.UserName ?? "", day,
                "account/password");
        });
}
