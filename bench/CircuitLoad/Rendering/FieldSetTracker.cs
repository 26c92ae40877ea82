namespace CircuitLoad.Rendering;

/// <summary>
/// Follows every field of one component (a table of figures) at once, where <see cref="EventHandlerTracker"/> follows
/// one: each re-render of the table sets the handler of all its fields again, in document order, so the n-th handler
/// the component's diff sets belongs to its n-th field. The fields are those matching the predicate among the
/// component's elements with the event; when a re-render sets another number of handlers the set is found again in a
/// later batch that renders the fields anew.
/// </summary>
public sealed class FieldSetTracker(string eventName, Func<IReadOnlyDictionary<string, string?>, bool> matches)
{
    private readonly List<Field> _fields = [];
    private int _componentId = -1;
    private int _handlersInComponent;

    /// <summary>One field: its test id, the value it showed when found, and its handler.</summary>
    public sealed record Field(string TestId, string? InitialValue, int Position, EventHandlerTracker Tracker);

    public IReadOnlyList<Field> Fields => _fields;

    public void Observe(RenderBatch batch)
    {
        if (_fields.Count > 0)
        {
            // A batch may hold several renders of the table (each change renders it again): each sets every field's
            // handler once, in order, and the last one wins.
            foreach (var diff in batch.Diffs.Where(d => d.ComponentId == _componentId))
            {
                var handlers = diff.Edits
                    .Where(e => e.Type == EditType.SetAttribute && e.ReferenceFrameIndex >= 0 && e.ReferenceFrameIndex < batch.Frames.Count)
                    .Select(e => batch.Frames[e.ReferenceFrameIndex])
                    .Where(f => f.Name == eventName && f.EventHandlerId != 0)
                    .Select(f => f.EventHandlerId)
                    .ToList();
                if (handlers.Count == _handlersInComponent)
                {
                    foreach (var field in _fields)
                    {
                        field.Tracker.Assign(handlers[field.Position], _componentId);
                    }
                }
            }

            if (batch.DisposedComponentIds.Contains(_componentId)
                || _fields.Any(f => batch.DisposedEventHandlerIds.Contains(f.Tracker.HandlerId)))
            {
                _fields.Clear();
                _componentId = -1;
            }
        }

        if (_fields.Count == 0)
        {
            Locate(batch);
        }
    }

    private void Locate(RenderBatch batch)
    {
        var owners = batch.FrameOwners();
        var frames = batch.Frames;
        var withHandler = Enumerable.Range(0, frames.Count)
            .Where(i => frames[i].Type == FrameType.Element)
            .Select(i => (Index: i, Attributes: EventHandlerTracker.Attributes(frames, i)))
            .Where(e => e.Attributes.TryGetValue(eventName, out var handler) && handler is not null)
            .ToList();
        var first = withHandler.FindIndex(e => matches(e.Attributes));
        if (first < 0)
        {
            return;
        }

        // Positions count every handler of the component, matching or not, as its re-renders set them all.
        _componentId = owners[withHandler[first].Index];
        var ofComponent = withHandler.Where(e => owners[e.Index] == _componentId).ToList();
        for (var position = 0; position < ofComponent.Count; position++)
        {
            var attributes = ofComponent[position].Attributes;
            if (matches(attributes) && attributes.TryGetValue("data-testid", out var testId) && testId is not null)
            {
                var tracker = new EventHandlerTracker(eventName, _ => false);
                tracker.Assign(ulong.Parse(attributes[eventName]!, System.Globalization.CultureInfo.InvariantCulture), _componentId);
                _fields.Add(new Field(testId, attributes.GetValueOrDefault("value"), position, tracker));
            }
        }

        _handlersInComponent = ofComponent.Count;
    }
}
