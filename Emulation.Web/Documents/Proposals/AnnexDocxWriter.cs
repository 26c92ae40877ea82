using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Emulation.Web.Documents.PledgeDocxWriter;

namespace Emulation.Web.Documents.Proposals;

/// <summary>
/// A list annexed to the submission letter as an editable Word file, as the dossier's PDF prints it: the heading, the line
/// naming the letter, and the table (the summary list, or the secret-ballot result of ballots counted outside any
/// recorded session). The first column (STT) is centred, the others read from the left.
/// </summary>
public sealed class AnnexDocxWriter
{
    public byte[] Write(string heading, string note, IReadOnlyList<string> columns, int[] widths, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            var header = new TableRow(new TableRowProperties(new TableHeader()));
            header.Append(widths.Select((width, i) => HeadCell(width, columns[i])));
            var lines = rows.Select(row => new TableRow(row.Select((text, i) =>
                BodyCell(widths[i], text, i == 0 ? JustificationValues.Center : JustificationValues.Left))));
            main.Document = new Document(new Body(
                Line(JustificationValues.Center, 0, 0, Text(heading, BodySize, bold: true)),
                Line(JustificationValues.Center, 0, 240, Text(note, SmallSize, italic: true)),
                Grid(widths, bordered: true, [header, .. lines]),
                Page()));
        }

        return stream.ToArray();
    }
}
