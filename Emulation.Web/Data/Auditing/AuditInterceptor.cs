using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Emulation.Web.Data.Auditing;

/// <summary>
/// Records every created, updated and deleted row as an <see cref="AuditEntry"/>, in the same transaction as the
/// change, and refuses to save a changed or removed <see cref="AuditEntry"/>. A collection stored as a JSON column of
/// its owner (a pledge's targets) is recorded as one property of the owner, its items before and after
/// (<see cref="JsonCollections"/>). A save that only updates or deletes rows
/// writes its entries with them, in the one save; values of rows created in a save (and so their generated keys) are
/// read after it, and their entries are then saved and the transaction committed.
/// Not audited: the audit table itself, Data Protection keys, and the contents of secret ballots (an entry names its
/// author and time, which would link a council member to their choice; that they voted is audited). Password hashes and
/// security stamps are masked.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public const string Masked = "***";

    private static readonly JsonSerializerOptions Json = new()
    {
        // Stored text shown through Razor (which encodes it), so Vietnamese may stay readable here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
    };

    private readonly ConditionalWeakTable<DbContext, PendingSave> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Pending(context) is { } pending)
        {
            pending.Transaction = pending.TryWriteWithTheSave(context) || context.Database.CurrentTransaction is not null
                ? null
                : context.Database.BeginTransaction();
            _pending.AddOrUpdate(context, pending);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Pending(context) is { } pending)
        {
            pending.Transaction = pending.TryWriteWithTheSave(context) || context.Database.CurrentTransaction is not null
                ? null
                : await context.Database.BeginTransactionAsync(cancellationToken);
            _pending.AddOrUpdate(context, pending);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            if (pending.Written)
            {
                return result;
            }

            using var transaction = pending.Transaction;
            context.Set<AuditEntry>().AddRange(pending.Complete());
            context.SaveChanges();
            transaction?.Commit();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            if (pending.Written)
            {
                return result;
            }

            await using var transaction = pending.Transaction;
            context.Set<AuditEntry>().AddRange(pending.Complete());
            await context.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A save that lost a race is not reported as failed (EF Core reports it here instead): its transaction must end
    /// now too, or it would hold the database's write lock until the context is disposed, and a refusal logged in the
    /// meantime through another context would wait for it until SQLite gives up ("database is locked").
    /// </summary>
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData,
        InterceptionResult result)
    {
        Abandon(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A failed save rolls back with its audit entries; the caller may fix things and save again.</summary>
    private void Abandon(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            pending.Transaction?.Dispose();
            pending.Withdraw(context);
        }
    }

    /// <summary>The actor the context was opened for, else whoever the flow of execution names (a request, a sign-in, the system).</summary>
    private static AuditUser AuthorOf(DbContext context) =>
        context is EmulationDbContext { Author: { } author } ? author : AuditUser.Current;

    /// <summary>
    /// This save's changes to audit, null when it has none. Whatever an earlier save of the same context left pending (one
    /// that ended in none of the ways reported here) is dropped first: a pooled context is the same instance for its
    /// next user, whose save must not write those entries.
    /// </summary>
    private PendingSave? Pending(DbContext context)
    {
        _pending.Remove(context);
        return Capture(context);
    }

    private PendingSave? Capture(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: audit entries cannot be changed or deleted.");
        }

        var collections = JsonCollections.Changed(entries);
        var changes = entries
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                || (e.State == EntityState.Unchanged && collections.HaveChanged(e)))
            .Where(e => e.Entity is not AuditEntry and not DataProtectionKey and not ChangeNotification and not Inbox.InboxNotification and not Inbox.OutboxEmail and not Emulation.Domain.Council.CouncilBallot)
            .Where(e => !JsonCollections.IsItem(e))
            .Select(e => Change.Of(e, AuthorOf(context), collections))
            .OfType<Change>()
            .ToList();
        return changes.Count == 0 ? null : new PendingSave(clock.GetUtcNow().UtcDateTime, AuthorOf(context), changes);
    }

    private static string? Serialize(IReadOnlyDictionary<string, object?> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values, Json);

    private static object? ValueOf(PropertyEntry property, object? value)
    {
        if (Secrets.Contains(property.Metadata.Name) ||
            (property.EntityEntry.Entity is IdentityUserToken<string> && property.Metadata.Name == nameof(IdentityUserToken<string>.Value)))
        {
            return value is null ? null : Masked;
        }

        return value;
    }

    /// <summary>
    /// Audited properties: all but the shadow concurrency token that changes on every save and the folded form of a code
    /// (<see cref="Services.StoredCodes"/>), which changes only with the code it is derived from.
    /// </summary>
    private static IEnumerable<PropertyEntry> Audited(EntityEntry entry) =>
        entry.Properties.Where(p => IsAudited(p.Metadata));

    internal static bool IsAudited(IProperty property) =>
        (property.Name != EmulationDbContext.VersionProperty || !property.IsConcurrencyToken) &&
        !(property.IsShadowProperty() && property.Name == Services.StoredCodes.FoldedCode);

    private sealed class PendingSave(DateTime at, AuditUser user, IReadOnlyList<Change> changes)
    {
        private List<AuditEntry>? _written;

        public IDbContextTransaction? Transaction { get; set; }

        /// <summary>The entries were added before the save and are written by it (<see cref="TryWriteWithTheSave"/>).</summary>
        public bool Written => _written is not null;

        public IEnumerable<AuditEntry> Complete() => changes.Select(c => c.ToEntry(at, user));

        /// <summary>
        /// When no row is created, every entry is complete before the save: added to it now, they are written in the
        /// save's own transaction, with no second save and no transaction of ours around both. True when added.
        /// </summary>
        public bool TryWriteWithTheSave(DbContext context)
        {
            if (changes.Any(c => c.CreatesRow))
            {
                return false;
            }

            _written = [.. Complete()];
            context.Set<AuditEntry>().AddRange(_written);
            return true;
        }

        /// <summary>A failed save leaves nothing of its audit behind: a later save of the same context records only its own changes.</summary>
        public void Withdraw(DbContext context)
        {
            foreach (var entry in _written ?? [])
            {
                context.Entry(entry).State = EntityState.Detached;
            }
        }
    }

    private sealed class Change
    {
        private readonly EntityEntry _entry;
        private readonly AuditAction _action;
        private readonly string? _key;
        private readonly string? _before;
        private readonly string? _after;

        /// <summary>The unit of a changed or deleted row, read before the save (a deleted row is gone after it).</summary>
        private readonly int? _unit;

        private Change(EntityEntry entry, AuditAction action, string? key, string? before, string? after)
        {
            _entry = entry;
            _action = action;
            _key = key;
            _before = before;
            _after = after;
            _unit = action == AuditAction.Created ? null : UnitOf(entry, action);
        }

        /// <summary>
        /// The entry's change, its JSON-owned collections (<see cref="JsonCollections"/>) recorded as its own properties;
        /// null when nothing audited changed.
        /// </summary>
        public static Change? Of(EntityEntry entry, AuditUser user, JsonCollections collections)
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    // The key and generated values are known only after the save: read then.
                    return new Change(entry, AuditAction.Created, null, null, null);
                case EntityState.Deleted:
                    return new Change(entry, AuditAction.Deleted, KeyOf(entry),
                        Serialize(Audited(entry).Select(p => KeyValuePair.Create(p.Metadata.Name, ValueOf(p, p.OriginalValue)))
                            .Concat(collections.Original(entry)).ToDictionary()), null);
                default:
                    var changed = Audited(entry).Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    var documents = collections.Differences(entry).ToList();
                    if (changed.Count == 0 && documents.Count == 0)
                    {
                        return null;
                    }

                    var action = user.IsSignInAttempt && entry.Entity is AppUser ? SignInAction(changed)
                        : changed.Any(p => p.Metadata.Name == "Status") ? AuditAction.StateChanged : AuditAction.Updated;
                    return new Change(entry, action, KeyOf(entry),
                        Serialize(changed.Select(p => KeyValuePair.Create(p.Metadata.Name, ValueOf(p, p.OriginalValue)))
                            .Concat(documents.Select(d => KeyValuePair.Create(d.Name, (object?)d.Before))).ToDictionary()),
                        Serialize(changed.Select(p => KeyValuePair.Create(p.Metadata.Name, ValueOf(p, p.CurrentValue)))
                            .Concat(documents.Select(d => KeyValuePair.Create(d.Name, (object?)d.After))).ToDictionary()));
            }
        }

        /// <summary>The row is created by the save: its key and generated values are read after it.</summary>
        public bool CreatesRow => _action == AuditAction.Created;

        public AuditEntry ToEntry(DateTime at, AuditUser user) => _action == AuditAction.Created
            ? AuditEntry.Record(at, user, NameOf(_entry), KeyOf(_entry), _action, null,
                Serialize(Audited(_entry).Select(p => KeyValuePair.Create(p.Metadata.Name, ValueOf(p, p.CurrentValue)))
                    .Concat(JsonCollections.Current(_entry)).ToDictionary()), UnitOf(_entry, _action))
            : AuditEntry.Record(at, user, NameOf(_entry), _key!, _action, _before, _after, _unit);

        /// <summary>
        /// The unit the row belongs to, read from the row itself (no query): a unit's own id, a campaign's agency, an
        /// account's role or claim row the account's unit (when the account is tracked with it), else the row's
        /// <c>UnitId</c> (a person, an account, a pledge, results, evidence, a nomination, an award); a deleted row's as it was.
        /// </summary>
        private static int? UnitOf(EntityEntry entry, AuditAction action) => entry.Entity switch
        {
            Domain.Organization.Unit => Value(entry, nameof(Domain.Organization.Unit.Id), action),
            Domain.Campaigns.Campaign => Value(entry, nameof(Domain.Campaigns.Campaign.AgencyId), action),
            IdentityUserRole<string> role => AccountUnit(entry, role.UserId),
            IdentityUserClaim<string> claim => AccountUnit(entry, claim.UserId),
            _ => Value(entry, "UnitId", action),
        };

        private static int? Value(EntityEntry entry, string property, AuditAction action) =>
            entry.Metadata.FindProperty(property) is null ? null
            : (action == AuditAction.Deleted ? entry.Property(property).OriginalValue : entry.Property(property).CurrentValue) as int?;

        private static int? AccountUnit(EntityEntry entry, string userId) =>
            entry.Context.ChangeTracker.Entries<AppUser>().FirstOrDefault(u => u.Entity.Id == userId)?.Entity.UnitId;

        private static string NameOf(EntityEntry entry) => entry.Metadata.ShortName();

        /// <summary>A sign-in saves the account only to count a failure (or lock it out) or to reset the count on success.</summary>
        private static AuditAction SignInAction(IReadOnlyList<PropertyEntry> changed) =>
            !changed.Any(p => p.Metadata.Name == nameof(IdentityUser.LockoutEnd) && p.CurrentValue is not null) &&
            changed.Any(p => p.Metadata.Name == nameof(IdentityUser.AccessFailedCount) && p.CurrentValue is 0)
                ? AuditAction.SignedIn
                : AuditAction.SignInFailed;

        private static string KeyOf(EntityEntry entry) => entry.Metadata.FindPrimaryKey() is { } key
            ? string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue,
                System.Globalization.CultureInfo.InvariantCulture)))
            : "";
    }
}
