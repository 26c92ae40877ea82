namespace CircuitLoad;

/// <summary>The run's tallies, bumped from many circuits at once.</summary>
public sealed class RunCounters
{
    private int _connected;
    private int _failed;
    private int _interactions;
    private int _wrongRenders;
    private int _errors;

    public int Connected => Volatile.Read(ref _connected);

    public int Failed => Volatile.Read(ref _failed);

    public int Interactions => Volatile.Read(ref _interactions);

    /// <summary>Batches that did not decode, or arrived without the text the interaction should have produced.</summary>
    public int WrongRenders => Volatile.Read(ref _wrongRenders);

    /// <summary>Failed calls, circuit errors from the server, lost connections, interactions that got no render.</summary>
    public int Errors => Volatile.Read(ref _errors);

    public void CircuitConnected() => Interlocked.Increment(ref _connected);

    public void CircuitFailed() => Interlocked.Increment(ref _failed);

    public void Interaction() => Interlocked.Increment(ref _interactions);

    public void WrongRender() => Interlocked.Increment(ref _wrongRenders);

    public void Error() => Interlocked.Increment(ref _errors);
}
