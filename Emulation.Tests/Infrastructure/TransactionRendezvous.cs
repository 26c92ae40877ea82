using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Holds each transaction a service begins until <paramref name="parties"/> of them are beginning, so that racing
/// operations that read, then write in a transaction of their own, have all read before any of them writes (SQLite then
/// lets one write at a time, the others waiting their turn). <see cref="SaveRendezvous{T}"/> cannot hold them there: the
/// first save inside a transaction already has the database to itself. It holds nothing until <see cref="Arm"/> (the
/// app's own start-up begins transactions too). <see cref="Met"/> says whether they all arrived within the wait.
/// </summary>
public sealed class TransactionRendezvous(int parties) : DbTransactionInterceptor
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;
    private volatile bool _armed;

    public void Arm() => _armed = true;

    public bool Met => _all.Task.IsCompletedSuccessfully;

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (_armed && !Met)
        {
            if (Interlocked.Increment(ref _arrived) == parties)
            {
                _all.TrySetResult();
            }

            await Task.WhenAny(_all.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
        }

        return result;
    }
}
