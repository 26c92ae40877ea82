using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text.RegularExpressions;
using System.Security.Cryptography.X509Certificates;
using Emulation.Domain.Awards;
using Emulation.Tests.Architecture;
using Emulation.Tests.Documents;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Documents.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Decisions;

/// <summary>
/// The decision PDF signed digitally as PAdES baseline (PDFsharp's signature support, SubFilter ETSI.CAdES.detached, a
/// CMS with the CAdES signed attributes) with a certificate the test makes, checked by an independent tool: poppler's
/// pdfsig. Unsigned when none is configured.
/// </summary>
public sealed class PdfSigningTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Signer = "Trần Quốc Bảo";
    private const string Password = "thu-nghiem";
    private EmulationAppFactory App => fixture.App;

    /// <summary>A self-signed RSA certificate with its private key, as a deployment's PKCS#12 file would hold it.</summary>
    public static X509Certificate2 TestCertificate(string commonName = Signer, string organisation = "Văn phòng UBND tỉnh Quảng Trị")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O={organisation}, C=VN", rsa, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12, Password), Password);
    }

    private static PdfSigning SigningWith(IPdfSigner signer) =>
        new(signer, Options.Create(new SigningOptions()), Options.Create(new DocumentOptions()));

    private static void Keep(string name, string pdfsig) =>
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(DomainPurityTests.RepositoryRoot(), "artifacts")).FullName, name), pdfsig);

    [Fact]
    public async Task DecisionPdf_SignedWithATestCertificate_IsValidForPdfsig_AndNamesTheSigner()
    {
        var detail = await DecisionScenario.IssueAsync(App, "801/QĐ-VP", Title.AdvancedWorker, 1);
        var unsigned = (await App.Service<DecisionDocumentService>().GetPdfAsync(TestActors.Leader, detail.Decision.Id))!.Content;
        using var certificate = TestCertificate();

        var signed = await SigningWith(new CertificatePdfSigner(certificate)).SignAsync(unsigned, "Ký ban hành Quyết định số 801/QĐ-VP");

        using var poppler = new Poppler(signed);
        var (exitCode, output) = poppler.Signatures();
        Keep("pdfsig-decision.txt", output);
        Assert.Equal(0, exitCode);
        Assert.Contains("Signature #1", output, StringComparison.Ordinal);
        Assert.Contains("Signer Certificate Common Name: " + Signer, output, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", output, StringComparison.Ordinal);
        Assert.Contains("Signing Hash Algorithm: SHA-256", output, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", output, StringComparison.Ordinal);
        Assert.Contains("Total document signed", output, StringComparison.Ordinal);
        Assert.Contains("Số: 801/QĐ-VP", poppler.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signature_IsPadesBaseline_SigningCertificateV2_NoSigningTimeInTheCms_TheTimeInM()
    {
        var detail = await DecisionScenario.IssueAsync(App, "805/QĐ-VP", Title.AdvancedWorker, 1);
        var unsigned = (await App.Service<DecisionDocumentService>().GetPdfAsync(TestActors.Leader, detail.Decision.Id))!.Content;
        using var certificate = TestCertificate();

        var signed = await SigningWith(new CertificatePdfSigner(certificate)).SignAsync(unsigned, "Ký ban hành");

        var text = System.Text.Encoding.Latin1.GetString(signed);
        Assert.Matches(@"/SubFilter\s*/ETSI\.CAdES\.detached", text);
        Assert.DoesNotContain("adbe.pkcs7", text, StringComparison.Ordinal);
        Assert.Matches(@"/M\s*\(D:\d{14}", text);
        var cms = Cms(text);
        var signer = Assert.Single(cms.SignerInfos.Cast<SignerInfo>());
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        var attributes = signer.SignedAttributes.Cast<CryptographicAttributeObject>().Select(a => a.Oid.Value).ToList();
        Assert.Contains("1.2.840.113549.1.9.3", attributes);
        Assert.Contains("1.2.840.113549.1.9.4", attributes);
        Assert.Contains(SigningCertificateV2, attributes);
        Assert.DoesNotContain("1.2.840.113549.1.9.5", attributes);
        var essCertId = signer.SignedAttributes.Cast<CryptographicAttributeObject>().Single(a => a.Oid.Value == SigningCertificateV2).Values[0].RawData;
        Assert.True(essCertId.AsSpan().IndexOf(SHA256.HashData(certificate.RawData)) > 0, "signing-certificate-v2 names the signer's certificate by its SHA-256");
        Assert.Equal(certificate.Thumbprint, Assert.Single(cms.Certificates.Cast<X509Certificate2>()).Thumbprint);
    }

    [Fact]
    public async Task AnotherSigner_AUsbTokenOrRemoteService_IsAskedOnce_AndItsSignatureIsValid()
    {
        var detail = await DecisionScenario.IssueAsync(App, "806/QĐ-VP", Title.AdvancedWorker, 1);
        var unsigned = (await App.Service<DecisionDocumentService>().GetPdfAsync(TestActors.Leader, detail.Decision.Id))!.Content;
        using var certificate = TestCertificate("Nguyễn Thị Hằng");
        var remote = new RemoteSigner(new CertificatePdfSigner(certificate));

        var signed = await SigningWith(remote).SignAsync(unsigned, "Ký ban hành");

        Assert.Equal(1, remote.Calls);
        using var poppler = new Poppler(signed);
        var output = poppler.Signatures().Output;
        Assert.Contains("Signer Certificate Common Name: Nguyễn Thị Hằng", output, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", output, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", output, StringComparison.Ordinal);
    }

    private const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";

    /// <summary>The CMS in the signature's /Contents, without the zeros that pad it to the reserved size (pdfsig checks it).</summary>
    private static SignedCms Cms(string pdf)
    {
        var hex = Regex.Match(pdf, "/Contents\\s*<([0-9A-Fa-f]+)>").Groups[1].Value;
        var bytes = Convert.FromHexString(hex);
        AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var length);
        var cms = new SignedCms();
        cms.Decode(bytes.AsSpan(0, length));
        return cms;
    }

    /// <summary>Stands for a signer the deployment registers in place of the certificate file: it counts its calls.</summary>
    private sealed class RemoteSigner(IPdfSigner inner) : IPdfSigner
    {
        public int Calls { get; private set; }

        public string? SignerName => inner.SignerName;

        public int MaxSignatureSize => inner.MaxSignatureSize;

        public Task<byte[]> SignAsync(Stream content, CancellationToken cancellationToken = default)
        {
            Calls++;
            return inner.SignAsync(content, cancellationToken);
        }
    }

    [Fact]
    public async Task AChangedByte_AfterSigning_IsCaughtByPdfsig()
    {
        var detail = await DecisionScenario.IssueAsync(App, "802/QĐ-VP", Title.AdvancedWorker, 1);
        var unsigned = (await App.Service<DecisionDocumentService>().GetPdfAsync(TestActors.Leader, detail.Decision.Id))!.Content;
        using var certificate = TestCertificate();
        var signed = await SigningWith(new CertificatePdfSigner(certificate)).SignAsync(unsigned, "Ký ban hành");

        var text = System.Text.Encoding.Latin1.GetString(signed);
        var at = text.IndexOf("/Title", StringComparison.Ordinal);
        Assert.True(at > 0);
        signed[at + 2] = (byte)'X';

        using var poppler = new Poppler(signed);
        var (_, output) = poppler.Signatures();
        Assert.DoesNotContain("Signature is Valid.", output, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Digest Mismatch.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutACertificate_TheDecisionIsUnsigned_AndTheVerificationPageSaysSo()
    {
        var detail = await DecisionScenario.IssueAsync(App, "803/QĐ-VP", Title.AdvancedWorker, 1);
        var pdf = (await App.Service<DecisionDocumentService>().GetPdfAsync(TestActors.Leader, detail.Decision.Id))!.Content;

        Assert.Null(App.Service<PdfSigning>().SignerName);
        using var poppler = new Poppler(pdf);
        Assert.Contains("does not contain any signatures", poppler.Signatures().Output, StringComparison.Ordinal);
        var page = System.Net.WebUtility.HtmlDecode(await App.CreateCookieClient().GetStringAsync("/verify/" + detail.Lines[0].VerificationCode));
        Assert.Contains("Bản điện tử của quyết định chưa được ký số.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredPkcs12_SignsTheDecisionAndTheDossier_AndTheVerificationPageNamesTheSigner()
    {
        var folder = Directory.CreateTempSubdirectory("emulation-signing").FullName;
        var path = Path.Combine(folder, "ky-so.p12");
        using (var certificate = TestCertificate())
        {
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, Password));
        }

        await using var app = new EmulationAppFactory(("Signing:CertificatePath", path), ("Signing:Password", Password));
        var detail = await DecisionScenario.IssueAsync(app, "804/QĐ-VP", Title.AdvancedWorker, 1);
        var decision = (await app.Service<DecisionDocumentService>().GetPdfAsync(TestActors.Leader, detail.Decision.Id))!.Content;
        var ids = await DecisionScenario.NominateAsync(app, Title.ProvincialCertificateOfMerit, 1);
        var sent = await app.Service<Web.Services.Proposals.ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            new Web.Services.Proposals.ProposalInput { Number = "70/TTr-VP", Date = new DateTime(2026, 12, 15), Recipient = "Chủ tịch UBND tỉnh" });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        var package = (await app.Service<Web.Documents.Proposals.ProposalDocumentService>().GetPackagePdfAsync(TestActors.Officer, sent.Value))!.Content;

        using (var poppler = new Poppler(decision))
        {
            var output = poppler.Signatures().Output;
            Assert.Contains("Signature is Valid.", output, StringComparison.Ordinal);
            Assert.Contains("Common Name: " + Signer, output, StringComparison.Ordinal);
        }

        using (var poppler = new Poppler(package))
        {
            var output = poppler.Signatures().Output;
            Keep("pdfsig-dossier.txt", output);
            Assert.Contains("Signature Type: ETSI.CAdES.detached", output, StringComparison.Ordinal);
            Assert.Contains("Signature is Valid.", output, StringComparison.Ordinal);
            Assert.Contains("Common Name: " + Signer, output, StringComparison.Ordinal);
        }

        var page = System.Net.WebUtility.HtmlDecode(await app.CreateCookieClient().GetStringAsync("/verify/" + detail.Lines[0].VerificationCode));
        Assert.Contains($"Bản điện tử của quyết định được ký số bởi {Signer}.", page, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
