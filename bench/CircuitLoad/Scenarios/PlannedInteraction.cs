using System.Text.Json.Nodes;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// One thing a user does: an event sent to a tracked handler, and the text that must show up in a render batch
/// afterwards for the render to count as right.
/// </summary>
public sealed record PlannedInteraction(
    EventHandlerTracker Target, string EventName, string? FieldValue, JsonObject EventArgs, string ExpectedText);
