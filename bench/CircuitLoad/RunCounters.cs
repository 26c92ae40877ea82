namespace CircuitLoad;

/// <summary>The run's tallies, bumped from many circuits at once; the first few errors are described on the log.</summary>
public sealed class RunCounters(TextWriter log)
{
    private const int MaxDescribedErrors = 10;

    private int _connected;
    private int _failed;
    private int _interactions;
    private int _wrongRenders;
    private int _errors;
    private int _staticVisits;

    public int Connected => Volatile.Read(ref _connected);

    public int Failed => Volatile.Read(ref _failed);

    public int Interactions => Volatile.Read(ref _interactions);

    /// <summary>Batches that did not decode, or arrived without the text the interaction should have produced.</summary>
    public int WrongRenders => Volatile.Read(ref _wrongRenders);

    /// <summary>Failed calls, circuit errors from the server, lost connections, interactions that got no render.</summary>
    public int Errors => Volatile.Read(ref _errors);

    /// <summary>Pages opened that are rendered statically: they hold no circuit, so none was opened.</summary>
    public int StaticVisits => Volatile.Read(ref _staticVisits);

    public void StaticVisit() => Interlocked.Increment(ref _staticVisits);

    public void CircuitConnected() => Interlocked.Increment(ref _connected);

    public void CircuitFailed() => Interlocked.Increment(ref _failed);

    public void Interaction() => Interlocked.Increment(ref _interactions);

    public void WrongRender(string reason)
    {
        if (Interlocked.Increment(ref _wrongRenders) <= MaxDescribedErrors)
        {
            log.WriteLine($"wrong render: {reason}");
        }
    }

    public void Error(string reason)
    {
        if (Interlocked.Increment(ref _errors) <= MaxDescribedErrors)
        {
            log.WriteLine($"error: {reason}");
        }
    }
}
