using System.Globalization;

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
    public const string Title = "BIÊN BẢN";
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
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public byte[] Write(CouncilMinutes minutes)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            main.Document = new Document(Body(minutes));
        }

        return stream.ToArray();
    }

    private static Body Body(CouncilMinutes m)
    {
        var body = new Body(HeaderTable(m));
        if (m.IsDraft)
        {
            body.Append(Line(JustificationValues.Center, 240, 0, Text(CouncilMinutes.DraftMark, BodySize, bold: true)));
        }

        var present = m.Members.Where(x => x.Present).ToList();
        var absent = m.Members.Where(x => !x.Present).ToList();
        body.Append(
            Line(JustificationValues.Center, 360, 0, Text(Title, BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 240, Text("Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng", BodySize, bold: true)),
            Paragraph($"Căn cứ {m.CampaignName}; {m.RuleSetName}."),
            Paragraph($"Hôm nay, {AdministrativeText.Date(m.HeldOn)}, tại {m.AgencyName}, Hội đồng Thi đua - Khen thưởng họp xét đề nghị khen thưởng."),
            Paragraph($"Chủ trì: {m.ChairName}, Chủ tịch Hội đồng. Thư ký: {m.SecretaryName}."),
            Heading("I. THÀNH PHẦN"),
            Paragraph($"Tổng số thành viên Hội đồng: {Count(m.Members.Count)}. Có mặt: {Count(present.Count)}. Vắng mặt: {Count(absent.Count)}."));
        body.Append(present.Select(x => Bullet(Member(x))));
        if (absent.Count > 0)
        {
            body.Append(Paragraph("Vắng mặt:"));
            body.Append(absent.Select(x => Bullet(Member(x))));
        }

        body.Append(
            Paragraph(string.Format(Inv,
                "Số thành viên có mặt {0}/{1}; túc số theo bộ quy tắc là {2} của tổng số thành viên ({3} người): {4}.",
                present.Count, m.Members.Count, m.QuorumShare, m.RequiredPresent,
                m.QuorumMet ? "phiên họp đủ điều kiện biểu quyết" : "phiên họp KHÔNG đủ điều kiện biểu quyết")),
            Heading("II. KẾT QUẢ BIỂU QUYẾT"),
            Paragraph($"Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng, không phải số có mặt ({m.Article}). " +
                "Thành viên là người được đề nghị hoặc thuộc đơn vị được đề nghị không tham gia biểu quyết."),
            ResultsTable(m.Rows),
            Heading("III. KẾT LUẬN"),
            Paragraph(string.Format(Inv, "Hội đồng thống nhất đề nghị khen thưởng {0}/{1} trường hợp đạt tỷ lệ biểu quyết theo quy định.",
                m.Rows.Count(r => r.Result == Passed), m.Rows.Count)),
            Paragraph("Biên bản được lập xong và thông qua tại phiên họp."),
            SignatureTable(m),
            Page());
        return body;
    }

    /// <summary>The result text of a passed row; the table says "Không đạt" otherwise.</summary>
    public const string Passed = "Đạt";

    private static string Count(int n) => n.ToString("00", Inv);

    private static string Member(CouncilMinutesMember member) =>
        member.FullName + (member.IsChair ? " - Chủ tịch Hội đồng" : " - Thành viên") +
        (member.UnitName is { Length: > 0 } unit ? $" ({unit})" : "");

    private static Table HeaderTable(CouncilMinutes m)
    {
        var agency = new TableCell(CellWidth(HeaderLeftWidth),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.Upper(m.AgencyName), HeaderSize)),
            Line(JustificationValues.Center, 0, 0, Text(CouncilMinutes.CouncilName, HeaderSize, bold: true)));
        var motto = new TableCell(CellWidth(ContentWidth - HeaderLeftWidth),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.NationalName, NationalNameSize, bold: true)),
            Line(JustificationValues.Center, 0, 0, Text(AdministrativeText.Motto, HeaderSize, bold: true, underline: true)));
        var number = new TableCell(CellWidth(HeaderLeftWidth),
            Line(JustificationValues.Center, 120, 0, Text("Số:      /BB-HĐTĐKT", HeaderSize)));
        var date = new TableCell(CellWidth(ContentWidth - HeaderLeftWidth),
            Line(JustificationValues.Center, 120, 0, Text($"{m.Place}, {AdministrativeText.Date(m.HeldOn)}", BodySize, italic: true)));
        return Grid([HeaderLeftWidth, ContentWidth - HeaderLeftWidth], bordered: false,
            new TableRow(agency, motto), new TableRow(number, date));
    }

    private static Table ResultsTable(IReadOnlyList<CouncilMinutesRow> rows)
    {
        string[] heads = ["STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu, hình thức", "Đồng ý", "Không đồng ý",
            "Không biểu quyết", "Không tham gia", "Cần đạt", "Kết quả"];
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(heads.Select((h, i) => HeadCell(ResultColumns[i], h)));
        var lines = rows.Select(r => new TableRow(
            BodyCell(ResultColumns[0], r.Number.ToString(Inv), JustificationValues.Center),
            BodyCell(ResultColumns[1], r.Subject, JustificationValues.Left),
            BodyCell(ResultColumns[2], r.UnitName, JustificationValues.Left),
            BodyCell(ResultColumns[3], r.Title, JustificationValues.Left),
            BodyCell(ResultColumns[4], r.Yes.ToString(Inv), JustificationValues.Center),
            BodyCell(ResultColumns[5], r.No.ToString(Inv), JustificationValues.Center),
            BodyCell(ResultColumns[6], r.Abstain.ToString(Inv), JustificationValues.Center),
            BodyCell(ResultColumns[7], r.Recused.ToString(Inv), JustificationValues.Center),
            BodyCell(ResultColumns[8], $"{r.RequiredYes.ToString(Inv)}/{r.Denominator.ToString(Inv)}", JustificationValues.Center),
            BodyCell(ResultColumns[9], r.Result, JustificationValues.Center)));
        return Grid(ResultColumns, bordered: true, [header, .. lines]);
    }

    private static Table SignatureTable(CouncilMinutes m)
    {
        var half = ContentWidth / 2;
        var secretary = new TableCell(CellWidth(half),
            Line(JustificationValues.Center, 360, 0, Text("THƯ KÝ", BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 1200, Text("(Ký, ghi rõ họ tên)", BodySize, italic: true)),
            Line(JustificationValues.Center, 0, 0, Text(m.SecretaryName, BodySize, bold: true)));
        var chair = new TableCell(CellWidth(ContentWidth - half),
            Line(JustificationValues.Center, 360, 0, Text("CHỦ TỊCH HỘI ĐỒNG", BodySize, bold: true)),
            Line(JustificationValues.Center, 0, 1200, Text("(Ký, ghi rõ họ tên)", BodySize, italic: true)),
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
