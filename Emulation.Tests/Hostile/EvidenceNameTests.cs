using System.Net;
using Emulation.Domain.Results;
using Emulation.Tests.Evidence;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.EvidenceFiles;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Issue #16, item 7: a file is what its name says. The stored and served name take the extension of the type found
/// in the content, and Content-Disposition carries no control characters or bidirectional marks.
/// </summary>
public sealed class EvidenceNameTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;

    private async Task<(int Id, string StoredName)> UploadPdfAsync(string name)
    {
        var th = await _app.UnitIdAsync("TH");
        var uploaded = await _app.Service<EvidenceService>().UploadAsync(TestActors.HeadOf(th), 1, th, null, name,
            new MemoryStream(SampleFiles.Pdf()));
        await using var db = await _app.DbAsync();
        return (uploaded.Value, await db.Evidence.Where(e => e.Id == uploaded.Value).Select(e => e.FileName).SingleAsync());
    }

    [Fact]
    public async Task PdfNamedHta_IsStoredAndServedAsPdf()
    {
        var (id, stored) = await UploadPdfAsync("evidence.hta");
        using var client = await _app.SignedInClientAsync("tp.th");

        var response = await client.GetAsync($"/documents/evidence/{id}");

        Assert.Equal("evidence.pdf", stored);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("evidence.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task UploadNamedWithABidiOverride_IsRefused()
    {
        var th = await _app.UnitIdAsync("TH");

        var uploaded = await _app.Service<EvidenceService>().UploadAsync(TestActors.HeadOf(th), 1, th, null,
            "bao-cao\u202Efdp.exe", new MemoryStream(SampleFiles.Pdf()));

        Assert.Contains(uploaded.Errors, e => e.Code == "evidence.name_invalid");
    }

    [Theory]
    [InlineData("Biên bản.pdf", EvidenceKind.Pdf, "Biên bản.pdf")]
    [InlineData("anh.JPEG", EvidenceKind.Jpeg, "anh.JPEG")]
    [InlineData("anh.png", EvidenceKind.Jpeg, "anh.jpg")]
    [InlineData("bao-cao", EvidenceKind.Docx, "bao-cao.docx")]
    [InlineData("evidence.pdf.hta", EvidenceKind.Pdf, "evidence.pdf.pdf")]
    public void StoredName_TakesTheDetectedTypesExtension(string name, EvidenceKind kind, string expected)
    {
        Assert.Equal(expected, Emulation.Domain.Results.Evidence.NamedAs(name, kind));
    }

    [Fact]
    public void DownloadName_OfAStoredNameWithControlAndBidiMarks_HasThemTakenOut_AndTheServedExtension()
    {
        var name = Emulation.Domain.Results.Evidence.DownloadName("bao\u0000cao\u202Egpj.hta", "application/pdf");

        Assert.Equal("baocaogpj.pdf", name);
    }
}
