using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Puts a digital signature on a generated PDF with PDFsharp's signature support (an invisible signature field whose
/// CMS covers the whole file but the signature itself), using whichever <see cref="IPdfSigner"/> is registered. Without
/// a certificate the PDF is returned as it came, unsigned.
/// </summary>
public sealed class PdfSigning(IPdfSigner signer, IOptions<SigningOptions> signing, IOptions<DocumentOptions> documents)
{
    /// <summary>Who signs the documents of this deployment; null when they are produced unsigned.</summary>
    public string? SignerName => signer.SignerName;

    public async Task<byte[]> SignAsync(byte[] pdf, string reason)
    {
        if (signer.SignerName is null)
        {
            return pdf;
        }

        NotoSansFontResolver.Install(documents.Value.FontFolder);
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        DigitalSignatureHandler.ForDocument(document, new Adapter(signer), new DigitalSignatureOptions
        {
            Reason = reason,
            Location = string.IsNullOrWhiteSpace(signing.Value.Location) ? documents.Value.Place : signing.Value.Location,
            ContactInfo = signer.SignerName,
            PageIndex = 0,
        });
        using var output = new MemoryStream();
        await document.SaveAsync(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>PDFsharp's side of the signer: its name, the room to reserve and the signature.</summary>
    private sealed class Adapter(IPdfSigner signer) : IDigitalSigner
    {
        public string CertificateName => signer.SignerName ?? "";

        public Task<int> GetSignatureSizeAsync() => Task.FromResult(signer.MaxSignatureSize);

        public Task<byte[]> GetSignatureAsync(Stream stream) => signer.SignAsync(stream);
    }
}
