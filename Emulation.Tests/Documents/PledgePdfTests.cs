using System.Buffers.Binary;
using Emulation.Web.Documents;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf.IO;

namespace Emulation.Tests.Documents;

/// <summary>The PDF has the same content on one A4 page, and poppler can render and read it.</summary>
public sealed class PledgePdfTests(PledgeDocumentFixture fixture) : IClassFixture<PledgeDocumentFixture>
{
    [Fact]
    public void SubmittedPledge_IsOneA4Page()
    {
        using var pdf = PdfReader.Open(new MemoryStream(fixture.SubmittedPdf.Content), PdfDocumentOpenMode.Import);

        Assert.Equal(1, pdf.PageCount);
        var page = pdf.Pages[0];
        Assert.Equal(595, page.Width.Point, 0);
        Assert.Equal(842, page.Height.Point, 0);
        Assert.Equal("dang-ky-thi-dua-2026-HCC.pdf", fixture.SubmittedPdf.FileName);
    }

    [Fact]
    public void FirstPage_RendersToAnA4ShapedImageWithInk()
    {
        using var poppler = new Poppler(fixture.SubmittedPdf.Content);

        var png = File.ReadAllBytes(poppler.RenderFirstPage(80));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        Assert.InRange(width, 655, 665);
        Assert.InRange(height, 930, 940);
        // A blank A4 page at 80 dpi compresses to a few hundred bytes; a page of text to tens of kilobytes.
        Assert.True(png.Length > 15_000, $"The page image is only {png.Length} bytes: is the text drawn?");
    }

    [Fact]
    public void DraftPdf_ListsTheTitlesRegisteredForTheUnitAndForNamedStaff()
    {
        using var poppler = new Poppler(fixture.DraftPdf.Content);

        var text = string.Join(' ', poppler.Text().Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains("Danh hiệu thi đua đăng ký cho tập thể: Tập thể lao động xuất sắc.", text, StringComparison.Ordinal);
        Assert.Contains($"Giấy khen (1 người): {fixture.StaffTitleNames[2]}.", text, StringComparison.Ordinal);
        Assert.Contains("Lao động tiên tiến (2 người):", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_HasTheHeaderTitleAndTargets()
    {
        using var poppler = new Poppler(fixture.SubmittedPdf.Content);

        var text = poppler.Text();

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("VĂN PHÒNG UBND TỈNH", text, StringComparison.Ordinal);
        Assert.Contains("Số: …/ĐK-HCC", text, StringComparison.Ordinal);
        Assert.Contains("BẢN ĐĂNG KÝ THI ĐUA NĂM 2026", text, StringComparison.Ordinal);
        Assert.Contains("Văn bản đến được xử lý", text, StringComparison.Ordinal);
        Assert.Contains("2.880", text, StringComparison.Ordinal);
        Assert.Contains("GIÁM ĐỐC", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PledgeDocument.DraftMark, text, StringComparison.Ordinal);
    }

    [Fact]
    public void DraftPledge_SaysSoAndShowsDecimalTargets()
    {
        using var poppler = new Poppler(fixture.DraftPdf.Content);

        var text = poppler.Text();

        Assert.Contains(PledgeDocument.DraftMark, text, StringComparison.Ordinal);
        Assert.Contains("PHÒNG TỔNG HỢP", text, StringComparison.Ordinal);
        Assert.Contains("98,5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AimedTitles_AreListedWhenTheUnitNamesAny()
    {
        var pdf = new PledgePdfWriter(Options.Create(new DocumentOptions())).Write(SamplePledge.WithAimedTitle());
        using var poppler = new Poppler(pdf);

        var text = poppler.Text();

        Assert.Contains("Danh hiệu thi đua đăng ký cho tập thể: " + SamplePledge.AimedTitle + ".", text, StringComparison.Ordinal);
        Assert.Contains("Quảng Trị, ngày 05 tháng 3 năm 2026", text, StringComparison.Ordinal);
    }

    /// <summary>The letters whose marks stack (a hat or breve with a tone mark above, or a dot below).</summary>
    public const string StackedMarks = "Kiến nghị, thống nhất, đồng chí, sắc lệnh, đất nước, nặng nhọc, những người";

    [Fact]
    public void Pdf_IsSetInTimesNewRoman_OrLiberationSerif_AndDrawsTheStackedVietnameseMarks()
    {
        var pdf = new PledgePdfWriter(Options.Create(new DocumentOptions()))
            .Write(SamplePledge.WithAimedTitle() with { Rows = [new PledgeDocumentRow(1, StackedMarks, "việc", 12m)] });
        using var poppler = new Poppler(pdf);

        var fonts = poppler.Fonts();
        Assert.Matches(@"\+(Times ?New ?Roman|Liberation ?Serif)", fonts);
        Assert.DoesNotContain("Noto", fonts, StringComparison.Ordinal);
        var words = poppler.Text().Split((char[])[' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        Assert.All(StackedMarks.Split((char[])[' ', ','], StringSplitOptions.RemoveEmptyEntries), word => Assert.Contains(word, words));
        var page = poppler.RenderPages(Path.Combine(Architecture.DomainPurityTests.RepositoryRoot(), "artifacts", "screenshots"),
            "pdf-font-vietnamese", 150);
        Assert.True(new FileInfo(Assert.Single(page)).Length > 20_000, "the page is drawn");
    }

    [Fact]
    public void MissingFonts_FailWithTheDebianPackageToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("emulation-no-fonts").FullName;

        var error = Assert.Throws<DocumentFontsMissingException>(() => DocumentFontResolver.Find(DocumentFontResolver.SearchFolders(empty)));

        Assert.Contains("apt-get install fonts-liberation2", error.Message, StringComparison.Ordinal);
        Assert.Equal([empty], error.Searched);
        Directory.Delete(empty);
    }
}
