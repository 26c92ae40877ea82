using System.Security.Cryptography.X509Certificates;

namespace Emulation.Web.Documents.Signing;

/// <summary>
/// A certificate with its private key that the deployment configures: a PKCS#12 file (<see cref="CertificatePath"/>,
/// <see cref="Password"/>) or a certificate of the machine's store found by <see cref="Thumbprint"/>. The documents'
/// signing certificates (<see cref="SigningOptions"/>) and the one that protects the sign-in keys
/// (<c>DataProtection</c>) are configured the same way.
/// </summary>
public class CertificateOptions
{
    /// <summary>A .p12/.pfx file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The file's password; keep it in a secret store or the environment (<c>Signing__Password</c>,
    /// <c>DataProtection__Password</c>), never in appsettings.</summary>
    public string? Password { get; set; }

    /// <summary>The SHA-1 thumbprint of a certificate with a private key in the "My" store.</summary>
    public string? Thumbprint { get; set; }

    /// <summary>Which store <see cref="Thumbprint"/> is looked up in.</summary>
    public StoreLocation StoreLocation { get; set; } = StoreLocation.LocalMachine;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(Thumbprint);

    /// <summary>Loads the configured certificate; throws when the file or the store cannot give exactly one.</summary>
    public X509Certificate2 Load()
    {
        if (!string.IsNullOrWhiteSpace(CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, Password, X509KeyStorageFlags.EphemeralKeySet);
        }

        using var store = new X509Store(StoreName.My, StoreLocation);
        store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, Thumbprint!.Replace(" ", "", StringComparison.Ordinal), validOnly: false);
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException($"No single certificate with thumbprint {Thumbprint} in {StoreLocation}/My.");
    }
}
