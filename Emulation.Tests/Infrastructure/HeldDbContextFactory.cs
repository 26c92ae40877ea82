using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// The app's context factory, as a service given it sees it, with a gate a test closes: once <see cref="Hold"/> is
/// called, the next operation to ask for a context waits, as a save waits on a busy database, until the test lets it
/// through (<see cref="Release"/>) or makes it fail as the database would (<see cref="Fail"/>).
/// </summary>
public sealed class HeldDbContextFactory(IDbContextFactory<EmulationDbContext> inner) : IDbContextFactory<EmulationDbContext>
{
    private TaskCompletionSource? _gate;
    private int _created;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when an operation reached the closed gate and waits there.</summary>
    public Task Arrived => _arrived.Task;

    public void Hold()
    {
        _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Release() => Open().TrySetResult();

    /// <summary>Lets the waiting operation through, the next one to ask for a context held already.</summary>
    public void ReleaseAndHoldNext()
    {
        var waiting = Open();
        Hold();
        waiting.TrySetResult();
    }

    public void Fail(Exception exception) => Open().TrySetException(exception);

    private TaskCompletionSource Open() =>
        Interlocked.Exchange(ref _gate, null) ?? throw new InvalidOperationException("The gate was not held.");

    public EmulationDbContext CreateDbContext() => inner.CreateDbContext();

    /// <summary>How many contexts were asked for asynchronously (each read or save of a service asks for one).</summary>
    public int Created => Volatile.Read(ref _created);

    public async Task<EmulationDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _created);
        if (_gate is { } gate)
        {
            _arrived.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await inner.CreateDbContextAsync(cancellationToken);
    }
}
