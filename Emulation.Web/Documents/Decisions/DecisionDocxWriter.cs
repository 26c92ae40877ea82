using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Emulation.Web.Documents.PledgeDocxWriter;

namespace Emulation.Web.Documents.Decisions;

/// <summary>
/// Writes a decision as a Word file in the Decree 30 layout, reusing the pledge's header, table and signature
/// pieces: header, title and subject, bases, articles, signature, then the award list as an annex on a new page.
/// </summary>
public sealed class DecisionDocxWriter
{
    private static readonly int[] AnnexColumns = [624, 2600, 2300, 2300, 1247];

    public byte[] Write(DecisionDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DefaultStyles();
            main.Document = new Document(Body(document));
        }

        return stream.ToArray();
    }

    private static Body Body(DecisionDocument document)
    {
        var body = new Body(
            HeaderTable(document.GoverningAgency, document.IssuerName, document.Number, document.PlaceAndDate),
            Line(JustificationValues.Center, 360, 0, Text("QUYẾT ĐỊNH", BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 240, Text(document.Subject, BodySize, bold: true)),
            Line(JustificationValues.Center, 120, 240, Text(document.Authority, BodySize, bold: true)));
        foreach (var basis in document.Bases)
        {
            body.Append(Italic(basis));
        }

        body.Append(Line(JustificationValues.Center, 240, 120, Text("QUYẾT ĐỊNH:", BodySize, bold: true)));
        for (var i = 0; i < document.Articles.Count; i++)
        {
            body.Append(Article(i + 1, document.Articles[i]));
        }

        body.Append(Signature(document), PageBreak(),
            Line(JustificationValues.Center, 0, 0, Text(document.AnnexHeading, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 240, Text(document.AnnexNote, TableSize, italic: true)),
            Annex(document), Page());
        return body;
    }

    private static Paragraph Italic(string text) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = "60", After = "60" },
                new Indentation { FirstLine = "567" },
                new Justification { Val = JustificationValues.Both }),
            Text(text, BodySize, italic: true));

    private static Paragraph Article(int number, string text) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = "120", After = "120" },
                new Indentation { FirstLine = "567" },
                new Justification { Val = JustificationValues.Both }),
            Text($"Điều {number.ToString(CultureInfo.InvariantCulture)}. ", BodySize, bold: true),
            Text(text, BodySize));

    private static Table Signature(DecisionDocument document) =>
        SignatureBlock(["- Như Điều 3;", "- Lưu: VT, TĐKT."], document.SignerPosition, document.SignerName);

    private static Table Annex(DecisionDocument document)
    {
        var header = new TableRow(new TableRowProperties(new TableHeader()),
            HeadCell(AnnexColumns[0], DecisionDocument.AnnexColumns[0]),
            HeadCell(AnnexColumns[1], DecisionDocument.AnnexColumns[1]),
            HeadCell(AnnexColumns[2], DecisionDocument.AnnexColumns[2]),
            HeadCell(AnnexColumns[3], DecisionDocument.AnnexColumns[3]),
            HeadCell(AnnexColumns[4], DecisionDocument.AnnexColumns[4]));
        var rows = document.Rows.Select(r => new TableRow(
            BodyCell(AnnexColumns[0], r.Number.ToString(CultureInfo.InvariantCulture), JustificationValues.Center),
            BodyCell(AnnexColumns[1], r.Recipient, JustificationValues.Left),
            BodyCell(AnnexColumns[2], r.Unit, JustificationValues.Left),
            BodyCell(AnnexColumns[3], r.Title, JustificationValues.Left),
            BodyCell(AnnexColumns[4], r.Cash, JustificationValues.Right)));
        var total = new TableRow(
            BodyCell(AnnexColumns[0], "", JustificationValues.Center),
            HeadCell(AnnexColumns[1], "Tổng cộng"),
            BodyCell(AnnexColumns[2], "", JustificationValues.Left),
            BodyCell(AnnexColumns[3], "", JustificationValues.Left),
            BodyCell(AnnexColumns[4], document.TotalCash, JustificationValues.Right));
        return Grid(AnnexColumns, bordered: true, [header, .. rows, total]);
    }

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
