using System.Text;
using CircuitLoad.Rendering;

namespace Emulation.Tests.Bench;

/// <summary>
/// Writes a render batch in Blazor's wire layout (as the server's RenderBatchWriter lays it out), so the tool's reader
/// can be tested on bytes it did not produce itself: parts first, then their positions, strings last, five int32s at the end.
/// </summary>
internal static class RenderBatchBytes
{
    public static byte[] Write(RenderBatch batch)
    {
        var strings = new List<string>();
        int Index(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            strings.Add(value);
            return strings.Count - 1;
        }

        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        var diffPositions = new List<int>();
        foreach (var diff in batch.Diffs)
        {
            diffPositions.Add((int)stream.Position);
            writer.Write(diff.ComponentId);
            writer.Write(diff.Edits.Count);
            foreach (var edit in diff.Edits)
            {
                writer.Write((int)edit.Type);
                writer.Write(edit.SiblingIndex);
                writer.Write(edit.ReferenceFrameIndex);
                writer.Write(Index(edit.RemovedAttributeName));
            }
        }

        var diffsAt = (int)stream.Position;
        writer.Write(diffPositions.Count);
        diffPositions.ForEach(writer.Write);

        var framesAt = (int)stream.Position;
        writer.Write(batch.Frames.Count);
        foreach (var frame in batch.Frames)
        {
            writer.Write((int)frame.Type);
            switch (frame.Type)
            {
                case FrameType.Element:
                    writer.Write(frame.SubtreeLength);
                    writer.Write(Index(frame.Name));
                    writer.Write(0L);
                    break;
                case FrameType.Attribute:
                    writer.Write(Index(frame.Name));
                    writer.Write(Index(frame.Value));
                    writer.Write(frame.EventHandlerId);
                    break;
                case FrameType.Component:
                    writer.Write(frame.SubtreeLength);
                    writer.Write(frame.ComponentId);
                    writer.Write(0L);
                    break;
                case FrameType.Region:
                    writer.Write(frame.SubtreeLength);
                    writer.Write(0);
                    writer.Write(0L);
                    break;
                case FrameType.Text or FrameType.Markup or FrameType.ElementReferenceCapture:
                    writer.Write(Index(frame.Value));
                    writer.Write(0);
                    writer.Write(0L);
                    break;
                default:
                    writer.Write(0);
                    writer.Write(0);
                    writer.Write(0L);
                    break;
            }
        }

        var disposedComponentsAt = (int)stream.Position;
        writer.Write(batch.DisposedComponentIds.Count);
        foreach (var id in batch.DisposedComponentIds)
        {
            writer.Write(id);
        }

        var disposedHandlersAt = (int)stream.Position;
        writer.Write(batch.DisposedEventHandlerIds.Count);
        foreach (var id in batch.DisposedEventHandlerIds)
        {
            writer.Write(id);
        }

        var stringPositions = new List<int>();
        foreach (var value in strings)
        {
            stringPositions.Add((int)stream.Position);
            writer.Write(value);
        }

        var stringsAt = (int)stream.Position;
        stringPositions.ForEach(writer.Write);
        writer.Write(diffsAt);
        writer.Write(framesAt);
        writer.Write(disposedComponentsAt);
        writer.Write(disposedHandlersAt);
        writer.Write(stringsAt);
        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>An element with its attributes, as a component renders it.</summary>
    public static IEnumerable<RenderFrame> Element(string name, params (string Name, string? Value, ulong Handler)[] attributes)
    {
        yield return new RenderFrame(FrameType.Element, 1 + attributes.Length, 0, name, null, 0);
        foreach (var (attribute, value, handler) in attributes)
        {
            yield return new RenderFrame(FrameType.Attribute, 1, 0, attribute, value, handler);
        }
    }

    /// <summary>An element with its attributes and the given children inside it.</summary>
    public static IEnumerable<RenderFrame> Around(string name, (string Name, string? Value, ulong Handler)[] attributes,
        params IEnumerable<RenderFrame>[] children)
    {
        var inside = children.SelectMany(child => child).ToList();
        return [new RenderFrame(FrameType.Element, 1 + attributes.Length + inside.Count, 0, name, null, 0),
            .. attributes.Select(a => new RenderFrame(FrameType.Attribute, 1, 0, a.Name, a.Value, a.Handler)), .. inside];
    }

    public static RenderFrame Text(string text) => new(FrameType.Text, 1, 0, null, text, 0);

    /// <summary>A batch where one component prepends each of the given top-level frames (and their subtrees).</summary>
    public static RenderBatch Prepend(int componentId, IReadOnlyList<RenderFrame> frames, params ulong[] disposedHandlers)
    {
        var edits = new List<RenderEdit>();
        for (var i = 0; i < frames.Count; i += Math.Max(1, frames[i].Type == FrameType.Element ? frames[i].SubtreeLength : 1))
        {
            edits.Add(new RenderEdit(EditType.PrependFrame, edits.Count, i, null));
        }

        return new RenderBatch([new RenderDiff(componentId, edits)], frames, [], disposedHandlers);
    }
}
