using System.Buffers.Binary;
using System.Text;

namespace CircuitLoad.Rendering;

/// <summary>
/// Reads Blazor's binary render batch (the format of the server's RenderBatchWriter, read in the browser by
/// OutOfProcessRenderBatch): diffs, reference frames (20 bytes each), disposed ids, then a string table; the last
/// five int32s give where each part starts. Throws <see cref="InvalidDataException"/> on a malformed batch.
/// </summary>
public static class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 20)
        {
            throw new InvalidDataException($"A render batch is at least 20 bytes; this one is {data.Length}.");
        }

        var tail = data.Length - 20;
        var diffsAt = ReadInt(data, tail);
        var framesAt = ReadInt(data, tail + 4);
        var disposedComponentsAt = ReadInt(data, tail + 8);
        var disposedHandlersAt = ReadInt(data, tail + 12);
        var stringsAt = ReadInt(data, tail + 16);
        var strings = new StringTable(stringsAt);

        var diffCount = Count(data, diffsAt, 4);
        var diffs = new RenderDiff[diffCount];
        for (var i = 0; i < diffCount; i++)
        {
            diffs[i] = ReadDiff(data, ReadInt(data, diffsAt + 4 + (i * 4)), strings);
        }

        var frameCount = Count(data, framesAt, FrameSize);
        var frames = new RenderFrame[frameCount];
        for (var i = 0; i < frameCount; i++)
        {
            frames[i] = ReadFrame(data, framesAt + 4 + (i * FrameSize), strings);
        }

        var disposedComponents = new int[Count(data, disposedComponentsAt, 4)];
        for (var i = 0; i < disposedComponents.Length; i++)
        {
            disposedComponents[i] = ReadInt(data, disposedComponentsAt + 4 + (i * 4));
        }

        var disposedHandlers = new ulong[Count(data, disposedHandlersAt, 8)];
        for (var i = 0; i < disposedHandlers.Length; i++)
        {
            disposedHandlers[i] = ReadULong(data, disposedHandlersAt + 4 + (i * 8));
        }

        return new RenderBatch(diffs, frames, disposedComponents, disposedHandlers);
    }

    private static RenderDiff ReadDiff(ReadOnlySpan<byte> data, int at, StringTable strings)
    {
        var componentId = ReadInt(data, at);
        var editCount = Count(data, at + 4, EditSize);
        var edits = new RenderEdit[editCount];
        for (var i = 0; i < editCount; i++)
        {
            var edit = at + 8 + (i * EditSize);
            edits[i] = new RenderEdit((EditType)ReadInt(data, edit), ReadInt(data, edit + 4), ReadInt(data, edit + 8),
                strings.Read(data, ReadInt(data, edit + 12)));
        }

        return new RenderDiff(componentId, edits);
    }

    private static RenderFrame ReadFrame(ReadOnlySpan<byte> data, int at, StringTable strings)
    {
        // After the type, four int32 slots whose meaning depends on the type (an attribute's handler id spans the last two).
        var type = (FrameType)ReadInt(data, at);
        var first = ReadInt(data, at + 4);
        var second = ReadInt(data, at + 8);
        return type switch
        {
            FrameType.Element => new RenderFrame(type, first, 0, strings.Read(data, second), null, 0),
            FrameType.Attribute => new RenderFrame(type, 1, 0, strings.Read(data, first), strings.Read(data, second),
                ReadULong(data, at + 12)),
            FrameType.Component => new RenderFrame(type, first, second, null, null, 0),
            FrameType.Region => new RenderFrame(type, first, 0, null, null, 0),
            FrameType.Text or FrameType.Markup => new RenderFrame(type, 1, 0, null, strings.Read(data, first), 0),
            FrameType.ElementReferenceCapture => new RenderFrame(type, 1, 0, null, strings.Read(data, first), 0),
            FrameType.ComponentReferenceCapture or FrameType.ComponentRenderMode or FrameType.NamedEvent =>
                new RenderFrame(type, 1, 0, null, null, 0),
            _ => throw new InvalidDataException($"Unknown frame type {(int)type} at byte {at}."),
        };
    }

    private static int Count(ReadOnlySpan<byte> data, int at, int entrySize)
    {
        var count = ReadInt(data, at);
        if (count < 0 || (long)at + 4 + ((long)count * entrySize) > data.Length)
        {
            throw new InvalidDataException($"The array at byte {at} claims {count} entries, more than the batch holds.");
        }

        return count;
    }

    private static int ReadInt(ReadOnlySpan<byte> data, int at) =>
        at >= 0 && at + 4 <= data.Length
            ? BinaryPrimitives.ReadInt32LittleEndian(data[at..])
            : throw new InvalidDataException($"Offset {at} is outside the {data.Length}-byte batch.");

    private static ulong ReadULong(ReadOnlySpan<byte> data, int at) =>
        at >= 0 && at + 8 <= data.Length
            ? BinaryPrimitives.ReadUInt64LittleEndian(data[at..])
            : throw new InvalidDataException($"Offset {at} is outside the {data.Length}-byte batch.");

    /// <summary>Strings are stored once each: a table of int32 positions, each pointing at a 7-bit length and UTF-8 bytes.</summary>
    private readonly struct StringTable(int tableAt)
    {
        public string? Read(ReadOnlySpan<byte> data, int index)
        {
            if (index == -1)
            {
                return null;
            }

            var at = ReadInt(data, tableAt + (index * 4));
            var length = 0;
            var shift = 0;
            byte next;
            do
            {
                if (at >= data.Length || shift > 28)
                {
                    throw new InvalidDataException($"String {index} has a malformed length.");
                }

                next = data[at++];
                length |= (next & 0x7F) << shift;
                shift += 7;
            }
            while ((next & 0x80) != 0);

            return at + length <= data.Length
                ? Encoding.UTF8.GetString(data.Slice(at, length))
                : throw new InvalidDataException($"String {index} runs past the end of the batch.");
        }
    }
}
