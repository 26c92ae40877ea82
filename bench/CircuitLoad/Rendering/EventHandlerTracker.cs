namespace CircuitLoad.Rendering;

/// <summary>
/// Follows one element's event handler across render batches, the way the browser's event delegator would: finds the
/// first new element whose attributes match, remembers the component that rendered it and the handler id for
/// <see cref="EventName"/> (on the element or a descendant), takes the new id when that component's diff sets the
/// attribute again, and forgets it when the server disposes the handler.
/// </summary>
public sealed class EventHandlerTracker(string eventName, Func<IReadOnlyDictionary<string, string?>, bool> matches)
{
    public string EventName { get; } = eventName;

    public ulong HandlerId { get; private set; }

    /// <summary>The component that rendered the element; events carry it as the field's owner.</summary>
    public int ComponentId { get; private set; } = -1;

    public bool Found => HandlerId != 0;

    /// <summary>
    /// Points the tracker at a handler found by whoever follows it instead of <see cref="Observe"/>: a
    /// <see cref="FieldSetTracker"/> follows each field of a table by its position.
    /// </summary>
    public void Assign(ulong handlerId, int componentId)
    {
        HandlerId = handlerId;
        ComponentId = componentId;
    }

    public void Observe(RenderBatch batch)
    {
        var owners = batch.FrameOwners();
        var before = HandlerId;
        foreach (var diff in batch.Diffs.Where(d => Found && d.ComponentId == ComponentId))
        {
            foreach (var edit in diff.Edits.Where(e => e.Type == EditType.SetAttribute && e.ReferenceFrameIndex < batch.Frames.Count))
            {
                var frame = batch.Frames[edit.ReferenceFrameIndex];
                if (frame.Name == EventName && frame.EventHandlerId != 0)
                {
                    HandlerId = frame.EventHandlerId;
                }
            }
        }

        if (HandlerId == before && batch.DisposedEventHandlerIds.Contains(before))
        {
            HandlerId = 0;
            ComponentId = -1;
        }

        if (!Found)
        {
            Locate(batch, owners);
        }
    }

    private void Locate(RenderBatch batch, int[] owners)
    {
        var frames = batch.Frames;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].Type != FrameType.Element || !matches(Attributes(frames, i)))
            {
                continue;
            }

            var end = Math.Min(frames.Count, i + Math.Max(1, frames[i].SubtreeLength));
            for (var j = i; j < end; j++)
            {
                if (frames[j].Type == FrameType.Element && Attributes(frames, j).ContainsKey(EventName))
                {
                    HandlerId = HandlerOf(frames, j);
                    ComponentId = owners[j];
                    return;
                }
            }
        }
    }

    /// <summary>The attribute frames that directly follow an element frame.</summary>
    public static IReadOnlyDictionary<string, string?> Attributes(IReadOnlyList<RenderFrame> frames, int element)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = element + 1; i < frames.Count && frames[i].Type == FrameType.Attribute; i++)
        {
            attributes[frames[i].Name ?? ""] = frames[i].EventHandlerId != 0
                ? frames[i].EventHandlerId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : frames[i].Value;
        }

        return attributes;
    }

    private ulong HandlerOf(IReadOnlyList<RenderFrame> frames, int element)
    {
        for (var i = element + 1; i < frames.Count && frames[i].Type == FrameType.Attribute; i++)
        {
            if (frames[i].Name == EventName && frames[i].EventHandlerId != 0)
            {
                return frames[i].EventHandlerId;
            }
        }

        return 0;
    }
}
