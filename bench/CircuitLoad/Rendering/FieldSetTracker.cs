namespace CircuitLoad.Rendering;

/// <summary>
/// Follows the fields of one grid that hears their changes once, on the element around them (the app's
/// <c>@onfieldchange</c>: the browser's change, named after the field it came from): the grid's handler, which
/// <see cref="Grid"/> follows across renders, and the grid's fields that match the predicate, each by its <c>name</c>
/// with the value it showed. The fields are read again whenever the grid's element is rendered whole.
/// </summary>
public sealed class FieldSetTracker(string eventName, Func<IReadOnlyDictionary<string, string?>, bool> matches)
{
    private readonly List<Field> _fields = [];

    /// <summary>One field: its name, which an event for it carries, and the value it showed when found.</summary>
    public sealed record Field(string Name, string? InitialValue);

    /// <summary>The grid's one handler: the first element with the event.</summary>
    public EventHandlerTracker Grid { get; } = new(eventName, attributes => attributes.ContainsKey(eventName));

    public IReadOnlyList<Field> Fields => Grid.Found ? _fields : [];

    public void Observe(RenderBatch batch)
    {
        Grid.Observe(batch);
        if (!Grid.Found)
        {
            _fields.Clear();
            return;
        }

        var frames = batch.Frames;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].Type == FrameType.Element && IsGrid(EventHandlerTracker.Attributes(frames, i)))
            {
                Read(frames, i);
                return;
            }
        }
    }

    private bool IsGrid(IReadOnlyDictionary<string, string?> attributes) =>
        attributes.TryGetValue(eventName, out var handler) && handler == Grid.HandlerId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Read(IReadOnlyList<RenderFrame> frames, int grid)
    {
        _fields.Clear();
        var end = Math.Min(frames.Count, grid + Math.Max(1, frames[grid].SubtreeLength));
        for (var i = grid + 1; i < end; i++)
        {
            if (frames[i].Type != FrameType.Element)
            {
                continue;
            }

            var attributes = EventHandlerTracker.Attributes(frames, i);
            if (matches(attributes) && attributes.TryGetValue("name", out var name) && name is not null)
            {
                _fields.Add(new Field(name, attributes.GetValueOrDefault("value")));
            }
        }
    }
}
