using System.IO.Compression;
using System.Text;

namespace Emulation.Tests.Evidence;

/// <summary>Small files that start the way real ones do, and a few impostors.</summary>
public static class SampleFiles
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

    /// <summary>A zip with the parts that make it a Word document.</summary>
    public static byte[] Docx() => Zip("[Content_Types].xml", "word/document.xml");

    /// <summary>A valid zip that is not a Word document.</summary>
    public static byte[] PlainZip() => Zip("ghi-chu.txt");

    /// <summary>A Windows executable's header.</summary>
    public static byte[] Executable() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static byte[] Text() => Encoding.UTF8.GetBytes("Báo cáo kết quả: đã hoàn thành.");

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><root/>");
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>
/// A long PDF-looking stream that fails the test if anyone reads past <paramref name="readLimit"/> bytes: proof that
/// an oversized upload is refused without being read to its end.
/// </summary>
public sealed class TripwireStream(long length, long readLimit) : Stream
{
    private static readonly byte[] Header = "%PDF-"u8.ToArray();

    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (BytesRead >= length || buffer.IsEmpty)
        {
            return 0;
        }

        if (BytesRead + buffer.Length > readLimit)
        {
            throw new InvalidOperationException($"Read past byte {readLimit} of an upload that should have been refused.");
        }

        var count = (int)Math.Min(buffer.Length, length - BytesRead);
        buffer[..count].Fill((byte)'x');
        for (var i = 0; i < count && BytesRead + i < Header.Length; i++)
        {
            buffer[i] = Header[BytesRead + i];
        }

        BytesRead += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
