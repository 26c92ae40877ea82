using System.IO.Compression;
using Emulation.Domain.Results;

namespace Emulation.Web.Services.EvidenceFiles;

/// <summary>Tells an accepted file format from the content itself; the file's name and the browser's type are ignored.</summary>
public static class EvidenceSniffer
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private const string WordBody = "word/document.xml";

    /// <summary>The kind of <paramref name="content"/>, or null when it is none of the accepted ones.</summary>
    public static EvidenceKind? Detect(ArraySegment<byte> content)
    {
        var head = content.AsSpan();
        if (head.StartsWith(Pdf))
        {
            return EvidenceKind.Pdf;
        }

        if (head.StartsWith(Png))
        {
            return EvidenceKind.Png;
        }

        if (head.StartsWith(Jpeg))
        {
            return EvidenceKind.Jpeg;
        }

        return head.StartsWith(Zip) && IsWordDocument(content) ? EvidenceKind.Docx : null;
    }

    /// <summary>A zip is a .docx when it reads as an archive holding the main Word part.</summary>
    private static bool IsWordDocument(ArraySegment<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.Array!, content.Offset, content.Count, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.Entries.Any(e => string.Equals(e.FullName, WordBody, StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
