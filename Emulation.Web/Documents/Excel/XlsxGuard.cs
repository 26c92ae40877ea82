using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;
using Emulation.Domain.Common;
using MiniExcelLibs.OpenXml;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// The one gate every uploaded workbook passes before a reader builds anything from it. It reads the upload into a
/// bounded in-memory buffer (no temporary file), then inspects the zip archive while streaming it: part count,
/// declared and actual unpacked size, compression ratio, and with an <see cref="XmlReader"/> over every sheet and the
/// shared string table the rows, columns, cells, shared strings and longest text. Nothing but counters is kept, so a
/// hostile file costs at most the upload's bytes in memory and is refused with the limit it passed.
/// </summary>
public sealed class XlsxGuard(ExcelImportOptions options)
{
    private const int CancellationCheckEvery = 4096;

    /// <summary>
    /// MiniExcel's reading settings for a guarded workbook: its shared-string cache spills to temporary files above
    /// 5 MB; the guard has already bounded the table, so it stays in memory and no file is left behind.
    /// </summary>
    public static OpenXmlConfiguration ReaderConfiguration => new() { EnableSharedStringCache = false };
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>
    /// The upload's bytes once every limit holds; otherwise the refusal. <paramref name="notAWorkbook"/> words the
    /// answer for a file that is no readable xlsx at all, in the caller's own terms.
    /// </summary>
    public async Task<GuardedWorkbook> ReadAsync(Stream file, Func<string, DomainError> notAWorkbook,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(notAWorkbook);
        var bytes = await ReadAtMostAsync(file, options.MaxFileBytes, cancellationToken);
        if (bytes is null)
        {
            return GuardedWorkbook.Refused(ImportErrors.TooLarge(options.MaxFileBytes));
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            return GuardedWorkbook.Refused(notAWorkbook("the file is not an .xlsx workbook."));
        }

        // The inspection is CPU work on a buffer: off the caller's thread (a Blazor circuit), and cancellable.
        var refusal = await Task.Run(() => Inspect(bytes, notAWorkbook, cancellationToken), cancellationToken);
        return refusal is null ? new GuardedWorkbook(bytes, null) : GuardedWorkbook.Refused(refusal);
    }

    /// <summary>The whole stream, or null as soon as it proves longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file.CanSeek && file.Length - file.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private DomainError? Inspect(byte[] bytes, Func<string, DomainError> notAWorkbook, CancellationToken cancellationToken)
    {
        // The end-of-archive record declares the part count: refuse before .NET builds one object per part.
        if (DeclaredPartCount(bytes) is { } declared && declared > options.MaxParts)
        {
            return ImportErrors.TooManyParts(options.MaxParts);
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return InspectArchive(archive, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or NotSupportedException or IOException)
        {
            // A damaged zip, a part larger than it declared, or XML that is not XML: not a workbook we can read.
            return notAWorkbook("the workbook cannot be read.");
        }
    }

    private DomainError? InspectArchive(ZipArchive archive, CancellationToken cancellationToken)
    {
        if (archive.Entries.Count > options.MaxParts)
        {
            return ImportErrors.TooManyParts(options.MaxParts);
        }

        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            if (declared > options.MaxUnpackedBytes)
            {
                return ImportErrors.TooLargeUnpacked(options.MaxUnpackedBytes);
            }

            if (entry.Length >= options.RatioCheckedFromBytes &&
                entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                return ImportErrors.TooCompressed(options.MaxCompressionRatio);
            }
        }

        var budget = new UnpackBudget(options.MaxUnpackedBytes);
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            var isSheet = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) &&
                name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
            var isSharedStrings = name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
            if (!isSheet && !isSharedStrings)
            {
                continue;
            }

            using var part = new CountingStream(entry.Open(), entry.Length, budget);
            using var reader = XmlReader.Create(part, ReaderSettings(options.MaxUnpackedBytes));
            var refusal = isSheet ? ScanSheet(reader, cancellationToken) : ScanSharedStrings(reader, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    private DomainError? ScanSheet(XmlReader reader, CancellationToken cancellationToken)
    {
        int rows = 0, cells = 0, column = 0, nodes = 0;
        var buffer = new char[4096];
        while (reader.Read())
        {
            if (++nodes % CancellationCheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "dimension":
                    if (CellReference.Parse(reader.GetAttribute("ref")?.Split(':')[^1]) is { } last)
                    {
                        if (last.Column > options.MaxColumns)
                        {
                            return ImportErrors.TooManyColumns(options.MaxColumns);
                        }

                        if (last.Row > options.MaxRows)
                        {
                            return ImportErrors.TooManyRows(options.MaxRows);
                        }
                    }

                    break;
                case XmlNodeType.Element when reader.LocalName == "row":
                    rows++;
                    column = 0;
                    var number = int.TryParse(reader.GetAttribute("r"), out var r) ? r : rows;
                    if (rows > options.MaxRows || number > options.MaxRows)
                    {
                        return ImportErrors.TooManyRows(options.MaxRows);
                    }

                    break;
                case XmlNodeType.Element when reader.LocalName == "c":
                    column = CellReference.Parse(reader.GetAttribute("r")) is { } cell ? cell.Column : column + 1;
                    if (++cells > options.MaxCells)
                    {
                        return ImportErrors.TooManyCells(options.MaxCells);
                    }

                    if (column > options.MaxColumns)
                    {
                        return ImportErrors.TooManyColumns(options.MaxColumns);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    if (TextLength(reader, buffer) > options.MaxCellCharacters)
                    {
                        return ImportErrors.CellTooLong(options.MaxCellCharacters);
                    }

                    break;
            }
        }

        return null;
    }

    private DomainError? ScanSharedStrings(XmlReader reader, CancellationToken cancellationToken)
    {
        int strings = 0, nodes = 0;
        long length = 0;
        var buffer = new char[4096];
        while (reader.Read())
        {
            if (++nodes % CancellationCheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "sst":
                    if (long.TryParse(reader.GetAttribute("uniqueCount"), out var unique) && unique > options.MaxSharedStrings)
                    {
                        return ImportErrors.TooManySharedStrings(options.MaxSharedStrings);
                    }

                    break;
                case XmlNodeType.Element when reader.LocalName == "si":
                    length = 0;
                    if (++strings > options.MaxSharedStrings)
                    {
                        return ImportErrors.TooManySharedStrings(options.MaxSharedStrings);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    // A string's rich-text runs count together.
                    length += TextLength(reader, buffer);
                    if (length > options.MaxCellCharacters)
                    {
                        return ImportErrors.CellTooLong(options.MaxCellCharacters);
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>The current text node's length, read in chunks so a huge text is never one string.</summary>
    private static long TextLength(XmlReader reader, char[] buffer)
    {
        long length = 0;
        int read;
        while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static XmlReaderSettings ReaderSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = false,
    };

    /// <summary>The total entry count of the zip's end-of-central-directory record; null when absent or zip64.</summary>
    private static int? DeclaredPartCount(byte[] bytes)
    {
        // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
        const int RecordLength = 22;
        for (var at = bytes.Length - RecordLength; at >= Math.Max(0, bytes.Length - RecordLength - ushort.MaxValue); at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) == 0x06054B50)
            {
                var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 10));
                return count == ushort.MaxValue ? null : count;
            }
        }

        return null;
    }

    /// <summary>Bytes unpacked so far across the archive.</summary>
    private sealed class UnpackBudget(long max)
    {
        private long _used;

        public void Spend(int bytes)
        {
            _used += bytes;
            if (_used > max)
            {
                throw new InvalidDataException("The archive unpacks to more than its limit.");
            }
        }
    }

    /// <summary>An entry's stream that fails once it yields more than the entry declared or the archive's budget.</summary>
    private sealed class CountingStream(Stream inner, long declaredLength, UnpackBudget budget) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        private int Count(int read)
        {
            _read += read;
            if (_read > declaredLength)
            {
                throw new InvalidDataException("The part unpacks to more than it declared.");
            }

            budget.Spend(read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>"XFD2000" → (16384, 2000); column letters alone give row 0; null when it is no reference.</summary>
    private static class CellReference
    {
        public static (int Column, int Row)? Parse(string? reference)
        {
            if (string.IsNullOrEmpty(reference))
            {
                return null;
            }

            long column = 0;
            var i = 0;
            for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            {
                column = Math.Min((column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1), int.MaxValue);
            }

            if (i == 0)
            {
                return null;
            }

            var row = 0L;
            for (; i < reference.Length && char.IsAsciiDigit(reference[i]); i++)
            {
                row = Math.Min((row * 10) + (reference[i] - '0'), int.MaxValue);
            }

            return ((int)column, (int)row);
        }
    }
}

/// <summary>An upload that passed <see cref="XlsxGuard"/> (its bytes) or the one reason it was refused.</summary>
public sealed record GuardedWorkbook(byte[]? Bytes, DomainError? Refusal)
{
    public static GuardedWorkbook Refused(DomainError refusal) => new(null, refusal);
}
