using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Emulation.Web.Documents.PledgeDocxWriter;

namespace Emulation.Web.Documents.Proposals;

/// <summary>
/// Writes a <see cref="ProposalLetter"/> as an editable Word file with the pledge's Decree 30 pieces: header, "TỜ TRÌNH"
/// and subject, "Kính gửi", the body, the signature, then the nominee list as an annex on a new page.
/// </summary>
public sealed class ProposalLetterDocxWriter
{
    private static readonly int[] AnnexColumns = [624, 2500, 2300, 2300, 1347];

    public byte[] Write(ProposalLetter letter)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            main.Document = new Document(Body(letter));
        }

        return stream.ToArray();
    }

    private static Body Body(ProposalLetter letter)
    {
        var body = new Body(
            HeaderTable(letter.GoverningAgency, letter.AgencyName, letter.Number, letter.PlaceAndDate),
            Line(JustificationValues.Center, 360, 0, Text("TỜ TRÌNH", BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 240, Text(letter.Subject, BodySize, bold: true)),
            Line(JustificationValues.Center, 120, 240, Text("Kính gửi: " + letter.Recipient, BodySize)));
        foreach (var paragraph in letter.Paragraphs)
        {
            body.Append(BodyParagraph(paragraph));
        }

        body.Append(Signature(letter),
            new Paragraph(new Run(new Break { Type = BreakValues.Page })),
            Line(JustificationValues.Center, 0, 0, Text("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 240, Text(letter.AnnexNote, TableSize, italic: true)),
            Annex(letter), Page());
        return body;
    }

    private static Table Signature(ProposalLetter letter) =>
        SignatureBlock(["- Như trên;", "- Lưu: VT, TĐKT."], letter.SignerPosition, letter.SignerName);

    private static Table Annex(ProposalLetter letter)
    {
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(AnnexColumns.Select((width, i) => HeadCell(width, ProposalLetter.AnnexColumns[i])));
        var rows = letter.Rows.Select(r => new TableRow(
            BodyCell(AnnexColumns[0], r.Number.ToString(CultureInfo.InvariantCulture), JustificationValues.Center),
            BodyCell(AnnexColumns[1], r.Nominee, JustificationValues.Left),
            BodyCell(AnnexColumns[2], r.PositionAndUnit, JustificationValues.Left),
            BodyCell(AnnexColumns[3], r.Title, JustificationValues.Left),
            BodyCell(AnnexColumns[4], r.Ballot, JustificationValues.Center)));
        return Grid(AnnexColumns, bordered: true, [header, .. rows]);
    }
}
