using System.Text.Json.Nodes;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// Typing into a field of one of the app's editable grids: the grid hears its fields' changes once, on the element
/// around them (<c>@onfieldchange</c>), and the browser names the field in the event's arguments.
/// </summary>
public static class FieldChange
{
    /// <summary>The attribute a grid's handler is rendered as.</summary>
    public const string EventName = "onfieldchange";

    /// <summary>The event for <paramref name="text"/> typed into the field named <paramref name="field"/>, shown back as its value.</summary>
    public static PlannedInteraction Typing(EventHandlerTracker grid, string field, string text) =>
        new(grid, "fieldchange", text, new JsonObject { ["field"] = field, ["value"] = text }, text, ExpectedAsFieldValue: true);
}
