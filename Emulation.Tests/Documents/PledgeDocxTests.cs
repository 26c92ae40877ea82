using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emulation.Web.Documents;

namespace Emulation.Tests.Documents;

/// <summary>The Word file carries the Decree 30 header, the unit's targets in Vietnamese notation, in Times New Roman.</summary>
public sealed class PledgeDocxTests(PledgeDocumentFixture fixture) : IClassFixture<PledgeDocumentFixture>
{
    [Fact]
    public void SubmittedPledge_HasTheNationalMottoAgencyUnitAndNumber()
    {
        var lines = Paragraphs(fixture.SubmittedDocx);

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", lines);
        Assert.Contains("VĂN PHÒNG UBND TỈNH", lines);
        Assert.Contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", lines);
        Assert.Contains("Số: …/ĐK-HCC", lines);
    }

    [Fact]
    public void SubmittedPledge_HasTheTitleWithTheCampaignYear_AndNoDraftMark()
    {
        var lines = Paragraphs(fixture.SubmittedDocx);

        Assert.Contains("BẢN ĐĂNG KÝ THI ĐUA NĂM 2026", lines);
        Assert.Contains("Phong trào thi đua thực hiện nhiệm vụ năm 2026", lines);
        Assert.DoesNotContain(PledgeDocument.DraftMark, lines);
        Assert.Matches(@"^Quảng Trị, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm 2026$",
            lines.Single(l => l.StartsWith("Quảng Trị, ngày", StringComparison.Ordinal)));
    }

    [Fact]
    public void SubmittedPledge_ListsEveryTargetCriterionWithItsVietnameseFormattedTarget()
    {
        var rows = TableRows(fixture.SubmittedDocx);

        Assert.Equal(["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu đăng ký"], rows[0]);
        Assert.Equal(["1", "Văn bản đến được xử lý", "văn bản", "2.880"], rows[1]);
        Assert.Equal(["2", "Văn bản tham mưu ban hành", "văn bản", "1.080"], rows[2]);
        Assert.Equal(["3", "Cuộc họp, hội nghị được phục vụ", "cuộc", "54"], rows[3]);
        Assert.Equal(["4", "Thủ tục hành chính được công bố", "thủ tục", "24"], rows[4]);
        Assert.Equal(["5", "Tỷ lệ hồ sơ, văn bản xử lý đúng hạn", "%", "98"], rows[5]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void SubmittedPledge_IsSignedByTheUnitHead()
    {
        var lines = Paragraphs(fixture.SubmittedDocx);

        Assert.Contains("GIÁM ĐỐC", lines);
        var signer = lines.SkipWhile(l => l != "(Ký, ghi rõ họ tên)").Skip(1).First();
        Assert.Matches(@"^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)+$", signer);
    }

    [Fact]
    public void Pledge_ListsTheTitlesRegisteredForTheUnitAndForNamedStaff()
    {
        var lines = Paragraphs(fixture.DraftDocx);
        var names = fixture.StaffTitleNames;

        Assert.Contains("Danh hiệu thi đua đăng ký cho tập thể: Tập thể lao động xuất sắc.", lines);
        Assert.Contains("Danh hiệu thi đua đăng ký cho cá nhân:", lines);
        Assert.Contains($"- Lao động tiên tiến (2 người): {names[0]}, {names[1]}.", lines);
        Assert.Contains($"- Giấy khen (1 người): {names[2]}.", lines);
    }

    [Fact]
    public void DraftPledge_IsMarkedAsDraft_WithDecimalTargetsInVietnameseNotation()
    {
        var lines = Paragraphs(fixture.DraftDocx);
        var rows = TableRows(fixture.DraftDocx);

        Assert.Contains(PledgeDocument.DraftMark, lines);
        Assert.Contains("PHÒNG TỔNG HỢP", lines);
        Assert.Contains("TRƯỞNG PHÒNG", lines);
        Assert.Equal("98,5", rows.Single(r => r[1] == "Tỷ lệ hồ sơ, văn bản xử lý đúng hạn")[3]);
        Assert.Equal("dang-ky-thi-dua-2026-TH.docx", fixture.DraftDocx.FileName);
    }

    [Fact]
    public void EveryRun_IsInTimesNewRoman_OnAnA4Page()
    {
        using var word = Open(fixture.SubmittedDocx);
        var document = word.MainDocumentPart!.Document!;
        var runs = document.Descendants<Run>().ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, run =>
        {
            var fonts = run.RunProperties?.RunFonts;
            Assert.Equal("Times New Roman", fonts?.Ascii?.Value);
            Assert.Equal("Times New Roman", fonts?.HighAnsi?.Value);
        });
        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!;
        Assert.Equal("Times New Roman", defaults.Descendants<RunFonts>().Single().Ascii?.Value);
        var page = document.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public void Motto_IsBoldAndUnderlined_AndTheTitleIsBoldAndCentred()
    {
        using var word = Open(fixture.SubmittedDocx);
        var runs = word.MainDocumentPart!.Document!.Descendants<Run>().ToList();

        var motto = runs.Single(r => r.InnerText == "Độc lập - Tự do - Hạnh phúc");
        Assert.NotNull(motto.RunProperties!.Bold);
        Assert.Equal(UnderlineValues.Single, motto.RunProperties.Underline!.Val!.Value);
        var title = runs.Single(r => r.InnerText == "BẢN ĐĂNG KÝ THI ĐUA NĂM 2026");
        Assert.NotNull(title.RunProperties!.Bold);
        Assert.Equal(JustificationValues.Center,
            title.Ancestors<Paragraph>().Single().ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void AimedTitles_AreListedWhenTheUnitNamesAny()
    {
        var document = SamplePledge.WithAimedTitle();
        var file = new DocumentFile("x.docx", DocumentFile.DocxContentType, new PledgeDocxWriter().Write(document));

        var lines = Paragraphs(file);

        Assert.Contains("Danh hiệu thi đua đăng ký cho tập thể: Tập thể lao động xuất sắc.", lines);
        Assert.Contains("Quảng Trị, ngày 05 tháng 3 năm 2026", lines);
    }

    private static WordprocessingDocument Open(DocumentFile file) =>
        WordprocessingDocument.Open(new MemoryStream(file.Content), isEditable: false);

    private static List<string> Paragraphs(DocumentFile file)
    {
        using var word = Open(file);
        return [.. word.MainDocumentPart!.Document!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    /// <summary>The cells of the bordered targets table (the second table; the first is the header).</summary>
    private static List<string[]> TableRows(DocumentFile file)
    {
        using var word = Open(file);
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ElementAt(1);
        return [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];
    }
}
