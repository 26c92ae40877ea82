using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// A page left open that acts on nothing: the officer's progress page, which re-renders when a unit submits or an
/// officer reviews. It counts the batches it receives.
/// </summary>
public sealed class WatchScenario(string pagePath) : IScenario
{
    private int _batches;

    public string PagePath { get; } = pagePath;

    /// <summary>Render batches received so far.</summary>
    public int Batches => _batches;

    public void Observe(RenderBatch batch) => _batches++;

    public PlannedInteraction? Next() => null;
}
