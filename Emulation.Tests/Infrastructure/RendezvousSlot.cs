using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// The place in every test app's contexts for a rendezvous (<see cref="SaveRendezvous{T}"/>, <see cref="TransactionRendezvous"/>)
/// that a test puts in while the app runs, instead of starting a second app that registers it: contexts are pooled
/// with the interceptors the app started with. It passes on the two moments a rendezvous holds, a save and a
/// transaction beginning; with nothing held it lets both through.
/// </summary>
public sealed class RendezvousSlot : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private IInterceptor? _held;

    /// <summary>Holds <paramref name="rendezvous"/> in the app's saves until the answer is disposed; one at a time.</summary>
    public IDisposable Hold(IInterceptor rendezvous)
    {
        if (Interlocked.CompareExchange(ref _held, rendezvous, null) is not null)
        {
            throw new InvalidOperationException("Another rendezvous is held.");
        }

        return new Release(this);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _held) is ISaveChangesInterceptor held
            ? held.SavingChangesAsync(eventData, result, cancellationToken)
            : ValueTask.FromResult(result);

    ValueTask<InterceptionResult<DbTransaction>> IDbTransactionInterceptor.TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken) =>
        Volatile.Read(ref _held) is IDbTransactionInterceptor held
            ? held.TransactionStartingAsync(connection, eventData, result, cancellationToken)
            : ValueTask.FromResult(result);

    private sealed class Release(RendezvousSlot slot) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref slot._held, null);
    }
}
