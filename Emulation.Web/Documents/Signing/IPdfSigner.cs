namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Whatever holds the signing key: a PKCS#12 file or the machine's certificate store (<see cref="CertificatePdfSigner"/>),
/// or, registered in its place, a USB token or a remote signing service (the special-purpose government signature). It
/// is handed the bytes a PDF signature covers and returns a detached CMS (PKCS#7) signature of them.
/// </summary>
public interface IPdfSigner
{
    /// <summary>The signer as the certificate names it (its common name); null when no certificate is configured.</summary>
    string? SignerName { get; }

    /// <summary>The most bytes a signature can take: the PDF reserves that much before the content is signed.</summary>
    int MaxSignatureSize { get; }

    /// <summary>A detached CMS signature (SHA-256) of <paramref name="content"/>, with the signer's certificate.</summary>
    Task<byte[]> SignAsync(Stream content, CancellationToken cancellationToken = default);
}
