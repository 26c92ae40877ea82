using Emulation.Domain.Common;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>An address as it is stored: trimmed and in NFC, so that one address typed two ways is stored one way.</summary>
    public static string Stored(string address) => CleanText.Normalize(address);

    /// <summary>
    /// The form addresses are compared in, Identity's <c>NormalizedEmail</c>: <see cref="Stored"/> in upper case by the
    /// invariant culture ("A@Vp.Gov.VN " and "a@vp.gov.vn" are one address).
    /// </summary>
    public static string Key(string address) => Stored(address).ToUpperInvariant();

    /// <summary>
    /// Whether another account than <paramref name="userId"/> holds <paramref name="address"/>, confirmed or waiting for
    /// confirmation: one address is one account's, so that a link or notice sent to it names one holder. Checked where an
    /// address is given, to answer with this refusal; the unique index on the key (<c>EmailIndex</c>) refuses the second of
    /// two saves racing past the check, and <see cref="Services.Accounts.AccountEmailKeys"/> settles the duplicates a
    /// database held before the index.
    /// </summary>
    public static Task<bool> IsTakenAsync(EmulationDbContext db, string address, string? userId)
    {
        var key = Key(address);
        return db.Users.AnyAsync(u => u.NormalizedEmail == key && u.Id != userId);
    }

    public static DomainError Taken(string address) =>
        new("inbox.email_taken", $"'{address}' is already the address of another account.", address);

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
