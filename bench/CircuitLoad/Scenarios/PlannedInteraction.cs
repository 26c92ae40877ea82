using System.Text.Json.Nodes;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// One thing a user does: an event sent to a tracked handler, and the text that must show up in a render batch
/// afterwards for the render to count as right: anywhere in a text, markup or attribute, or, with
/// <see cref="ExpectedAsFieldValue"/>, as the whole of a <c>value</c> attribute (a short number would otherwise be
/// found inside any class name or link), or, with <see cref="ExpectedTestIds"/>, as an element with one of those test
/// ids (a save shows "saved", or "conflict" when another circuit of the same unit saved first: both are right answers).
/// </summary>
public sealed record PlannedInteraction(
    EventHandlerTracker Target, string EventName, string? FieldValue, JsonObject EventArgs, string ExpectedText,
    bool ExpectedAsFieldValue = false, IReadOnlyCollection<string>? ExpectedTestIds = null)
{
    public bool IsShownBy(RenderBatch batch) =>
        ExpectedTestIds is { } ids ? batch.SetsTestId(ids)
        : ExpectedAsFieldValue ? batch.SetsFieldValue(ExpectedText) : batch.Contains(ExpectedText);
}
