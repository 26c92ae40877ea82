using Emulation.Domain.Common;
using MimeKit;

namespace Emulation.Web.Services.Inbox;

/// <summary>The address a reader gives for their notices: one plain mailbox the mail server can take.</summary>
internal static class EmailAddress
{
    /// <summary>Identity's column for the address.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// A bare address (no display name, no list) with a local part and a domain, as MimeKit reads it, in clean text:
    /// MimeKit takes a right-to-left override or a zero-width space inside the address, which would show the reader one
    /// address on the settings page while the notices went to another.
    /// </summary>
    public static bool IsValid(string address) =>
        address.Length <= MaxLength && CleanText.IsClean(address) && address.IndexOf('@', StringComparison.Ordinal) > 0 &&
        MailboxAddress.TryParse(address, out var parsed) && parsed.Address == address && string.IsNullOrEmpty(parsed.Name);

    public static DomainError Invalid(string address) =>
        new("inbox.email_invalid", $"'{address}' is not an e-mail address notices can be sent to.", address);

    public static DomainError NothingToConfirm() =>
        new("inbox.email_nothing_to_confirm", "There is no address waiting for confirmation.");

    public static DomainError EmailOff() =>
        new("inbox.email_off", "No mail server is configured: no confirmation link can be sent.");

    /// <summary>One answer for a forged, expired or superseded link: the address it named is no longer the one to confirm.</summary>
    public static DomainError LinkInvalid() =>
        new("inbox.email_link_invalid", "This confirmation link is not valid, has expired, or the address has changed since.");
}
