using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Emulation.Web.Startup;

/// <summary>Counts the circuits open now; registered only when diagnostics are enabled.</summary>
internal sealed class OpenCircuitCounter : CircuitHandler
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}
