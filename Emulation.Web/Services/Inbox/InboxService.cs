using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Inbox;

/// <summary>A notification as the inbox page lists it.</summary>
public sealed record InboxItem(long Id, NotificationKind Kind, string Subject, string? Detail, string Link,
    DateTimeOffset CreatedAt, bool IsRead);

/// <summary>One kind and whether its reader wants it by e-mail.</summary>
public sealed record EmailChoice(NotificationKind Kind, bool Email);

/// <summary>
/// Tells people what needs them: writes each notification to the reader's inbox and, when e-mail is configured, the
/// reader has an address and has not turned that kind off, an e-mail to the outbox in the same save. Telling never
/// fails the action that caused it: a failure is logged and the action's own result stands. A notice reaches the
/// accounts of the tree its step belongs to (<see cref="Audience"/>), never every account holding a role. The notices
/// of each area are in the partial files beside this one.
/// </summary>
public sealed partial class InboxService(IDbContextFactory<EmulationDbContext> factory, TimeProvider clock,
    IOptions<EmailOptions> email, IConfiguration configuration, ILogger<InboxService> logger)
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

    public async Task<IReadOnlyList<EmailChoice>> EmailChoicesAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var off = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.UserId == actor.UserId && !p.Email).Select(p => p.Kind).ToListAsync();
        return [.. Enum.GetValues<NotificationKind>().Select(k => new EmailChoice(k, !off.Contains(k)))];
    }

    /// <summary>
    /// Replaces the reader's choices; the same reader saving from two tabs at once keeps one save's choices and the other
    /// is told someone else saved first.
    /// </summary>
    public async Task<Result> SetEmailChoicesAsync(Actor actor, IReadOnlyCollection<NotificationKind> emailed)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        var existing = await db.NotificationPreferences.Where(p => p.UserId == actor.UserId).ToListAsync();
        db.NotificationPreferences.RemoveRange(existing);
        db.NotificationPreferences.AddRange(Enum.GetValues<NotificationKind>()
            .Select(k => new NotificationPreference { UserId = actor.UserId, Kind = k, Email = emailed.Contains(k) }));
        return await ConcurrencyErrors.SaveAsync(db);
    }

    /// <summary>The address the reader's notices are e-mailed to; null while they have given none.</summary>
    public async Task<string?> EmailAddressAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        await using var db = await factory.CreateDbContextAsync();
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.Email).SingleOrDefaultAsync();
    }

    /// <summary>
    /// Sets the address the reader's notices are e-mailed to (blank: none, only the inbox); an address a mail server
    /// could not take is refused.
    /// </summary>
    public async Task<Result> SetEmailAddressAsync(Actor actor, string? address)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        var trimmed = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (trimmed is not null && !EmailAddress.IsValid(trimmed))
        {
            return Result.Failure(EmailAddress.Invalid(trimmed));
        }

        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Id == actor.UserId);
        user.Email = trimmed;
        user.NormalizedEmail = trimmed?.ToUpperInvariant();
        return await ConcurrencyErrors.SaveAsync(db);
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
            Email = u.Email,
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

    /// <summary>The readers holding <paramref name="role"/> in the tree topped by <paramref name="root"/> (null: the agency's).</summary>
    private static async Task<List<Reader>> InRoleWithinAsync(EmulationDbContext db, string role, int? root) =>
        (await Audience.LoadAsync(db)).Within(await InRole(db, role).ToListAsync(), root);

    /// <summary>The readers holding <paramref name="role"/> bound to the receiving board <paramref name="board"/>.</summary>
    private static Task<List<Reader>> OfBoardAsync(EmulationDbContext db, string role, int? board) =>
        InRole(db, role).Where(u => u.UnitId != null && u.UnitId == board).ToListAsync();

    private Task WriteAsync(EmulationDbContext db, IReadOnlyList<Reader> readers, NotificationKind kind,
        string subject, string? detail, string link, string? onceKey = null, DateTimeOffset? at = null) =>
        WriteAsync(db, [.. readers.Select(r => (r, link))], kind, subject, detail, onceKey, at);

    /// <summary>
    /// Writes one notification to each reader, each with its own link (its unit's page), in one save; dated now, or
    /// <paramref name="at"/> for a step that happened earlier (the demo's history).
    /// </summary>
    private async Task WriteAsync(EmulationDbContext db, IReadOnlyList<(Reader Reader, string Link)> letters,
        NotificationKind kind, string subject, string? detail, string? onceKey = null, DateTimeOffset? at = null)
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
            if (email.Value.Enabled && !string.IsNullOrWhiteSpace(reader.Email) && !emailOff.Contains(reader.Id))
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
