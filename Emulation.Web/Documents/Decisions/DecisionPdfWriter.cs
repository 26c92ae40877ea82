using System.Globalization;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Pen = Emulation.Web.Documents.PledgePdfWriter.Pen;

namespace Emulation.Web.Documents.Decisions;

/// <summary>The decision as an A4 PDF with the same content as the Word file, drawn with the pledge's pen and header.</summary>
public sealed class DecisionPdfWriter(IOptions<DocumentOptions> options)
{
    private static readonly double[] AnnexColumns = [30, 130, 115, 115, 63];

    public byte[] Write(DecisionDocument document)
    {
        DocumentFontResolver.Install(options.Value.FontFolder);
        using var pdf = new PdfDocument();
        pdf.Info.Title = "Quyết định số " + document.Number;
        pdf.Info.Subject = document.Subject;
        using (var page = new Pen(pdf))
        {
            PledgePdfWriter.Header(page, document.GoverningAgency, document.IssuerName, document.Number,
                document.PlaceAndDate);
            page.Skip(14);
            page.Centered("QUYẾT ĐỊNH", page.Font(13, XFontStyleEx.Bold));
            page.Centered(document.Subject, page.Font(12, XFontStyleEx.Bold));
            page.Skip(8);
            page.Centered(document.Authority, page.Font(12, XFontStyleEx.Bold));
            page.Skip(6);
            foreach (var basis in document.Bases)
            {
                page.Paragraph(basis, page.Font(11.5, XFontStyleEx.Italic));
            }

            page.Skip(4);
            page.Centered("QUYẾT ĐỊNH:", page.Font(12, XFontStyleEx.Bold));
            page.Skip(4);
            for (var i = 0; i < document.Articles.Count; i++)
            {
                page.Paragraph($"Điều {(i + 1).ToString(CultureInfo.InvariantCulture)}. {document.Articles[i]}", page.Font(12));
            }

            Signature(page, document);
            page.NewPage();
            page.Centered(document.AnnexHeading, page.Font(12, XFontStyleEx.Bold));
            page.Centered(document.AnnexNote, page.Font(10.5, XFontStyleEx.Italic));
            page.Skip(8);
            Annex(page, document);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private static void Signature(Pen page, DecisionDocument document)
    {
        if (!page.Fits(120))
        {
            page.NewPage();
        }

        page.Skip(12);
        var top = page.Y;
        var leftWidth = page.Width * 0.45;
        var right = page.Left + leftWidth;
        var rightWidth = page.Width - leftWidth;
        page.Block("Nơi nhận:", page.Font(10.5, XFontStyleEx.BoldItalic), page.Left, leftWidth, XStringFormats.TopLeft);
        page.Block("- Như Điều 3;", page.Font(10), page.Left, leftWidth, XStringFormats.TopLeft);
        page.Block("- Lưu: VT, TĐKT.", page.Font(10), page.Left, leftWidth, XStringFormats.TopLeft);
        page.Y = top;
        page.Block(AdministrativeText.Upper(document.SignerPosition), page.Font(12, XFontStyleEx.Bold), right, rightWidth,
            XStringFormats.TopCenter);
        page.Skip(60);
        page.Block(document.SignerName, page.Font(12, XFontStyleEx.Bold), right, rightWidth, XStringFormats.TopCenter);
    }

    private static void Annex(Pen page, DecisionDocument document)
    {
        var bold = page.Font(10, XFontStyleEx.Bold);
        var regular = page.Font(10);
        XStringFormat[] headAlign = [.. Enumerable.Repeat(XStringFormats.TopCenter, 5)];
        XStringFormat[] bodyAlign = [XStringFormats.TopCenter, XStringFormats.TopLeft, XStringFormats.TopLeft,
            XStringFormats.TopLeft, XStringFormats.TopRight];
        string[] head = [.. DecisionDocument.AnnexColumns];
        page.TableRow(AnnexColumns, head, bold, headAlign);
        foreach (var row in document.Rows)
        {
            string[] cells = [row.Number.ToString(CultureInfo.InvariantCulture), row.Recipient, row.Unit, row.Title, row.Cash];
            if (!page.Fits(page.RowHeight(AnnexColumns, cells, regular)))
            {
                page.NewPage();
                page.TableRow(AnnexColumns, head, bold, headAlign);
            }

            page.TableRow(AnnexColumns, cells, regular, bodyAlign);
        }

        page.TableRow(AnnexColumns, ["", "Tổng cộng", "", "", document.TotalCash], bold, bodyAlign);
    }
}
