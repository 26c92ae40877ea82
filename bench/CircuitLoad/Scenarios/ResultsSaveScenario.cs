using System.Text.Json.Nodes;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// A department head types a figure (as <see cref="ResultsEditScenario"/>), then saves the draft: each save is a
/// database write and a change notification. Several circuits share a unit (the scale seed has six heads), so a save
/// may find the unit changed by another circuit since it read it: the page then shows the conflict, and this head
/// keeps their values ("keep mine") at the next step. Saved and conflict are both right answers to a save.
/// </summary>
public sealed class ResultsSaveScenario(string pagePath, Random random) : IScenario
{
    private static readonly string[] SaveOutcomes = ["saved", "conflict"];

    private readonly ResultsEditScenario _typing = new(pagePath, random);
    private readonly EventHandlerTracker _save = new("onclick", attributes =>
        attributes.TryGetValue("data-testid", out var id) && id is "save-pledge" or "save-results");
    private readonly EventHandlerTracker _keepMine = new("onclick", attributes =>
        attributes.TryGetValue("data-testid", out var id) && id == "keep-mine");
    private bool _typedSinceSave;

    public string PagePath { get; } = pagePath;

    /// <summary>Saves asked for (each a database write unless refused as a conflict).</summary>
    public int Saves { get; private set; }

    /// <summary>Saves answered with "changed by someone else".</summary>
    public int Conflicts { get; private set; }

    public void Observe(RenderBatch batch)
    {
        _typing.Observe(batch);
        _save.Observe(batch);
        _keepMine.Observe(batch);
        if (batch.SetsTestId(["conflict"]))
        {
            Conflicts++;
        }
    }

    public PlannedInteraction? Next()
    {
        var click = new JsonObject { ["type"] = "click", ["detail"] = 1, ["button"] = 0, ["buttons"] = 0 };
        if (_keepMine.Found)
        {
            Saves++;
            return new PlannedInteraction(_keepMine, "click", null, click, "saved", ExpectedTestIds: SaveOutcomes);
        }

        if (_typedSinceSave && _save.Found)
        {
            _typedSinceSave = false;
            Saves++;
            return new PlannedInteraction(_save, "click", null, click, "saved", ExpectedTestIds: SaveOutcomes);
        }

        var typing = _typing.Next();
        _typedSinceSave = typing is not null;
        return typing;
    }
}
