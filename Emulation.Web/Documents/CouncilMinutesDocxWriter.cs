using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Emulation.Web.Documents.PledgeDocxWriter;

namespace Emulation.Web.Documents;

/// <summary>
/// Writes <see cref="CouncilMinutes"/> as a Word file in the Decree 30/2020 layout: A4, Times New Roman, the agency and
/// council on the left with the number, the national motto and the place and date on the right, then the attendance,
/// the quorum, the ballot results table, and the secretary's and chair's signatures.
/// </summary>
public sealed class CouncilMinutesDocxWriter
{
    public const string Title = CouncilMinutes.Title;
    public const string ResultsTableCaption = "Kết quả biểu quyết";

    // Sizes are in half-points, lengths in twips, as Word stores them.
    private const int HeaderSize = 26;
    private const int NationalNameSize = 24;
    private const int BodySize = 28;
    private const int TableSize = 22;
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginLeft = 1701;
    private const int MarginRight = 1134;
    private const int MarginTopBottom = 1134;
    private const int ContentWidth = PageWidth - MarginLeft - MarginRight;
    private const int HeaderLeftWidth = 3686;
    private static readonly int[] ResultColumns = [454, 1701, 1304, 1474, 624, 680, 737, 737, 680, 680];

    public byte[] Write(CouncilMinutes minutes) => Write([minutes]);

    /// <summary>The minutes of several sessions in one file, each from a new page (a dossier's, whose nominees several sessions voted on).</summary>
    public byte[] Write(IReadOnlyList<CouncilMinutes> sessions)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            var body = new Body();
            foreach (var (minutes, i) in sessions.Select((m, i) => (m, i)))
            {
                if (i > 0)
                {
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                }

                body.Append(Elements(minutes));
            }

            body.Append(Page());
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static List<OpenXmlElement> Elements(CouncilMinutes m)
    {
        var body = new List<OpenXmlElement> { HeaderTable(m) };
        if (m.IsDraft)
        {
            body.Add(Line(JustificationValues.Center, 240, 0, Text(CouncilMinutes.DraftMark, BodySize, bold: true)));
        }

        var absent = m.Members.Where(x => !x.Present).ToList();
        body.AddRange(
        [
            Line(JustificationValues.Center, 360, 0, Text(CouncilMinutes.Title, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 240, Text(CouncilMinutes.Subject, BodySize, bold: true)),
            Paragraph(m.Basis),
            Paragraph(m.Opening),
            Paragraph(m.Presiding),
            Heading(CouncilMinutes.CompositionHeading),
            Paragraph(m.Attendance),
        ]);
        body.AddRange(m.Members.Where(x => x.Present).Select(x => Bullet(CouncilMinutes.MemberLine(x))));
        if (absent.Count > 0)
        {
            body.Add(Paragraph(CouncilMinutes.AbsentLead));
            body.AddRange(absent.Select(x => Bullet(CouncilMinutes.MemberLine(x))));
        }

        body.AddRange(
        [
            Paragraph(m.Quorum),
            Heading(CouncilMinutes.ResultsHeading),
            Paragraph(m.VoteRule),
            ResultsTable(m.Rows),
            Heading(CouncilMinutes.ConclusionHeading),
            Paragraph(m.Conclusion),
            Paragraph(CouncilMinutes.Adopted),
            SignatureTable(m),
        ]);
        return body;
    }

    /// <summary>The result text of a passed row; the table says "Không đạt" otherwise.</summary>
    public const string Passed = CouncilMinutes.Passed;

    private static Table HeaderTable(CouncilMinutes m)
    {
        var agency = new TableCell(CellWidth(HeaderLeftWidth),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.Upper(m.AgencyName), HeaderSize)),
            Line(JustificationValues.Center, 0, 0, Text(CouncilMinutes.CouncilName, HeaderSize, bold: true)));
        var motto = new TableCell(CellWidth(ContentWidth - HeaderLeftWidth),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.NationalName, NationalNameSize, bold: true)),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.Motto, HeaderSize, bold: true, underline: true)));
        var number = new TableCell(CellWidth(HeaderLeftWidth),
            Line(JustificationValues.Center, 120, 0, Text("Số: " + CouncilMinutes.Number, HeaderSize)));
        var date = new TableCell(CellWidth(ContentWidth - HeaderLeftWidth),
            Line(JustificationValues.Center, 120, 0, Text(m.PlaceAndDate, BodySize, italic: true)));
        return Grid([HeaderLeftWidth, ContentWidth - HeaderLeftWidth], bordered: false,
            new TableRow(agency, motto), new TableRow(number, date));
    }

    private static Table ResultsTable(IReadOnlyList<CouncilMinutesRow> rows)
    {
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(CouncilMinutes.ResultColumns.Select((h, i) => HeadCell(ResultColumns[i], h)));
        var lines = rows.Select(r => new TableRow(CouncilMinutes.Cells(r).Select((text, i) =>
            BodyCell(ResultColumns[i], text, i is 1 or 2 or 3 ? JustificationValues.Left : JustificationValues.Center))));
        return Grid(ResultColumns, bordered: true, [header, .. lines]);
    }

    private static Table SignatureTable(CouncilMinutes m)
    {
        var half = ContentWidth / 2;
        var secretary = new TableCell(CellWidth(half),
            Line(JustificationValues.Center, 360, 0, Text(CouncilMinutes.SecretaryRole, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 1200, Text(CouncilMinutes.SignHint, BodySize, italic: true)),
            Line(JustificationValues.Center, 0, 0, Text(m.SecretaryName, BodySize, bold: true)));
        var chair = new TableCell(CellWidth(ContentWidth - half),
            Line(JustificationValues.Center, 360, 0, Text(CouncilMinutes.ChairRole, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 1200, Text(CouncilMinutes.SignHint, BodySize, italic: true)),
            Line(JustificationValues.Center, 0, 0, Text(m.ChairName, BodySize, bold: true)));
        return Grid([half, ContentWidth - half], bordered: false, new TableRow(secretary, chair));
    }

    private static TableCell HeadCell(int width, string text) =>
        new(CellWidth(width), Line(JustificationValues.Center, 40, 40, Text(text, TableSize, bold: true)));

    private static TableCell BodyCell(int width, string text, JustificationValues align) =>
        new(CellWidth(width), Line(align, 40, 40, Text(text, TableSize)));

    private static Paragraph Heading(string text) => Line(JustificationValues.Left, 240, 120, Text(text, BodySize, bold: true));

    private static Paragraph Bullet(string text) =>
        new(new ParagraphProperties(new Indentation { Left = "567" }, new Justification { Val = JustificationValues.Left }),
            Text("- " + text, BodySize));

    private static Paragraph Paragraph(string text) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = "60", After = "60" },
                new Indentation { FirstLine = "567" },
                new Justification { Val = JustificationValues.Both }),
            Text(text, BodySize));

}
