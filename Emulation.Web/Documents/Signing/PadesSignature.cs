using System.Text;
using System.Text.RegularExpressions;

namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Completes a signature PDFsharp laid out as a PAdES baseline one (ETSI EN 319 142-1). PDFsharp 6.2 writes every
/// signature dictionary with the SubFilter adbe.pkcs7.detached and offers no option for another, while PAdES names its
/// CAdES signatures ETSI.CAdES.detached. So PDFsharp writes the file with an empty signature (its /ByteRange, the time in
/// /M, a /Contents of zeros); this names the SubFilter — a name of the same length, so no offset moves — and only then
/// asks the signer, once, for the CMS over the byte ranges, which it writes into /Contents.
/// </summary>
internal static partial class PadesSignature
{
    public const string SubFilter = "ETSI.CAdES.detached";
    private const string PdfSharpSubFilter = "adbe.pkcs7.detached";

    [GeneratedRegex(@"/SubFilter\s*/adbe\.pkcs7\.detached(?![^\s/<>\[\]()])")]
    private static partial Regex PdfSharpSubFilterEntry();

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangeEntry();

    /// <summary>Signs <paramref name="prepared"/>, a PDF PDFsharp saved with one empty signature, with <paramref name="signer"/>.</summary>
    public static async Task<byte[]> CompleteAsync(byte[] prepared, IPdfSigner signer)
    {
        var pdf = (byte[])prepared.Clone();
        // Latin-1 maps each byte to one char, so string offsets are file offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var ranges = ByteRangeEntry().Matches(text);
        var subFilters = PdfSharpSubFilterEntry().Matches(text);
        if (ranges.Count != 1 || subFilters.Count != 1)
        {
            throw new InvalidOperationException(
                $"Expected one signature laid out by PDFsharp, found {ranges.Count} byte ranges and {subFilters.Count} subfilters.");
        }

        var (start, gapStart, gapEnd, tailLength) = (Offset(ranges[0], 1), Offset(ranges[0], 2), Offset(ranges[0], 3), Offset(ranges[0], 4));
        if (start != 0 || gapEnd + tailLength != pdf.Length || gapStart >= gapEnd || pdf[gapStart] != '<' || pdf[gapEnd - 1] != '>')
        {
            throw new InvalidOperationException($"The signature's byte range {ranges[0].Value} does not frame its /Contents.");
        }

        var name = subFilters[0].Index + subFilters[0].Length - PdfSharpSubFilter.Length;
        if (name + PdfSharpSubFilter.Length > gapStart && name < gapEnd)
        {
            throw new InvalidOperationException("The signature's SubFilter lies inside its /Contents.");
        }

        Encoding.ASCII.GetBytes(SubFilter, pdf.AsSpan(name, SubFilter.Length));

        var signed = new byte[gapStart + tailLength];
        pdf.AsSpan(0, gapStart).CopyTo(signed);
        pdf.AsSpan(gapEnd, tailLength).CopyTo(signed.AsSpan(gapStart));
        using var content = new MemoryStream(signed, writable: false);
        var hex = Convert.ToHexString(await signer.SignAsync(content));
        if (hex.Length > gapEnd - gapStart - 2)
        {
            throw new InvalidOperationException(
                $"The signature takes {hex.Length / 2} bytes, more than the {(gapEnd - gapStart - 2) / 2} the signer reserved (IPdfSigner.MaxSignatureSize).");
        }

        Encoding.ASCII.GetBytes(hex, pdf.AsSpan(gapStart + 1, hex.Length));
        return pdf;
    }

    private static int Offset(Match range, int group) =>
        int.Parse(range.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
}
