using System.Data.Common;
using System.Runtime.CompilerServices;
using Emulation.Domain.Organization;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Emulation.Web.Services.Organization;

/// <summary>
/// The process's one <see cref="UnitTree"/>, read once and kept until a unit changes: every context opened for an
/// account bound to a unit needs its agency and the agency's units, and reading a province's 1,000 units for each was
/// a fifth of the working day's processor time. As an interceptor on every context it forgets the tree when a save
/// that adds, changes or removes a <see cref="Unit"/> is committed (creating, moving, closing, merging, importing
/// units all save through a context); a writer that goes around the context calls <see cref="Forget"/>.
/// </summary>
/// <remarks>
/// How stale it can be. On this instance: never, past a commit. The tree is forgotten after the commit (a save's own
/// or, inside a transaction, the transaction's), and a tree read while a unit's save was under way is used by that
/// reader alone, never kept (<see cref="CurrentAsync"/> keeps a read only if no unit was committed since it began). A
/// context inside a transaction reads the database itself (<see cref="UnitTree.LoadAsync"/>). On another instance of
/// the app, which hears nothing of this one's saves: at most <see cref="MaxAge"/>, after which a kept tree is read
/// again. The database stays the truth for writes: a unit's own save checks its parent and kind there.
/// </remarks>
public sealed class UnitTreeCache(TimeProvider clock) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>How long a tree is kept at most: the bound on another instance's unit change reaching this one.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private sealed record Kept(UnitTree Tree, long Version, DateTimeOffset ReadAt);

    /// <summary>Contexts whose save changed units, until their change is committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _changingUnits = new();
    private long _version;
    private Kept? _kept;

    /// <summary>The kept tree when it is fresh, else the database's, read through <paramref name="db"/> (and kept).</summary>
    public async Task<UnitTree> CurrentAsync(EmulationDbContext db, CancellationToken cancellationToken = default)
    {
        var kept = Volatile.Read(ref _kept);
        var version = Interlocked.Read(ref _version);
        if (kept is not null && kept.Version == version && clock.GetUtcNow() - kept.ReadAt < MaxAge)
        {
            return kept.Tree;
        }

        var readAt = clock.GetUtcNow();
        var tree = await UnitTree.ReadAsync(db, cancellationToken);
        // A unit committed while this read ran may be missing from it: such a read serves its reader, not the next.
        if (Interlocked.Read(ref _version) == version)
        {
            Interlocked.CompareExchange(ref _kept, new Kept(tree, version, readAt), kept);
        }

        return tree;
    }

    /// <summary>Forgets the kept tree: the next reader reads the database.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _version);
        Volatile.Write(ref _kept, null);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteUnitChanges(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteUnitChanges(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        ForgetIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // A failed save may have written nothing, or part of a transaction still open: forgetting costs one read.
    public void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetIfCommitted(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        ForgetIfChanging(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        ForgetIfChanging(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        ForgetIfChanging(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        ForgetIfChanging(eventData.Context);
        return Task.CompletedTask;
    }

    private void NoteUnitChanges(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<Unit>()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _changingUnits.AddOrUpdate(context, this);
        }
    }

    /// <summary>After a save: its changes are committed unless a transaction is still open around them.</summary>
    private void ForgetIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            ForgetIfChanging(context);
        }
    }

    private void ForgetIfChanging(DbContext? context)
    {
        if (context is not null && _changingUnits.Remove(context))
        {
            Forget();
        }
    }
}
