using System.Security.Cryptography.X509Certificates;

namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Settings under <c>Signing</c>: a PKCS#12 file (<see cref="CertificatePath"/>, <see cref="Password"/>) or a certificate
/// of the machine's store found by <see cref="Thumbprint"/>. With neither, documents are produced unsigned. The agency's
/// certificate is under <c>Signing</c>; the receiving level's (the decisions the provincial board issues in the same
/// deployment for its chairman) under <see cref="BoardSection"/>, the same keys, a named option <see cref="Board"/>.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>The name of the receiving level's options, and the key of its <see cref="IPdfSigner"/>.</summary>
    public const string Board = "Board";

    public const string BoardSection = Section + ":" + Board;

    /// <summary>A .p12/.pfx file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The file's password; keep it in user secrets or the environment (<c>Signing__Password</c>), never in appsettings.</summary>
    public string? Password { get; set; }

    /// <summary>The SHA-1 thumbprint of a certificate with a private key in the "My" store.</summary>
    public string? Thumbprint { get; set; }

    /// <summary>Which store <see cref="Thumbprint"/> is looked up in.</summary>
    public StoreLocation StoreLocation { get; set; } = StoreLocation.LocalMachine;

    /// <summary>Where the documents are signed, as the signature records it; the document place when empty.</summary>
    public string? Location { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(Thumbprint);
}
