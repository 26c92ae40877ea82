using Emulation.Tests.Documents;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Decisions;

/// <summary>The certificate draws its Vietnamese marks (checked on the rendered image, not the text) and its QR code decodes.</summary>
public sealed class CertificatePdfTests
{
    private const string VerificationUrl = "https://thidua.example.vn/verify/Qx7-_abcdefghijklmnopq";
    private static readonly CertificatePdfWriter Writer = new(Options.Create(new DocumentOptions()));

    public static Certificate Sample(string recipient) => new()
    {
        Heading = "GIẤY CHỨNG NHẬN",
        IssuerAuthority = "Chánh Văn phòng UBND tỉnh",
        RecipientName = recipient,
        UnitName = "Phòng Tổng hợp",
        Achievement = "Đạt danh hiệu \u201CChiến sĩ thi đua cơ sở\u201D năm 2026",
        DecisionNumber = "321/QĐ-VP",
        DecisionDate = new DateOnly(2026, 12, 20),
        Place = "Quảng Trị",
        SignerPosition = "Chánh Văn phòng",
        SignerName = "Trần Quốc Bảo",
        VerificationUrl = VerificationUrl,
    };

    [Fact]
    public void StackedMarks_AreDrawnAboveTheLetters_NotDroppedOrBoxed()
    {
        // Same certificate twice; only the recipient line differs: with and without its diacritics.
        var accented = GrayImage.RenderFirstPage(Writer.Write(Sample("Chiến sĩ thi đua")), 200);
        var plain = GrayImage.RenderFirstPage(Writer.Write(Sample("Chien si thi dua")), 200);
        Assert.Equal((plain.Width, plain.Height), (accented.Width, accented.Height));

        // The rows where the two pages differ are the recipient line.
        var differing = Enumerable.Range(0, plain.Height)
            .Where(y => Enumerable.Range(0, plain.Width).Any(x => Math.Abs(plain[x, y] - accented[x, y]) > 64)).ToList();
        Assert.NotEmpty(differing);
        // Columns where the pages differ: the recipient's name, clear of the frame.
        var columns = Enumerable.Range(0, plain.Width)
            .Where(x => differing.Any(y => Math.Abs(plain[x, y] - accented[x, y]) > 64)).ToList();
        var left = columns.Min();
        var width = columns.Max() - left + 1;
        bool Blank(int y) => Enumerable.Range(left, width).All(x => !plain.IsInk(x, y) && !accented.IsInk(x, y));
        var top = differing.Min();
        while (top > 0 && !Blank(top - 1))
        {
            top--;
        }

        var bottom = differing.Max();
        while (bottom < plain.Height - 1 && !Blank(bottom + 1))
        {
            bottom++;
        }

        Assert.True(bottom - top < 160, $"Only the recipient line should differ, not rows {top}..{bottom}.");

        int FirstInkRow(GrayImage image) =>
            Enumerable.Range(top, bottom - top + 1).First(y => Enumerable.Range(left, width).Any(x => image.IsInk(x, y)));
        var plainInk = Enumerable.Range(top, bottom - top + 1).Sum(y => Enumerable.Range(left, width).Count(x => plain.IsInk(x, y)));
        var marks = Enumerable.Range(top, bottom - top + 1)
            .Sum(y => Enumerable.Range(left, width).Count(x => accented.IsInk(x, y) && !plain.IsInk(x, y)));

        // "ế" carries a circumflex with an acute stacked on it, reaching above the capital C and the ascenders of h, t, d:
        // when the marks are lost (the DejaVu subsetting trap) or replaced by boxes, nothing rises above them.
        Assert.True(FirstInkRow(accented) <= FirstInkRow(plain) - 2,
            $"Marks should rise above the letters: accented line starts at row {FirstInkRow(accented)}, plain at {FirstInkRow(plain)}.");
        // ế, ĩ and đ keep the advance widths of e, i and d, so the letters stay in place and the new ink is the marks.
        Assert.True(marks > plainInk * 0.02, $"The marks add ink: {marks} new dark pixels over {plainInk} in the plain line.");
    }

    [Fact]
    public void DecisionLine_StaysInsideTheInnerFrame_EvenWithALongNumber()
    {
        const int dpi = 100;
        var shortNumber = GrayImage.RenderFirstPage(Writer.Write(Sample("Nguyễn Thị Hồng") with { DecisionNumber = "1/QĐ" }), dpi);
        var longNumber = GrayImage.RenderFirstPage(
            Writer.Write(Sample("Nguyễn Thị Hồng") with { DecisionNumber = "12345/QĐ-UBND-VPTĐKT" }), dpi);

        var columns = Enumerable.Range(0, shortNumber.Width)
            .Where(x => Enumerable.Range(0, shortNumber.Height).Any(y => Math.Abs(shortNumber[x, y] - longNumber[x, y]) > 64))
            .ToList();

        // The inner frame is drawn 34 points in from the page's edge, 0.8 points wide.
        var innerFrame = (int)Math.Ceiling((34 + 0.8) * dpi / 72.0);
        Assert.NotEmpty(columns);
        Assert.True(columns.Min() > innerFrame + 1, $"The decision line reaches column {columns.Min()}, the frame is at {innerFrame}.");
    }

    [Fact]
    public void QrCode_DecodesFromTheRenderedPage_ToTheVerificationAddress()
    {
        var page = GrayImage.RenderFirstPage(Writer.Write(Sample("Nguyễn Thị Hồng")), 150);

        Assert.Equal(VerificationUrl, page.DecodeQr());
    }

    [Fact]
    public void Text_HasTheHeadingRecipientAchievementAndDecision()
    {
        using var poppler = new Poppler(Writer.Write(Sample("Nguyễn Thị Hồng")));

        var text = poppler.Text();

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("GIẤY CHỨNG NHẬN", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Hồng", text, StringComparison.Ordinal);
        Assert.Contains("Chiến sĩ thi đua cơ sở", text, StringComparison.Ordinal);
        Assert.Contains("Quyết định số 321/QĐ-VP", text, StringComparison.Ordinal);
        Assert.Contains("ngày 20/12/2026", text, StringComparison.Ordinal);
        Assert.Contains("Quảng Trị, ngày 20 tháng 12 năm 2026", text, StringComparison.Ordinal);
    }
}
