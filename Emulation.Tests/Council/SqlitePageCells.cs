using System.Buffers.Binary;

namespace Emulation.Tests.Council;

/// <summary>
/// Reads a one-page table or index of a SQLite file from its bytes (the file format, sqlite.org/fileformat2.html): the
/// byte offset of each cell in key order. A page places each new cell below those inserted before it, so the offsets
/// show the order in which rows were written, which no query shows.
/// </summary>
internal static class SqlitePageCells
{
    private const int FileHeaderLength = 100;
    private const byte IndexLeaf = 0x0A;
    private const byte TableLeaf = 0x0D;

    /// <summary>The offsets of the cells of the leaf page <paramref name="page"/> (1-based), in the order of the key.</summary>
    public static IReadOnlyList<int> OffsetsInKeyOrder(byte[] file, int page)
    {
        ArgumentNullException.ThrowIfNull(file);
        var stored = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(16, 2));
        var pageSize = stored == 1 ? 65536 : stored;
        var start = (page - 1) * pageSize;
        var header = start + (page == 1 ? FileHeaderLength : 0);
        var kind = file[header];
        Assert.True(kind is IndexLeaf or TableLeaf, $"page {page} is not a leaf (type {kind}): the table spans several pages");
        var cells = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(header + 3, 2));
        return [.. Enumerable.Range(0, cells)
            .Select(i => (int)BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(header + 8 + (2 * i), 2)))];
    }
}
