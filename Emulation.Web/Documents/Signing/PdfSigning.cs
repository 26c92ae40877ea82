using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Puts a PAdES baseline signature (SubFilter ETSI.CAdES.detached, <see cref="PadesSignature"/>) on a generated PDF with
/// PDFsharp's signature support (an invisible signature field whose CMS covers the whole file but the signature itself),
/// using whichever <see cref="IPdfSigner"/> is registered for the level that issues the document: the agency's own, or
/// the receiving board's (keyed <see cref="SigningOptions.Board"/>) for the decisions it issues for its chairman, so one
/// level's key never signs the other's decision. Without a certificate for that level the PDF is returned as it came,
/// unsigned.
/// </summary>
public sealed class PdfSigning(IPdfSigner signer, IOptions<SigningOptions> signing, IOptions<DocumentOptions> documents,
    [FromKeyedServices(SigningOptions.Board)] IPdfSigner? boardSigner = null)
{
    /// <summary>Who signs the agency's documents; null when they are produced unsigned.</summary>
    public string? SignerName => signer.SignerName;

    /// <summary>Who signs the documents of the level that issues them (<paramref name="byTheBoard"/>: the receiving board's decisions).</summary>
    public string? SignerNameFor(bool byTheBoard) => SignerOf(byTheBoard)?.SignerName;

    /// <summary>Signs <paramref name="pdf"/> as the agency, or as the receiving board when <paramref name="byTheBoard"/>.</summary>
    public async Task<byte[]> SignAsync(byte[] pdf, string reason, bool byTheBoard = false)
    {
        if (SignerOf(byTheBoard) is not { SignerName: not null } chosen)
        {
            return pdf;
        }

        // PDFsharp draws the signature field's appearance, with the documents' typeface.
        DocumentFontResolver.Install(documents.Value.FontFolder);
        byte[] prepared;
        using (var input = new MemoryStream(pdf))
        using (var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify))
        {
            DigitalSignatureHandler.ForDocument(document, new Placeholder(chosen), new DigitalSignatureOptions
            {
                Reason = reason,
                Location = string.IsNullOrWhiteSpace(signing.Value.Location) ? documents.Value.Place : signing.Value.Location,
                ContactInfo = chosen.SignerName,
                PageIndex = 0,
            });
            using var output = new MemoryStream();
            await document.SaveAsync(output, closeStream: false);
            prepared = output.ToArray();
        }

        return await PadesSignature.CompleteAsync(prepared, chosen);
    }

    private IPdfSigner? SignerOf(bool byTheBoard) => byTheBoard ? boardSigner : signer;

    /// <summary>
    /// PDFsharp's side of the signer while it lays the signature out: the signer's name and the room to reserve; the
    /// signature itself is left empty for <see cref="PadesSignature"/> to fill.
    /// </summary>
    private sealed class Placeholder(IPdfSigner signer) : IDigitalSigner
    {
        public string CertificateName => signer.SignerName ?? "";

        public Task<int> GetSignatureSizeAsync() => Task.FromResult(signer.MaxSignatureSize);

        public Task<byte[]> GetSignatureAsync(Stream stream) => Task.FromResult(Array.Empty<byte>());
    }
}
