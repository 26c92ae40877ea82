using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// A notification as the inbox page lists it; <paramref name="Settled"/> once the step it asked for is done
/// (<see cref="NoticeSteps"/>).
/// </summary>
public sealed record InboxItem(long Id, NotificationKind Kind, string Subject, string? Detail, string Link,
    DateTimeOffset CreatedAt, bool IsRead, bool Settled = false);

/// <summary>One kind and whether its reader wants it by e-mail.</summary>
public sealed record EmailChoice(NotificationKind Kind, bool Email);

/// <summary>The address a reader gave for their notices, and whether they confirmed it from the link sent to it.</summary>
public sealed record InboxAddress(string Address, bool Confirmed);

/// <summary>
/// Tells people what needs them: writes each notification to the reader's inbox and, when e-mail is configured, the
/// reader has an address and has not turned that kind off, an e-mail to the outbox in the same save. Telling never
/// fails the action that caused it: a failure is logged and the action's own result stands. A notice reaches the
/// accounts of the tree its step belongs to (<see cref="Audience"/>), never every account holding a role. The notices
/// of each area are in the partial files beside this one.
/// </summary>
public sealed partial class InboxService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    IOptions<EmailOptions> email, IConfiguration configuration, ILogger<InboxService> logger,
    IDataProtectionProvider protection)
{
    /// <summary>Notifications one page lists, newest first.</summary>
    public const int PageSize = 50;

    public async Task<IReadOnlyList<InboxItem>> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        return await db.InboxNotifications.AsNoTracking().Where(n => n.UserId == actor.UserId)
            .OrderByDescending(n => n.Id).Take(PageSize)
            .Select(n => new InboxItem(n.Id, n.Kind, n.Subject, n.Detail, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync();
    }

    public async Task<int> UnreadCountAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        return await db.InboxNotifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null);
    }

    /// <summary>Marks one of the reader's own notifications read (or all of them when <paramref name="id"/> is null).</summary>
    public async Task MarkReadAsync(Actor actor, long? id)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        var unread = await db.InboxNotifications
            .Where(n => n.UserId == actor.UserId && n.ReadAt == null && (id == null || n.Id == id))
            .ToListAsync();
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync();
    }

    /// <summary>The kinds the reader can receive (<see cref="NoticeReaders"/>), each with whether it is e-mailed to them.</summary>
    public async Task<IReadOnlyList<EmailChoice>> EmailChoicesAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var off = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.UserId == actor.UserId && !p.Email).Select(p => p.Kind).ToListAsync();
        return [.. NoticeReaders.KindsFor(actor).Select(k => new EmailChoice(k, !off.Contains(k)))];
    }

    /// <summary>
    /// Replaces the reader's choices among the kinds they can receive (a kind they cannot keeps its choice, for a role
    /// given later); the same reader saving from two tabs at once keeps one save's choices and the other is told someone
    /// else saved first.
    /// </summary>
    public async Task<Result> SetEmailChoicesAsync(Actor actor, IReadOnlyCollection<NotificationKind> emailed)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        var offered = NoticeReaders.KindsFor(actor);
        await using var db = await factory.CreateDbContextAsync();
        var existing = await db.NotificationPreferences.Where(p => p.UserId == actor.UserId && offered.Contains(p.Kind)).ToListAsync();
        db.NotificationPreferences.RemoveRange(existing);
        db.NotificationPreferences.AddRange(offered
            .Select(k => new NotificationPreference { UserId = actor.UserId, Kind = k, Email = emailed.Contains(k) }));
        return await ConcurrencyErrors.SaveAsync(db);
    }

    /// <summary>The address the reader's notices are e-mailed to, once confirmed; null while they have given none.</summary>
    public async Task<InboxAddress?> EmailAddressAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId && u.Email != null)
            .Select(u => new InboxAddress(u.Email!, u.EmailConfirmed)).SingleOrDefaultAsync();
    }

    /// <summary>
    /// Sets the address the reader's notices are e-mailed to (blank: none, only the inbox); an address a mail server
    /// could not take is refused. A new address gets no notice until its holder opens the confirmation link e-mailed to
    /// it (<paramref name="baseUri"/>: the app's address the link starts with, when <c>Emulation:PublicBaseUrl</c> is unset);
    /// the same address typed again keeps its confirmation.
    /// </summary>
    public async Task<Result> SetEmailAddressAsync(Actor actor, string? address, string? baseUri = null)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        var trimmed = string.IsNullOrWhiteSpace(address) ? null : EmailAddress.Stored(address);
        if (trimmed is not null && !EmailAddress.IsValid(trimmed))
        {
            return Result.Failure(EmailAddress.Invalid(trimmed));
        }

        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Id == actor.UserId);
        if (user.Email is not null && trimmed is not null && EmailAddress.Key(user.Email) == EmailAddress.Key(trimmed))
        {
            return Result.Success();
        }

        if (trimmed is not null && await EmailAddress.IsTakenAsync(db, trimmed, user.Id))
        {
            return Result.Failure(EmailAddress.Taken(trimmed));
        }

        user.Email = trimmed;
        user.NormalizedEmail = trimmed is null ? null : EmailAddress.Key(trimmed);
        user.EmailConfirmed = false;
        // A new address voids every link sent before, to this address or an earlier one (A → B → A included).
        var nonce = await NewConfirmationNonceAsync(db, user.Id);
        if (trimmed is not null && email.Value.Enabled)
        {
            db.OutboxEmails.Add(ConfirmationEmail(user.Id, user.UserName ?? "", user.FullName, trimmed, nonce, baseUri));
        }

        var saved = await ConcurrencyErrors.SaveAsync(db);
        if (!saved.IsSuccess && trimmed is not null)
        {
            // Another account took the address since it was checked (the unique index refused this save).
            await using var again = await factory.CreateDbContextAsync();
            if (await EmailAddress.IsTakenAsync(again, trimmed, user.Id))
            {
                return Result.Failure(EmailAddress.Taken(trimmed));
            }
        }

        return saved;
    }

    /// <summary>Sends the confirmation link again to the reader's address not yet confirmed (the first went astray or expired).</summary>
    public async Task<Result> SendConfirmationAsync(Actor actor, string? baseUri = null)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId);
        if (user.Email is null || user.EmailConfirmed)
        {
            return Result.Failure(EmailAddress.NothingToConfirm());
        }

        if (!email.Value.Enabled)
        {
            return Result.Failure(EmailAddress.EmailOff());
        }

        var nonce = await NewConfirmationNonceAsync(db, user.Id);
        db.OutboxEmails.Add(ConfirmationEmail(user.Id, user.UserName ?? "", user.FullName, user.Email, nonce, baseUri));
        await db.SaveChangesAsync();
        return Result.Success();
    }

    /// <summary>
    /// Confirms the address a link e-mailed by <see cref="SetEmailAddressAsync"/> names, while it is still the account's
    /// address, the link is the last one sent and has not been used, and it has not expired; anonymous, as the link may be
    /// opened on a phone not signed in. Returns the address confirmed.
    /// </summary>
    public async Task<Result<string>> ConfirmEmailAsync(string? token)
    {
        string[] parts;
        try
        {
            parts = ConfirmationProtector.Unprotect(token ?? "", out _).Split('\n');
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return Result<string>.Failure(EmailAddress.LinkInvalid());
        }

        if (parts is not [var userId, var address, var nonce])
        {
            return Result<string>.Failure(EmailAddress.LinkInvalid());
        }

        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId);
        var stored = await ConfirmationNonce(db, userId).SingleOrDefaultAsync();
        if (user?.Email is null || EmailAddress.Key(user.Email) != EmailAddress.Key(address) || stored?.Value is null ||
            !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(stored.Value), System.Text.Encoding.ASCII.GetBytes(nonce)))
        {
            return Result<string>.Failure(EmailAddress.LinkInvalid());
        }

        user.EmailConfirmed = true;
        db.UserTokens.Remove(stored);
        if (await ConcurrencyErrors.SaveAsync(db) is { IsSuccess: false })
        {
            // The same link opened twice at once: the other opening confirmed the address and used the link.
            return Result<string>.Failure(EmailAddress.LinkInvalid());
        }

        return Result<string>.Success(address);
    }

    /// <summary>How long a confirmation link works.</summary>
    public static readonly TimeSpan ConfirmationLinkLifetime = TimeSpan.FromDays(2);

    private ITimeLimitedDataProtector ConfirmationProtector =>
        protection.CreateProtector("Emulation.Inbox.EmailConfirmation").ToTimeLimitedDataProtector();

    /// <summary>Where the one link of an account's that may confirm its address is named (Identity's user tokens).</summary>
    private const string NonceProvider = "Emulation", NonceName = "EmailConfirmation";

    private static IQueryable<Microsoft.AspNetCore.Identity.IdentityUserToken<string>> ConfirmationNonce(EmulationDbContext db, string userId) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == NonceProvider && t.Name == NonceName);

    /// <summary>
    /// A new random value the next confirmation link carries, replacing the one before: only the last link sent works,
    /// once (<see cref="ConfirmEmailAsync"/> removes it), and an address changed since voids it even when changed back.
    /// </summary>
    private static async Task<string> NewConfirmationNonceAsync(EmulationDbContext db, string userId)
    {
        var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        if (await ConfirmationNonce(db, userId).SingleOrDefaultAsync() is { } stored)
        {
            stored.Value = nonce;
        }
        else
        {
            db.UserTokens.Add(new() { UserId = userId, LoginProvider = NonceProvider, Name = NonceName, Value = nonce });
        }

        return nonce;
    }

    /// <summary>The confirmation e-mail: the link binds the account, the address and the nonce of this sending.</summary>
    private OutboxEmail ConfirmationEmail(string userId, string userName, string fullName, string address, string nonce, string? baseUri)
    {
        var token = ConfirmationProtector.Protect($"{userId}\n{address}\n{nonce}", ConfirmationLinkLifetime);
        var start = configuration["Emulation:PublicBaseUrl"] is { Length: > 0 } configured ? configured : baseUri ?? "";
        var link = $"{start.TrimEnd('/')}/account/confirm-email?token={Uri.EscapeDataString(token)}";
        var hours = ((int)ConfirmationLinkLifetime.TotalHours).ToString(CultureInfo.InvariantCulture);
        return OutboxEmail.Create(address, fullName, InboxText.Format("Inbox.ConfirmSubject", InboxText.Vietnamese),
            InboxText.Format("Inbox.ConfirmBody", InboxText.Vietnamese, fullName, userName, hours, link), clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Notifies each reader once per <paramref name="onceKey"/>; readers told before are skipped.</summary>
    internal async Task<int> WriteOnceAsync(EmulationDbContext db, IReadOnlyList<Reader> readers, NotificationKind kind,
        string subject, string? detail, string link, string onceKey)
    {
        var ids = readers.Select(r => r.Id).ToList();
        var told = await db.InboxNotifications.Where(n => n.OnceKey == onceKey && ids.Contains(n.UserId))
            .Select(n => n.UserId).ToListAsync();
        var fresh = readers.Where(r => !told.Contains(r.Id)).ToList();
        if (fresh.Count > 0)
        {
            try
            {
                await WriteAsync(db, fresh, kind, subject, detail, link, onceKey);
            }
            catch (DbUpdateException)
            {
                // Another instance told them in the meantime (the unique key): nothing is sent twice.
                db.ChangeTracker.Clear();
                return 0;
            }
        }

        return fresh.Count;
    }

    /// <summary>Accounts with what telling them needs: their address and whether they lead a unit.</summary>
    internal static IQueryable<Reader> Readers(EmulationDbContext db) =>
        db.Users.AsNoTracking().Select(u => new Reader
        {
            Id = u.Id,
            UserName = u.UserName ?? "",
            FullName = u.FullName,
            // Notices go only to an address its holder confirmed (InboxService.ConfirmEmailAsync).
            Email = u.EmailConfirmed ? u.Email : null,
            UnitId = u.UnitId,
            PersonId = u.PersonId,
            IsHead = db.UserRoles.Any(r => r.UserId == u.Id &&
                db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.DepartmentHead)),
            IsStaff = db.UserRoles.Any(r => r.UserId == u.Id &&
                db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Staff)),
        });

    /// <summary>The readers holding <paramref name="role"/>, wherever they are: narrow them to a tree before telling them.</summary>
    private static IQueryable<Reader> InRole(EmulationDbContext db, string role) =>
        Readers(db).Where(u => db.UserRoles.Any(r => r.UserId == u.Id &&
            db.Roles.Any(named => named.Id == r.RoleId && named.Name == role)));

    /// <summary>
    /// The readers holding <paramref name="role"/> in the tree <paramref name="unit"/> sits in (null: the agency's).
    /// </summary>
    private static async Task<List<Reader>> InRoleWithinAsync(EmulationDbContext db, string role, int? unit) =>
        (await Audience.LoadAsync(db)).WithinTreeOf(await InRole(db, role).ToListAsync(), unit);

    /// <summary>
    /// The readers of <paramref name="kind"/> (holding any of its roles, <see cref="NoticeReaders"/>) in the tree
    /// <paramref name="unit"/> sits in (null: the agency's).
    /// </summary>
    private static async Task<List<Reader>> ReadersWithinAsync(EmulationDbContext db, NotificationKind kind, int? unit)
    {
        var audience = await Audience.LoadAsync(db);
        var readers = audience.WithinTreeOf(await OfKind(db, kind).ToListAsync(), unit);
        return NoticeReaders.RolesOf(kind).Contains(Roles.CouncilMember)
            ? await LessCouncilAwaitingBindingAsync(db, audience, readers)
            : readers;
    }

    /// <summary>The readers of <paramref name="kind"/> bound to the receiving board <paramref name="board"/>.</summary>
    private static Task<List<Reader>> OfBoardAsync(EmulationDbContext db, NotificationKind kind, int? board) =>
        OfKind(db, kind).Where(u => u.UnitId != null && u.UnitId == board).ToListAsync();

    /// <summary>The readers holding any role <paramref name="kind"/> is written to, wherever they are.</summary>
    private static IQueryable<Reader> OfKind(EmulationDbContext db, NotificationKind kind)
    {
        var roles = NoticeReaders.RolesOf(kind).ToArray();
        return Readers(db).Where(u => db.UserRoles.Any(r => r.UserId == u.Id &&
            db.Roles.Any(named => named.Id == r.RoleId && roles.Contains(named.Name!))));
    }

    private Task WriteAsync(EmulationDbContext db, IReadOnlyList<Reader> readers, NotificationKind kind,
        string subject, string? detail, string link, string? onceKey = null, DateTimeOffset? at = null) =>
        WriteAsync(db, [.. readers.Select(r => (r, link))], kind, subject, detail, onceKey, at);

    /// <summary>
    /// Writes one notification to each reader, each with its own link (its unit's page), in one save; dated now, or
    /// <paramref name="at"/> for a step that happened earlier (the demo's history); e-mailed to those who chose so, unless
    /// <paramref name="emailed"/> is false.
    /// </summary>
    private async Task WriteAsync(EmulationDbContext db, IReadOnlyList<(Reader Reader, string Link)> letters,
        NotificationKind kind, string subject, string? detail, string? onceKey = null, DateTimeOffset? at = null, bool emailed = true)
    {
        if (letters.Count == 0)
        {
            return;
        }

        var now = at ?? clock.GetUtcNow();
        var ids = letters.Select(l => l.Reader.Id).ToList();
        var emailOff = await db.NotificationPreferences
            .Where(p => ids.Contains(p.UserId) && p.Kind == kind && !p.Email).Select(p => p.UserId).ToListAsync();
        foreach (var (reader, link) in letters)
        {
            db.InboxNotifications.Add(InboxNotification.Create(reader.Id, kind, subject, detail, link, now, onceKey));
            if (emailed && email.Value.Enabled && !string.IsNullOrWhiteSpace(reader.Email) && !emailOff.Contains(reader.Id))
            {
                db.OutboxEmails.Add(OutboxEmail.Create(reader.Email, reader.FullName,
                    InboxText.Title(kind, subject, InboxText.Vietnamese), Body(kind, subject, detail, link), now.UtcDateTime));
            }
        }

        await db.SaveChangesAsync();
    }

    private static string? DateText(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private string Body(NotificationKind kind, string subject, string? detail, string link)
    {
        var text = InboxText.Text(kind, subject, detail, InboxText.Vietnamese);
        var baseUrl = configuration["Emulation:PublicBaseUrl"];
        var open = string.IsNullOrWhiteSpace(baseUrl) ? "" : $"\n\n{baseUrl.TrimEnd('/')}/{link}";
        return $"{text}{open}\n\n{InboxText.Format("Inbox.EmailFooter", InboxText.Vietnamese)}";
    }

    private async Task SafelyAsync(Func<EmulationDbContext, Task> tell)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync();
            await tell(db);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The action is saved; its readers miss this one notification, which the log records.
            logger.LogWarning(e, "A notification could not be written");
        }
    }
}

/// <summary>An account as a notification's reader (settable, so that queries can go on filtering it).</summary>
public sealed class Reader
{
    public string Id { get; init; } = "";
    public string UserName { get; init; } = "";
    public string FullName { get; init; } = "";
    public string? Email { get; init; }
    public int? UnitId { get; init; }
    public int? PersonId { get; init; }
    public bool IsHead { get; init; }

    /// <summary>Signs in as their own person record (<see cref="PersonId"/>), to see it and pledge themselves.</summary>
    public bool IsStaff { get; init; }
}
