using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Emulation.Web.Documents.Decisions;

/// <summary>
/// Draws a certificate on one landscape A4 page in the documents' serif (<see cref="DocumentFontResolver"/>): the national
/// header, the heading, recipient and achievement, the decision, the signature, and a QR code of the public
/// verification address.
/// </summary>
public sealed class CertificatePdfWriter(IOptions<DocumentOptions> options)
{
    private const double QrSize = 110;
    private const double Margin = 28;

    public byte[] Write(Certificate certificate)
    {
        DocumentFontResolver.Install(options.Value.FontFolder);
        using var pdf = new PdfDocument();
        pdf.Info.Title = certificate.Heading + " - " + certificate.RecipientName;
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var g = XGraphics.FromPdfPage(page))
        {
            Draw(g, certificate, page.Width.Point, page.Height.Point);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>
    /// Draws the QR code of <paramref name="text"/> as vector squares (one rectangle per run of dark modules) in a
    /// <paramref name="size"/>-point square, quiet zone included: sharp at any zoom and no image decoder involved.
    /// </summary>
    public static void DrawQr(XGraphics g, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        g.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                // A hair wider than the run so neighbouring rows and runs leave no seam when rasterised.
                g.DrawRectangle(XBrushes.Black, x + (start * module), y + (row * module), ((column - start) * module) + 0.05,
                    module + 0.05);
            }
        }
    }

    private static void Draw(XGraphics g, Certificate c, double width, double height)
    {
        var red = XColor.FromArgb(176, 26, 26);
        g.DrawRectangle(new XPen(red, 3), Margin, Margin, width - (2 * Margin), height - (2 * Margin));
        g.DrawRectangle(new XPen(red, 0.8), Margin + 6, Margin + 6, width - (2 * Margin) - 12, height - (2 * Margin) - 12);

        var inner = new XRect(Margin + 20, 0, width - (2 * Margin) - 40, 0);
        double y = Margin + 26;
        y = Centered(g, AdministrativeText.NationalName, Font(12, XFontStyleEx.Bold), XBrushes.Black, inner, y);
        var motto = Font(12.5, XFontStyleEx.Bold);
        y = Centered(g, AdministrativeText.Motto, motto, XBrushes.Black, inner, y);
        var mottoWidth = g.MeasureString(AdministrativeText.Motto, motto).Width;
        g.DrawLine(new XPen(XColors.Black, 0.6), (width - mottoWidth) / 2, y, (width + mottoWidth) / 2, y);
        y += 14;
        y = Centered(g, AdministrativeText.Upper(c.IssuerAuthority), Font(14, XFontStyleEx.Bold), XBrushes.Black, inner, y);
        y += 10;
        y = Centered(g, c.Heading, Font(36, XFontStyleEx.Bold), new XSolidBrush(red), inner, y);
        y += 8;
        y = Centered(g, c.Verb, Font(14, XFontStyleEx.Italic), XBrushes.Black, inner, y);
        y = Centered(g, c.RecipientName, Font(24, XFontStyleEx.Bold), new XSolidBrush(XColor.FromArgb(20, 40, 120)), inner, y);
        if (c.UnitName.Length > 0)
        {
            y = Centered(g, c.UnitName, Font(14), XBrushes.Black, inner, y);
        }

        y += 6;
        Centered(g, c.Achievement, Font(15, XFontStyleEx.Bold), XBrushes.Black, inner, y);

        var bottom = height - Margin - 20;
        var qrTop = bottom - QrSize - 40;
        var qrLeft = Margin + 40;
        DrawQr(g, c.VerificationUrl, qrLeft, qrTop, QrSize);
        // Under the QR code, centred on it and kept inside the inner frame: the number and the date on lines of their
        // own, each shrunk to fit when a long number would otherwise run over the frame.
        var underQr = new XRect(Margin + 14, 0, 2 * (qrLeft + (QrSize / 2) - Margin - 14), 0);
        var ly = qrTop + QrSize + 2;
        foreach (var line in c.DecisionLines)
        {
            ly = Centered(g, line, Fitted(g, line, 10, XFontStyleEx.Italic, underQr.Width), XBrushes.Black, underQr, ly);
        }

        Centered(g, "Quét mã để xác minh", Font(9), XBrushes.Black, underQr, ly);

        var right = new XRect(width / 2, 0, (width / 2) - Margin - 20, 0);
        var sy = qrTop - 10;
        sy = Centered(g, $"{c.Place}, {AdministrativeText.Date(c.DecisionDate)}", Font(12, XFontStyleEx.Italic), XBrushes.Black, right, sy);
        sy = Centered(g, AdministrativeText.Upper(c.SignerPosition), Font(13, XFontStyleEx.Bold), XBrushes.Black, right, sy);
        Centered(g, c.SignerName, Font(13, XFontStyleEx.Bold), XBrushes.Black, right, sy + 62);
    }

    /// <summary>Draws one line centred in <paramref name="area"/>'s width at <paramref name="y"/>; returns the next line's top.</summary>
    private static double Centered(XGraphics g, string text, XFont font, XBrush brush, XRect area, double y)
    {
        var lineHeight = font.Size * 1.35;
        g.DrawString(text, font, brush, new XRect(area.X, y, area.Width, lineHeight), XStringFormats.TopCenter);
        return y + lineHeight;
    }

    /// <summary>The font at <paramref name="size"/>, or smaller (down to 6 points) until <paramref name="text"/> fits.</summary>
    private static XFont Fitted(XGraphics g, string text, double size, XFontStyleEx style, double width)
    {
        var font = Font(size, style);
        while (size > 6 && g.MeasureString(text, font).Width > width)
        {
            size -= 0.5;
            font = Font(size, style);
        }

        return font;
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) =>
        new(DocumentFontResolver.FamilyName, size, style);
}
