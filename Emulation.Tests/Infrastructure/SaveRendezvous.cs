using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Holds each save that adds a <typeparamref name="T"/> (or holds one in another <paramref name="state"/>, such as
/// modified) until <paramref name="parties"/> such saves have arrived, so that racing requests have all read what they read before any of them writes: a race that really happens, not one
/// left to the scheduler. Held in a running test app's saves (<see cref="EmulationAppFactory.Rendezvous"/>), it runs before
/// the audit interceptor opens the save's transaction. <see cref="Met"/> says whether they all arrived within the wait.
/// </summary>
public sealed class SaveRendezvous<T>(int parties, EntityState state = EntityState.Added) : SaveChangesInterceptor where T : class
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public bool Met => _all.Task.IsCompletedSuccessfully;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.ChangeTracker.Entries<T>().Any(e => e.State == state) == true)
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
