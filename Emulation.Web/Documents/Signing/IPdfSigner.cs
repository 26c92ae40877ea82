namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Whatever holds the signing key: a PKCS#12 file or the machine's certificate store (<see cref="CertificatePdfSigner"/>),
/// or, registered in its place, a USB token or a remote signing service (the special-purpose government signature). It
/// is handed the bytes a PDF signature covers and returns a detached CMS (CAdES) signature of them, which the PDF names
/// ETSI.CAdES.detached (PAdES baseline, ETSI EN 319 142-1): SHA-256, the signer's certificate, the signed attributes
/// content type, message digest and ESS signing-certificate-v2, and no signing-time attribute (the PDF's /M holds the time).
/// </summary>
public interface IPdfSigner
{
    /// <summary>The signer as the certificate names it (its common name); null when no certificate is configured.</summary>
    string? SignerName { get; }

    /// <summary>The most bytes a signature can take: the PDF reserves that much before the content is signed.</summary>
    int MaxSignatureSize { get; }

    /// <summary>A detached CAdES signature (SHA-256) of <paramref name="content"/>, with the signer's certificate; called once per document.</summary>
    Task<byte[]> SignAsync(Stream content, CancellationToken cancellationToken = default);
}
