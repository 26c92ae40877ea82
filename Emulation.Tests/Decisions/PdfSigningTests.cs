using System.Security.Cryptography;
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
/// The decision PDF signed digitally (PDFsharp's signature support, a CMS with the CAdES signed attributes) with a
/// certificate the test makes, checked by an independent tool: poppler's pdfsig. Unsigned when none is configured.
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
        Assert.Contains("Signature Validation: Signature is Valid.", output, StringComparison.Ordinal);
        Assert.Contains("Total document signed", output, StringComparison.Ordinal);
        Assert.Contains("Số: 801/QĐ-VP", poppler.Text(), StringComparison.Ordinal);
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
            Assert.Contains("Signature is Valid.", output, StringComparison.Ordinal);
            Assert.Contains("Common Name: " + Signer, output, StringComparison.Ordinal);
        }

        var page = System.Net.WebUtility.HtmlDecode(await app.CreateCookieClient().GetStringAsync("/verify/" + detail.Lines[0].VerificationCode));
        Assert.Contains($"Bản điện tử của quyết định được ký số bởi {Signer}.", page, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
