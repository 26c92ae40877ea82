using System.Globalization;
using System.Text.Json.Nodes;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// A department head fills the figures of their workspace's open table, then saves the draft: each save is a database
/// write and a change notification. A pledge is refused until every target is filled, so the head first types each
/// field once (targets: a positive number; result values: 0 or 1, which no kind of criterion refuses: yes/no, per
/// cent, points), then saves, then changes one field and saves again, and so on. A saver has a head of their own while
/// there are heads enough; beyond that several circuits share a unit, so a save may find the unit changed by another
/// circuit since it read it: the page then shows the conflict, and this head keeps their values ("keep mine") at the
/// next step. Saved and conflict are both right answers to a save.
/// </summary>
public sealed class ResultsSaveScenario(string pagePath, Random random) : IScenario
{
    private static readonly string[] SaveOutcomes = ["saved", "conflict"];
    private static readonly string DecimalSeparator = CultureInfo.GetCultureInfo("vi-VN").NumberFormat.NumberDecimalSeparator;

    private readonly FieldSetTracker _fields = new(FieldChange.EventName, ResultsEditScenario.IsEditableFigure);
    private readonly EventHandlerTracker _save = new("onclick", attributes =>
        attributes.TryGetValue("data-testid", out var id) && id is "save-pledge" or "save-results");
    private readonly EventHandlerTracker _keepMine = new("onclick", attributes =>
        attributes.TryGetValue("data-testid", out var id) && id == "keep-mine");
    private readonly Dictionary<string, string?> _shown = [];
    private bool _typedSinceSave;
    private int _nextField;

    public string PagePath { get; } = pagePath;

    /// <summary>Saves asked for (each a database write unless refused as a conflict).</summary>
    public int Saves { get; private set; }

    /// <summary>Saves answered with "changed by someone else".</summary>
    public int Conflicts { get; private set; }

    public void Observe(RenderBatch batch)
    {
        _fields.Observe(batch);
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

        var fields = _fields.Fields;
        if (fields.Count == 0)
        {
            return null;
        }

        // First every field once, so that the draft is complete; then a save after each change.
        var unfilled = fields.FirstOrDefault(f => !_shown.ContainsKey(f.Name));
        if (unfilled is null && _typedSinceSave && _save.Found)
        {
            _typedSinceSave = false;
            Saves++;
            return new PlannedInteraction(_save, "click", null, click, "saved", ExpectedTestIds: SaveOutcomes);
        }

        var field = unfilled ?? fields[_nextField++ % fields.Count];
        var shown = _shown.TryGetValue(field.Name, out var typed) ? typed : field.InitialValue;
        var text = field.Name.StartsWith("target-", StringComparison.Ordinal)
            ? NewTarget(shown)
            : shown == "1" ? "0" : "1";
        _shown[field.Name] = text;
        _typedSinceSave = true;
        return FieldChange.Typing(_fields.Grid, field.Name, text);
    }

    /// <summary>
    /// A positive target below 100 ending in ",5" (a share's target may not exceed 100, and the head does not know which
    /// criterion is one) that differs from what the field shows (typing it again renders nothing).
    /// </summary>
    private string NewTarget(string? shown)
    {
        string text;
        do
        {
            text = random.Next(1, 100).ToString(CultureInfo.InvariantCulture) + DecimalSeparator + "5";
        }
        while (text == shown);

        return text;
    }
}
