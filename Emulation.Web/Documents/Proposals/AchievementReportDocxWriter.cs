using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Emulation.Web.Documents.PledgeDocxWriter;

namespace Emulation.Web.Documents.Proposals;

/// <summary>
/// Writes an <see cref="AchievementReportDocument"/> as an editable Word file in the Decree 30 layout (national header,
/// number and symbol, place and date, Times New Roman): heading, the sections of the appendix form with their tables,
/// and the two signature places.
/// </summary>
public sealed class AchievementReportDocxWriter
{
    private static readonly int[] AwardColumns = [1000, 3300, 4771];

    public byte[] Write(AchievementReportDocument report)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            main.Document = new Document(Body(report));
        }

        return stream.ToArray();
    }

    private static Body Body(AchievementReportDocument report)
    {
        var body = new Body(
            HeaderTable(report.GoverningAgency, report.AgencyName, report.Number, report.PlaceAndDate),
            Line(JustificationValues.Center, 360, 0, Text(report.Heading, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 0, Text(report.Subtitle, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 240, Text(report.AttachedTo, TableSize, italic: true)));
        foreach (var section in report.Sections)
        {
            body.Append(Line(JustificationValues.Left, section.Level == 1 ? 240 : 120, 60,
                Text(section.Heading, BodySize, bold: true, italic: section.Level > 1)));
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(BodyParagraph(paragraph));
            }

            if (section.Table is { } table)
            {
                body.Append(Table(table));
            }
        }

        body.Append(Signatures(report), Page());
        return body;
    }

    private static Table Table(ReportTable table)
    {
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(AwardColumns.Select((width, i) => HeadCell(width, table.Columns[i])));
        var rows = table.Rows.Select(r => new TableRow(
            BodyCell(AwardColumns[0], r[0], JustificationValues.Center),
            BodyCell(AwardColumns[1], r[1], JustificationValues.Left),
            BodyCell(AwardColumns[2], r[2], JustificationValues.Left)));
        return Grid(AwardColumns, bordered: true, [header, .. rows]);
    }

    private static Table Signatures(AchievementReportDocument report)
    {
        var half = ContentWidth / 2;
        return Grid([half, ContentWidth - half], bordered: false, new TableRow(Signer(half, report.Left), Signer(ContentWidth - half, report.Right)));
    }

    private static TableCell Signer(int width, ReportSigner signer) => new(CellWidth(width),
        Line(JustificationValues.Center, 360, 0, Text(signer.Role, SmallSize, bold: true)),
        Line(JustificationValues.Center, 0, 1200, Text(signer.Note, SmallSize, italic: true)),
        Line(JustificationValues.Center, 0, 0, Text(signer.Name, BodySize, bold: true)));
}
