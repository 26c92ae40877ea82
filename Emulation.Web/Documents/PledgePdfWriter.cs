using System.Globalization;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Emulation.Web.Documents;

/// <summary>
/// Writes a <see cref="PledgeDocument"/> as an A4 PDF with the same content and layout as the Word file, in Times New
/// Roman or its metric twin Liberation Serif (<see cref="DocumentFontResolver"/>: PDFsharp embeds what it draws).
/// </summary>
public sealed class PledgePdfWriter(IOptions<DocumentOptions> options)
{
    private const double MarginLeft = 85; // 30 mm
    private const double MarginRight = 57; // 20 mm
    private const double MarginTop = 57;
    private const double MarginBottom = 57;
    private const double HeaderLeftWidth = 170;
    private const double CellPadding = 4;
    private static readonly double[] TargetColumns = [34, 239, 80, 100];

    public byte[] Write(PledgeDocument document)
    {
        DocumentFontResolver.Install(options.Value.FontFolder);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title + " - " + document.UnitName;
        pdf.Info.Subject = document.CampaignName;
        using (var page = new Pen(pdf))
        {
            Header(page, document);
            if (document.IsDraft)
            {
                page.Skip(8);
                page.Centered(PledgeDocument.DraftMark, page.Font(12, XFontStyleEx.Bold));
            }

            page.Skip(14);
            page.Centered(document.Title, page.Font(13, XFontStyleEx.Bold));
            page.Centered(document.CampaignName, page.Font(12, XFontStyleEx.Bold));
            page.Skip(6);
            page.Centered("Kính gửi: " + document.Recipient, page.Font(12));
            page.Skip(10);
            page.Paragraph(document.Introduction, page.Font(12));
            page.Skip(6);
            TargetsTable(page, document.Rows);
            page.Skip(6);
            if (document.AimedTitles.Count > 0)
            {
                page.Paragraph(PledgeDocument.UnitTitlesLead + string.Join("; ", document.AimedTitles) + ".", page.Font(12));
            }

            if (document.StaffTitles.Count > 0)
            {
                page.Paragraph(PledgeDocument.StaffTitlesLead, page.Font(12));
                foreach (var staffTitle in document.StaffTitles)
                {
                    page.Paragraph("- " + staffTitle.Line, page.Font(12));
                }
            }

            page.Paragraph(document.Commitment, page.Font(12));
            Signature(page, document);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private static void Header(Pen page, PledgeDocument document) =>
        Header(page, document.AgencyName, document.UnitName, document.Number, document.PlaceAndDate);

    /// <summary>The Decree 30 header, as <see cref="PledgeDocxWriter.HeaderTable(string, string, string, string)"/> lays it out.</summary>
    internal static void Header(Pen page, string agencyName, string unitName, string number, string placeAndDate)
    {
        var left = page.Left;
        var right = page.Left + HeaderLeftWidth;
        var rightWidth = page.Width - HeaderLeftWidth;
        var top = page.Y;

        var header = page.Font(10.5, XFontStyleEx.Bold);
        if (agencyName.Length > 0)
        {
            page.Block(AdministrativeText.Upper(agencyName), header, left, HeaderLeftWidth, XStringFormats.TopCenter);
        }

        page.Block(AdministrativeText.Upper(unitName), header, left, HeaderLeftWidth, XStringFormats.TopCenter);
        var leftBottom = page.Y;

        page.Y = top;
        page.Block(AdministrativeText.NationalName, page.Font(10.5, XFontStyleEx.Bold), right, rightWidth,
            XStringFormats.TopCenter);
        var motto = page.Font(11, XFontStyleEx.Bold);
        page.Block(AdministrativeText.Motto, motto, right, rightWidth, XStringFormats.TopCenter);
        var mottoWidth = page.Measure(AdministrativeText.Motto, motto);
        var underline = page.Y - 1.5;
        page.Rule(right + ((rightWidth - mottoWidth) / 2), underline, right + ((rightWidth + mottoWidth) / 2), underline);

        page.Y = Math.Max(leftBottom, page.Y) + 8;
        var second = page.Y;
        page.Block("Số: " + number, page.Font(11), left, HeaderLeftWidth, XStringFormats.TopCenter);
        var numberBottom = page.Y;
        page.Y = second;
        page.Block(placeAndDate, page.Font(11.5, XFontStyleEx.Italic), right, rightWidth, XStringFormats.TopCenter);
        page.Y = Math.Max(numberBottom, page.Y);
    }

    private static void TargetsTable(Pen page, IReadOnlyList<PledgeDocumentRow> rows)
    {
        string[] head = ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu đăng ký"];
        XStringFormat[] headAlign = [XStringFormats.TopCenter, XStringFormats.TopCenter, XStringFormats.TopCenter,
            XStringFormats.TopCenter];
        XStringFormat[] bodyAlign = [XStringFormats.TopCenter, XStringFormats.TopLeft, XStringFormats.TopCenter,
            XStringFormats.TopRight];
        var bold = page.Font(11, XFontStyleEx.Bold);
        var regular = page.Font(11);

        page.TableRow(TargetColumns, head, bold, headAlign);
        foreach (var row in rows)
        {
            string[] cells = [row.Number.ToString(CultureInfo.InvariantCulture), row.Criterion, row.UnitOfMeasure,
                row.TargetText];
            if (!page.Fits(page.RowHeight(TargetColumns, cells, regular)))
            {
                page.NewPage();
                page.TableRow(TargetColumns, head, bold, headAlign);
            }

            page.TableRow(TargetColumns, cells, regular, bodyAlign);
        }
    }

    private static void Signature(Pen page, PledgeDocument document)
    {
        const double needed = 130;
        if (!page.Fits(needed))
        {
            page.NewPage();
        }

        page.Skip(12);
        var top = page.Y;
        var leftWidth = page.Width * 0.45;
        var rightWidth = page.Width - leftWidth;
        var right = page.Left + leftWidth;

        page.Block("Nơi nhận:", page.Font(10.5, XFontStyleEx.BoldItalic), page.Left, leftWidth, XStringFormats.TopLeft);
        page.Block("- Như trên;", page.Font(10), page.Left, leftWidth, XStringFormats.TopLeft);
        page.Block($"- Lưu: VT, {document.UnitCode}.", page.Font(10), page.Left, leftWidth, XStringFormats.TopLeft);

        page.Y = top;
        page.Block(document.SignerTitle, page.Font(12, XFontStyleEx.Bold), right, rightWidth, XStringFormats.TopCenter);
        page.Block("(Ký, ghi rõ họ tên)", page.Font(11, XFontStyleEx.Italic), right, rightWidth, XStringFormats.TopCenter);
        page.Skip(56);
        if (document.SignerName is { Length: > 0 } name)
        {
            page.Block(name, page.Font(12, XFontStyleEx.Bold), right, rightWidth, XStringFormats.TopCenter);
        }
    }

    /// <summary>A cursor down A4 pages: wraps text to a width, draws table rows, and turns the page when full.</summary>
    internal sealed class Pen(PdfDocument pdf) : IDisposable
    {
        private readonly Dictionary<(double, XFontStyleEx), XFont> _fonts = [];
        private readonly XPen _line = new(XColors.Black, 0.6);
        private XGraphics _graphics = Start(pdf);

        public double Left => MarginLeft;

        public double Width => _graphics.PageSize.Width - MarginLeft - MarginRight;

        public double Y { get; set; } = MarginTop;

        public XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular)
        {
            if (!_fonts.TryGetValue((size, style), out var font))
            {
                font = new XFont(DocumentFontResolver.FamilyName, size, style);
                _fonts[(size, style)] = font;
            }

            return font;
        }

        public double Measure(string text, XFont font) => _graphics.MeasureString(text, font).Width;

        public void Skip(double points) => Y += points;

        public bool Fits(double height) => Y + height <= _graphics.PageSize.Height - MarginBottom;

        public void NewPage()
        {
            _graphics.Dispose();
            _graphics = Start(pdf);
            Y = MarginTop;
        }

        public void Rule(double x1, double y1, double x2, double y2) => _graphics.DrawLine(_line, x1, y1, x2, y2);

        public void Centered(string text, XFont font) => Block(text, font, Left, Width, XStringFormats.TopCenter);

        /// <summary>Wrapped text in a column, each line aligned by <paramref name="align"/>; moves the cursor below it.</summary>
        public void Block(string text, XFont font, double x, double width, XStringFormat align)
        {
            foreach (var line in Wrap(text, font, width))
            {
                if (!Fits(LineHeight(font)))
                {
                    NewPage();
                }

                _graphics.DrawString(line, font, XBrushes.Black, new XRect(x, Y, width, LineHeight(font)), align);
                Y += LineHeight(font);
            }
        }

        /// <summary>A body paragraph: first line indented, the rest full width.</summary>
        public void Paragraph(string text, XFont font)
        {
            const double indent = 28;
            var lines = Wrap(text, font, Width - indent);
            var first = lines[0];
            var rest = string.Join(' ', lines.Skip(1));
            _graphics.DrawString(first, font, XBrushes.Black, new XRect(Left + indent, Y, Width - indent, LineHeight(font)),
                XStringFormats.TopLeft);
            Y += LineHeight(font);
            if (rest.Length > 0)
            {
                Block(rest, font, Left, Width, XStringFormats.TopLeft);
            }

            Y += 4;
        }

        public double RowHeight(double[] widths, string[] cells, XFont font) =>
            (widths.Select((w, i) => Wrap(cells[i], font, w - (2 * CellPadding)).Count).Max() * LineHeight(font)) +
            (2 * CellPadding);

        /// <summary>One bordered table row; cells wrap and the row is as tall as its tallest cell.</summary>
        public void TableRow(double[] widths, string[] cells, XFont font, XStringFormat[] align)
        {
            var height = RowHeight(widths, cells, font);
            var x = Left;
            for (var i = 0; i < widths.Length; i++)
            {
                _graphics.DrawRectangle(_line, x, Y, widths[i], height);
                var y = Y + CellPadding;
                foreach (var line in Wrap(cells[i], font, widths[i] - (2 * CellPadding)))
                {
                    _graphics.DrawString(line, font, XBrushes.Black,
                        new XRect(x + CellPadding, y, widths[i] - (2 * CellPadding), LineHeight(font)), align[i]);
                    y += LineHeight(font);
                }

                x += widths[i];
            }

            Y += height;
        }

        public void Dispose() => _graphics.Dispose();

        private static double LineHeight(XFont font) => font.Size * 1.4;

        private static XGraphics Start(PdfDocument pdf)
        {
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            return XGraphics.FromPdfPage(page);
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Measure(candidate, font) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
            return lines;
        }
    }
}
