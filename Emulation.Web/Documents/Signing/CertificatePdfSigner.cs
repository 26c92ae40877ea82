using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Documents.Signing;

/// <summary>
/// Signs with a certificate the deployment configures (<see cref="SigningOptions"/>): a PKCS#12 file or the machine
/// store. The CMS carries the CAdES signed attributes a PAdES baseline signature needs (ETSI EN 319 142-1, level B-B):
/// content type, message digest and the signing certificate (ESS signing-certificate-v2), and no signing-time attribute,
/// which PAdES forbids: the time of signing is the signature dictionary's /M entry. A certificate that cannot be loaded
/// is logged once and the documents stay unsigned, as when none is configured.
/// </summary>
public sealed class CertificatePdfSigner : IPdfSigner, IDisposable
{
    private const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";
    private const string Sha256 = "2.16.840.1.101.3.4.2.1";

    private readonly X509Certificate2? _certificate;

    public CertificatePdfSigner(IOptions<SigningOptions> options, ILogger<CertificatePdfSigner> logger)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        try
        {
            _certificate = settings.Load();
            if (!_certificate.HasPrivateKey)
            {
                logger.LogError("The signing certificate {Subject} has no private key; documents stay unsigned", _certificate.Subject);
                _certificate.Dispose();
                _certificate = null;
            }
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogError(e, "The signing certificate could not be loaded; documents stay unsigned");
        }
    }

    /// <summary>Signs with <paramref name="certificate"/> (it must hold its private key); the tests' and tools' way in.</summary>
    public CertificatePdfSigner(X509Certificate2 certificate) => _certificate = certificate;

    public string? SignerName => _certificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    /// <summary>The certificate and the attributes, with room to spare for an RSA-4096 signature.</summary>
    public int MaxSignatureSize => (_certificate?.RawData.Length ?? 0) + 4096;

    public Task<byte[]> SignAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var certificate = _certificate ?? throw new InvalidOperationException("No signing certificate is configured.");
        cancellationToken.ThrowIfCancellationRequested();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        var signed = copy.ToArray();

        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid(Sha256),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2, SigningCertificate(certificate)));
        cms.ComputeSignature(signer, silent: true);
        return Task.FromResult(cms.Encode());
    }

    public void Dispose() => _certificate?.Dispose();

    /// <summary>SigningCertificateV2 (RFC 5035) naming the certificate by its SHA-256 hash, the default algorithm.</summary>
    private static byte[] SigningCertificate(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }

        return writer.Encode();
    }
}
