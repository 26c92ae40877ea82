namespace CircuitLoad.Rendering;

/// <summary>Frame kinds as Blazor numbers them on the wire (RenderTreeFrameType).</summary>
public enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}

/// <summary>Edit kinds as Blazor numbers them on the wire (RenderTreeEditType).</summary>
public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>
/// One reference frame. <see cref="Name"/> is the element or attribute name; <see cref="Value"/> the attribute value,
/// text or markup; <see cref="SubtreeLength"/> counts the frame itself and its descendants (elements, regions, components).
/// </summary>
public readonly record struct RenderFrame(
    FrameType Type, int SubtreeLength, int ComponentId, string? Name, string? Value, ulong EventHandlerId);

public readonly record struct RenderEdit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

public sealed record RenderDiff(int ComponentId, IReadOnlyList<RenderEdit> Edits);

/// <summary>What one <c>JS.RenderBatch</c> message carries, decoded.</summary>
public sealed record RenderBatch(
    IReadOnlyList<RenderDiff> Diffs,
    IReadOnlyList<RenderFrame> Frames,
    IReadOnlyList<int> DisposedComponentIds,
    IReadOnlyList<ulong> DisposedEventHandlerIds)
{
    /// <summary>
    /// A short account of the batch for a wrong-render report: each diff's edits and the frames they set, leaving out
    /// steps and new event handler ids (every render of a handler sets one).
    /// </summary>
    public string Describe(int maxEdits = 12) => string.Join("; ", Diffs.SelectMany(diff => diff.Edits
        .Where(edit => edit.Type is not (EditType.StepIn or EditType.StepOut)
            && !(edit.Type == EditType.SetAttribute && edit.ReferenceFrameIndex < Frames.Count && Frames[edit.ReferenceFrameIndex].EventHandlerId != 0))
        .Select(edit =>
    {
        var frame = edit.ReferenceFrameIndex >= 0 && edit.ReferenceFrameIndex < Frames.Count && edit.Type != EditType.RemoveFrame
            ? Frames[edit.ReferenceFrameIndex]
            : (RenderFrame?)null;
        var value = frame?.Value is { Length: > 40 } text ? text[..40] + "…" : frame?.Value;
        return $"c{diff.ComponentId} {edit.Type} {frame?.Type} {frame?.Name ?? edit.RemovedAttributeName}={value}";
    })).Take(maxEdits));

    /// <summary>True when the batch sets a <c>value</c> attribute to exactly <paramref name="value"/>.</summary>
    public bool SetsFieldValue(string value) =>
        Frames.Any(f => f.Type == FrameType.Attribute && f.Name == "value" && f.Value == value);

    /// <summary>True when the batch renders an element whose <c>data-testid</c> is one of <paramref name="testIds"/>.</summary>
    public bool SetsTestId(IReadOnlyCollection<string> testIds) =>
        Frames.Any(f => f.Type == FrameType.Attribute && f.Name == "data-testid" && f.Value is not null && testIds.Contains(f.Value));

    /// <summary>True when any new text, markup or attribute value in the batch contains <paramref name="text"/>.</summary>
    public bool Contains(string text) =>
        Frames.Any(f => f.Type is FrameType.Text or FrameType.Markup or FrameType.Attribute
            && f.Value?.Contains(text, StringComparison.Ordinal) == true);

    /// <summary>
    /// The component that rendered each reference frame (-1 when no edit refers to it): a prepended frame's whole
    /// subtree belongs to the diff's component, as does an attribute, text or markup an edit sets.
    /// </summary>
    public int[] FrameOwners()
    {
        var owners = Enumerable.Repeat(-1, Frames.Count).ToArray();
        foreach (var diff in Diffs)
        {
            foreach (var edit in diff.Edits)
            {
                if (edit.Type is not (EditType.PrependFrame or EditType.SetAttribute or EditType.UpdateText or EditType.UpdateMarkup)
                    || edit.ReferenceFrameIndex < 0 || edit.ReferenceFrameIndex >= Frames.Count)
                {
                    continue;
                }

                var frame = Frames[edit.ReferenceFrameIndex];
                var length = edit.Type == EditType.PrependFrame && frame.Type is FrameType.Element or FrameType.Region or FrameType.Component
                    ? Math.Max(1, frame.SubtreeLength) : 1;
                var end = Math.Min(Frames.Count, edit.ReferenceFrameIndex + length);
                for (var i = edit.ReferenceFrameIndex; i < end; i++)
                {
                    owners[i] = diff.ComponentId;
                }
            }
        }

        return owners;
    }
}
