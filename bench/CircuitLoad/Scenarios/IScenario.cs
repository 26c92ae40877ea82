using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>What one virtual user does on their page; it learns the page only from the render batches it observes.</summary>
public interface IScenario
{
    /// <summary>The page this user opens, relative to the site root.</summary>
    string PagePath { get; }

    void Observe(RenderBatch batch);

    /// <summary>The next interaction, or null when the page offers nothing to act on (counted as an error).</summary>
    PlannedInteraction? Next();
}
