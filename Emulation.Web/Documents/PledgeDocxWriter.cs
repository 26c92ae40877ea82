using System.Globalization;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Emulation.Web.Documents;

/// <summary>
/// Writes a <see cref="PledgeDocument"/> as a Word file in the Decree 30 layout: A4, Times New Roman, the agency and
/// number on the left, the national motto and the date on the right, the title, the targets table and the signature.
/// </summary>
public sealed class PledgeDocxWriter
{
    public const string FontName = "Times New Roman";

    // Sizes are in half-points, lengths in twentieths of a point (twips), as Word stores them.
    internal const int HeaderSize = 26;
    internal const int NationalNameSize = 24;
    internal const int BodySize = 28;
    internal const int TableSize = 26;
    internal const int SmallSize = 22;
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginLeft = 1701;
    private const int MarginRight = 1134;
    private const int MarginTopBottom = 1134;
    internal const int ContentWidth = PageWidth - MarginLeft - MarginRight;
    internal const int HeaderLeftWidth = 3402;
    private static readonly int[] TargetColumns = [709, 5079, 1474, 1809];

    public byte[] Write(PledgeDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DefaultStyles();
            main.Document = new Document(Body(document));
        }

        return stream.ToArray();
    }

    private static Body Body(PledgeDocument document)
    {
        var body = new Body(HeaderTable(document));
        if (document.IsDraft)
        {
            body.Append(Line(JustificationValues.Center, 240, 0, Text(PledgeDocument.DraftMark, BodySize, bold: true)));
        }

        body.Append(
            Line(JustificationValues.Center, 360, 0, Text(document.Title, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 120, Text(document.CampaignName, BodySize, bold: true)),
            Line(JustificationValues.Center, 120, 240, Text("Kính gửi: " + document.Recipient, BodySize)),
            BodyParagraph(document.Introduction),
            TargetsTable(document.Rows));
        if (document.AimedTitles.Count > 0)
        {
            body.Append(BodyParagraph(PledgeDocument.UnitTitlesLead + string.Join("; ", document.AimedTitles) + "."));
        }

        if (document.StaffTitles.Count > 0)
        {
            body.Append(BodyParagraph(PledgeDocument.StaffTitlesLead));
            foreach (var staffTitle in document.StaffTitles)
            {
                body.Append(BodyParagraph("- " + staffTitle.Line));
            }
        }

        body.Append(BodyParagraph(document.Commitment), SignatureTable(document), Page());
        return body;
    }

    private static Table HeaderTable(PledgeDocument document) =>
        HeaderTable(document.AgencyName, document.UnitName, document.Number, document.PlaceAndDate);

    /// <summary>The Decree 30 header: governing agency and issuer over the number on the left, the national name,
    /// motto and place and date on the right.</summary>
    internal static Table HeaderTable(string agencyName, string unitName, string number, string placeAndDate)
    {
        var agency = new TableCell(CellWidth(HeaderLeftWidth));
        if (agencyName.Length > 0)
        {
            agency.Append(Line(JustificationValues.Center, 0, 0,
                Text(AdministrativeText.Upper(agencyName), HeaderSize, bold: true)));
        }

        agency.Append(Line(JustificationValues.Center, 0, 0,
            Text(AdministrativeText.Upper(unitName), HeaderSize, bold: true)));
        var motto = new TableCell(CellWidth(ContentWidth - HeaderLeftWidth),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.NationalName, NationalNameSize, bold: true)),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.Motto, HeaderSize, bold: true, underline: true)));
        var numberCell = new TableCell(CellWidth(HeaderLeftWidth),
            Line(JustificationValues.Center, 120, 0, Text("Số: " + number, HeaderSize)));
        var date = new TableCell(CellWidth(ContentWidth - HeaderLeftWidth),
            Line(JustificationValues.Center, 120, 0, Text(placeAndDate, BodySize, italic: true)));
        return Grid([HeaderLeftWidth, ContentWidth - HeaderLeftWidth], bordered: false,
            new TableRow(agency, motto), new TableRow(numberCell, date));
    }

    private static Table TargetsTable(IReadOnlyList<PledgeDocumentRow> rows)
    {
        var header = new TableRow(
            new TableRowProperties(new TableHeader()),
            HeadCell(TargetColumns[0], "STT"),
            HeadCell(TargetColumns[1], "Chỉ tiêu"),
            HeadCell(TargetColumns[2], "Đơn vị tính"),
            HeadCell(TargetColumns[3], "Chỉ tiêu đăng ký"));
        var lines = rows.Select(row => new TableRow(
            BodyCell(TargetColumns[0], row.Number.ToString(CultureInfo.InvariantCulture), JustificationValues.Center),
            BodyCell(TargetColumns[1], row.Criterion, JustificationValues.Left),
            BodyCell(TargetColumns[2], row.UnitOfMeasure, JustificationValues.Center),
            BodyCell(TargetColumns[3], row.TargetText, JustificationValues.Right)));
        return Grid(TargetColumns, bordered: true, [header, .. lines]);
    }

    private static Table SignatureTable(PledgeDocument document)
    {
        const int leftWidth = 4253;
        var recipients = new TableCell(CellWidth(leftWidth),
            Line(JustificationValues.Left, 240, 0, Text("Nơi nhận:", 24, bold: true, italic: true)),
            Line(JustificationValues.Left, 0, 0, Text("- Như trên;", SmallSize)),
            Line(JustificationValues.Left, 0, 0, Text($"- Lưu: VT, {document.UnitCode}.", SmallSize)));
        var signer = new TableCell(CellWidth(ContentWidth - leftWidth),
            Line(JustificationValues.Center, 240, 0, Text(document.SignerTitle, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 1200, Text("(Ký, ghi rõ họ tên)", BodySize, italic: true)),
            Line(JustificationValues.Center, 0, 0, Text(document.SignerName ?? "", BodySize, bold: true)));
        return Grid([leftWidth, ContentWidth - leftWidth], bordered: false, new TableRow(recipients, signer));
    }

    /// <summary>
    /// The Decree 30 signature block of a decision or a letter: "Nơi nhận" with its lines on the left, the signer's
    /// position in capitals, room for the signature and seal, and the name on the right.
    /// </summary>
    internal static Table SignatureBlock(IReadOnlyList<string> recipients, string signerPosition, string signerName)
    {
        const int leftWidth = 4253;
        var left = new TableCell(CellWidth(leftWidth),
            Line(JustificationValues.Left, 240, 0, Text("Nơi nhận:", 24, bold: true, italic: true)));
        foreach (var recipient in recipients)
        {
            left.Append(Line(JustificationValues.Left, 0, 0, Text(recipient, SmallSize)));
        }

        var signer = new TableCell(CellWidth(ContentWidth - leftWidth),
            Line(JustificationValues.Center, 240, 1440, Text(AdministrativeText.Upper(signerPosition), BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 0, Text(signerName, BodySize, bold: true)));
        return Grid([leftWidth, ContentWidth - leftWidth], bordered: false, new TableRow(left, signer));
    }

    internal static Table Grid(int[] widths, bool bordered, params TableRow[] rows)
    {
        var border = bordered ? BorderValues.Single : BorderValues.None;
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 },
                new LeftBorder { Val = border, Size = 4 },
                new BottomBorder { Val = border, Size = 4 },
                new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 },
                new InsideVerticalBorder { Val = border, Size = 4 }));
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        var table = new Table(properties, grid);
        table.Append(rows);
        return table;
    }

    internal static TableCell HeadCell(int width, string text) =>
        new(CellWidth(width), Line(JustificationValues.Center, 60, 60, Text(text, TableSize, bold: true)));

    internal static TableCell BodyCell(int width, string text, JustificationValues align) =>
        new(CellWidth(width), Line(align, 60, 60, Text(text, TableSize)));

    internal static TableCellProperties CellWidth(int width) =>
        new(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

    internal static Paragraph BodyParagraph(string text) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = "120", After = "120" },
                new Indentation { FirstLine = "567" },
                new Justification { Val = JustificationValues.Both }),
            Text(text, BodySize));

    internal static Paragraph Line(JustificationValues align, int before, int after, Run run) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines
                {
                    Before = before.ToString(CultureInfo.InvariantCulture),
                    After = after.ToString(CultureInfo.InvariantCulture),
                },
                new Justification { Val = align }),
            run);

    internal static Run Text(string text, int halfPoints, bool bold = false, bool italic = false, bool underline = false)
    {
        var properties = new RunProperties(Fonts());
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }

        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static RunFonts Fonts() =>
        new() { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName };

    internal static Styles DefaultStyles() =>
        new(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(),
                new FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

    internal static SectionProperties Page() =>
        new(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = MarginTopBottom,
                Bottom = MarginTopBottom,
                Left = MarginLeft,
                Right = MarginRight,
                Header = 720,
                Footer = 720,
                Gutter = 0,
            });
}
