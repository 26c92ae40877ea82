using System.Security.Cryptography.X509Certificates;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Trust;

/// <summary>
/// The keys that sign every sign-in cookie live in the database. With a certificate under <c>DataProtection</c> they are
/// stored encrypted, so a copy of the database alone cannot forge a cookie; a certificate that cannot be loaded stops the
/// start instead of leaving them readable.
/// </summary>
public sealed class SignInKeyProtectionTests
{
    private const string Password = "bao-ve-khoa";

    // No demo data: the app starts on an empty database of its own, whose first key is made under the setting.
    private static readonly (string, string) EmptyDatabase = ("Emulation:SeedDemoData", "false");

    [Fact]
    public async Task WithACertificateConfigured_TheKeyIsStoredEncrypted_AndStillProtectsAndReads()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("emulation-keys").FullName, "khoa.p12");
        using (var certificate = PdfSigningTests.TestCertificate("Bảo vệ khóa đăng nhập"))
        {
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, Password));
        }

        await using var app = new EmulationAppFactory(EmptyDatabase, ("DataProtection:CertificatePath", path),
            ("DataProtection:Password", Password));
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("thu-nghiem");

        Assert.Equal("Phiếu đăng nhập", protector.Unprotect(protector.Protect("Phiếu đăng nhập")));
        await using var db = await app.DbAsync();
        var key = Assert.Single(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.Contains("<encryptedSecret", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutOne_TheKeyIsStoredAsPlainXml()
    {
        await using var app = new EmulationAppFactory(EmptyDatabase);
        _ = app.Services;

        await using var db = await app.DbAsync();
        var key = Assert.Single(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.Contains("<masterKey", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACertificateThatCannotBeLoaded_StopsTheStart()
    {
        var missing = Path.Combine(Path.GetTempPath(), "emulation-keys-" + Guid.NewGuid().ToString("N"), "khong-co.p12");
        await using var app = new EmulationAppFactory(EmptyDatabase, ("DataProtection:CertificatePath", missing));

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("khong-co.p12", failure.ToString(), StringComparison.Ordinal);
    }
}
