using System.Globalization;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Pen = Emulation.Web.Documents.PledgePdfWriter.Pen;

namespace Emulation.Web.Documents.Proposals;

/// <summary>Everything the dossier sends up, in the order the receiving level reads it.</summary>
public sealed record ProposalPackage(
    ProposalLetter Letter,
    string CouncilName,
    IReadOnlyList<CouncilMinutes> Minutes,
    IReadOnlyList<IReadOnlyList<string>> BallotRows,
    IReadOnlyList<IReadOnlyList<string>> SummaryRows,
    IReadOnlyList<AchievementReportDocument> Reports,
    IReadOnlyList<(string Nominee, IReadOnlyList<string> Items)> Evidence)
{
    public static IReadOnlyList<string> BallotColumns { get; } = ["STT", "Họ và tên / Tập thể", "Danh hiệu, hình thức đề nghị", "Số phiếu đồng ý / tổng số thành viên", "Tỷ lệ (%)"];

    public static IReadOnlyList<string> SummaryColumns { get; } = ["STT", "Họ và tên / Tập thể", "Năm sinh", "Giới tính", "Chức vụ, đơn vị", "Danh hiệu, hình thức đề nghị"];

    /// <summary>The heading of the ballot tally printed when no recorded session voted on the nominees.</summary>
    public static string BallotHeading(string councilName) => "KẾT QUẢ BỎ PHIẾU KÍN CỦA " + AdministrativeText.Upper(councilName);

    public string FileName => $"ho-so-de-nghi-{Decisions.DecisionText.Slug(Letter.Number)}.pdf";
}

/// <summary>
/// The proposal dossier as one A4 PDF with a bookmark (outline entry) for each part: the submission letter, the
/// minutes of each council session that voted on the nominees (their secret-ballot results), the summary list, each nominee's achievement report and the list of evidence.
/// </summary>
public sealed class ProposalPackagePdfWriter(IOptions<DocumentOptions> options)
{
    private static readonly double[] LetterColumns = [30, 130, 120, 110, 63];
    private static readonly double[] BallotWidths = [30, 150, 130, 95, 48];
    private static readonly double[] SummaryWidths = [28, 105, 62, 50, 125, 83];
    private static readonly double[] MinutesWidths = [24, 80, 62, 70, 34, 36, 40, 40, 33, 34];
    private static readonly double[] AwardWidths = [45, 160, 248];

    public byte[] Write(ProposalPackage package)
    {
        DocumentFontResolver.Install(options.Value.FontFolder);
        using var pdf = new PdfDocument();
        pdf.Info.Title = "Hồ sơ đề nghị khen thưởng – Tờ trình số " + package.Letter.Number;
        pdf.Info.Subject = package.Letter.Subject;
        using (var page = new Pen(pdf))
        {
            Bookmark(pdf, "Tờ trình số " + package.Letter.Number);
            Letter(page, package.Letter);

            page.NewPage();
            Bookmark(pdf, MinutesBookmark);
            if (package.Minutes.Count == 0)
            {
                // Ballots counted outside any recorded session (entered before sessions were kept): their tally is all there is.
                Table(page, ProposalPackage.BallotHeading(package.CouncilName), package.Letter.AnnexNote,
                    BallotWidths, ProposalPackage.BallotColumns, package.BallotRows);
            }

            foreach (var (minutes, i) in package.Minutes.Select((m, i) => (m, i)))
            {
                if (i > 0)
                {
                    page.NewPage();
                    Bookmark(pdf, $"{MinutesBookmark} ({AdministrativeText.Date(minutes.HeldOn)})");
                }

                Minutes(page, minutes);
            }

            page.NewPage();
            Bookmark(pdf, "Danh sách trích ngang");
            Table(page, "DANH SÁCH TRÍCH NGANG", package.Letter.AnnexNote, SummaryWidths, ProposalPackage.SummaryColumns,
                package.SummaryRows);

            foreach (var report in package.Reports)
            {
                page.NewPage();
                Bookmark(pdf, "Báo cáo thành tích: " + report.SubjectName);
                Report(page, report);
            }

            page.NewPage();
            Bookmark(pdf, "Danh mục tài liệu chứng minh");
            Evidence(page, package);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    public const string MinutesBookmark = "Biên bản họp và kết quả bỏ phiếu kín";

    private static void Bookmark(PdfDocument pdf, string title) => pdf.Outlines.Add(title, pdf.Pages[pdf.PageCount - 1]);

    private static void Letter(Pen page, ProposalLetter letter)
    {
        PledgePdfWriter.Header(page, letter.GoverningAgency, letter.AgencyName, letter.Number, letter.PlaceAndDate);
        page.Skip(14);
        page.Centered("TỜ TRÌNH", page.Font(13, XFontStyleEx.Bold));
        page.Centered(letter.Subject, page.Font(12, XFontStyleEx.Bold));
        page.Skip(6);
        page.Centered("Kính gửi: " + letter.Recipient, page.Font(12));
        page.Skip(8);
        foreach (var paragraph in letter.Paragraphs)
        {
            page.Paragraph(paragraph, page.Font(12));
        }

        Signatures(page, new ReportSigner("Nơi nhận:", "- Như trên;\n- Lưu: VT, TĐKT.", ""),
            new ReportSigner(AdministrativeText.Upper(letter.SignerPosition), "", letter.SignerName), recipients: true);
        page.NewPage();
        Table(page, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", letter.AnnexNote, LetterColumns, ProposalLetter.AnnexColumns,
            [.. letter.Rows.Select(r => (IReadOnlyList<string>)
                [r.Number.ToString(CultureInfo.InvariantCulture), r.Nominee, r.PositionAndUnit, r.Title, r.Ballot])]);
    }

    /// <summary>A council session's minutes, as <see cref="CouncilMinutesDocxWriter"/> writes them in Word.</summary>
    private static void Minutes(Pen page, CouncilMinutes minutes)
    {
        PledgePdfWriter.Header(page, minutes.AgencyName, CouncilMinutes.CouncilName, CouncilMinutes.Number, minutes.PlaceAndDate);
        page.Skip(14);
        page.Centered(CouncilMinutes.Title, page.Font(13, XFontStyleEx.Bold));
        page.Centered(CouncilMinutes.Subject, page.Font(12, XFontStyleEx.Bold));
        page.Skip(8);
        var body = page.Font(12);
        page.Paragraph(minutes.Basis, body);
        page.Paragraph(minutes.Opening, body);
        page.Paragraph(minutes.Presiding, body);
        MinutesHeading(page, CouncilMinutes.CompositionHeading);
        page.Paragraph(minutes.Attendance, body);
        MemberLines(page, minutes.Members.Where(m => m.Present));
        if (minutes.Members.Any(m => !m.Present))
        {
            page.Paragraph(CouncilMinutes.AbsentLead, body);
            MemberLines(page, minutes.Members.Where(m => !m.Present));
        }

        page.Paragraph(minutes.Quorum, body);
        MinutesHeading(page, CouncilMinutes.ResultsHeading);
        page.Paragraph(minutes.VoteRule, body);
        page.Skip(4);
        Rows(page, MinutesWidths, CouncilMinutes.ResultColumns, [.. minutes.Rows.Select(CouncilMinutes.Cells)]);
        MinutesHeading(page, CouncilMinutes.ConclusionHeading);
        page.Paragraph(minutes.Conclusion, body);
        page.Paragraph(CouncilMinutes.Adopted, body);
        Signatures(page, new ReportSigner(CouncilMinutes.SecretaryRole, CouncilMinutes.SignHint, minutes.SecretaryName),
            new ReportSigner(CouncilMinutes.ChairRole, CouncilMinutes.SignHint, minutes.ChairName), recipients: false);
    }

    private static void MinutesHeading(Pen page, string heading)
    {
        page.Skip(6);
        page.Block(heading, page.Font(12, XFontStyleEx.Bold), page.Left, page.Width, XStringFormats.TopLeft);
    }

    private static void MemberLines(Pen page, IEnumerable<CouncilMinutesMember> members)
    {
        foreach (var member in members)
        {
            page.Block("- " + CouncilMinutes.MemberLine(member), page.Font(11), page.Left + 28, page.Width - 28, XStringFormats.TopLeft);
        }
    }

    private static void Report(Pen page, AchievementReportDocument report)
    {
        PledgePdfWriter.Header(page, report.GoverningAgency, report.AgencyName, report.Number, report.PlaceAndDate);
        page.Skip(14);
        page.Centered(report.Heading, page.Font(13, XFontStyleEx.Bold));
        page.Centered(report.Subtitle, page.Font(12, XFontStyleEx.Bold));
        page.Centered(report.AttachedTo, page.Font(10.5, XFontStyleEx.Italic));
        page.Skip(8);
        foreach (var section in report.Sections)
        {
            page.Skip(section.Level == 1 ? 6 : 2);
            page.Block(section.Heading, page.Font(12, section.Level == 1 ? XFontStyleEx.Bold : XFontStyleEx.BoldItalic),
                page.Left, page.Width, XStringFormats.TopLeft);
            foreach (var paragraph in section.Paragraphs)
            {
                page.Paragraph(paragraph, page.Font(12));
            }

            if (section.Table is { } table)
            {
                Rows(page, AwardWidths, table.Columns, table.Rows);
                page.Skip(4);
            }
        }

        Signatures(page, report.Left, report.Right, recipients: false);
    }

    private static void Evidence(Pen page, ProposalPackage package)
    {
        page.Centered("DANH MỤC TÀI LIỆU CHỨNG MINH THÀNH TÍCH", page.Font(12, XFontStyleEx.Bold));
        page.Centered(package.Letter.AnnexNote, page.Font(10.5, XFontStyleEx.Italic));
        page.Skip(8);
        var number = 0;
        foreach (var (nominee, items) in package.Evidence)
        {
            number++;
            page.Block($"{number.ToString(CultureInfo.InvariantCulture)}. {nominee}", page.Font(12, XFontStyleEx.Bold),
                page.Left, page.Width, XStringFormats.TopLeft);
            foreach (var item in items)
            {
                page.Block("- " + item, page.Font(11), page.Left + 14, page.Width - 14, XStringFormats.TopLeft);
            }

            page.Skip(4);
        }
    }

    private static void Table(Pen page, string heading, string note, double[] widths, IReadOnlyList<string> columns,
        IReadOnlyList<IReadOnlyList<string>> rows)
    {
        page.Centered(heading, page.Font(12, XFontStyleEx.Bold));
        page.Centered(note, page.Font(10.5, XFontStyleEx.Italic));
        page.Skip(8);
        Rows(page, widths, columns, rows);
    }

    private static void Rows(Pen page, double[] widths, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var bold = page.Font(10, XFontStyleEx.Bold);
        var regular = page.Font(10);
        XStringFormat[] headAlign = [.. widths.Select(_ => XStringFormats.TopCenter)];
        XStringFormat[] bodyAlign = [XStringFormats.TopCenter, .. widths.Skip(1).Select(_ => XStringFormats.TopLeft)];
        string[] head = [.. columns];
        if (!page.Fits(page.RowHeight(widths, head, bold) * 2))
        {
            page.NewPage();
        }

        page.TableRow(widths, head, bold, headAlign);
        foreach (var row in rows)
        {
            string[] cells = [.. row];
            if (!page.Fits(page.RowHeight(widths, cells, regular)))
            {
                page.NewPage();
                page.TableRow(widths, head, bold, headAlign);
            }

            page.TableRow(widths, cells, regular, bodyAlign);
        }
    }

    private static void Signatures(Pen page, ReportSigner left, ReportSigner right, bool recipients)
    {
        if (!page.Fits(120))
        {
            page.NewPage();
        }

        page.Skip(12);
        var top = page.Y;
        var half = page.Width / 2;
        var leftAlign = recipients ? XStringFormats.TopLeft : XStringFormats.TopCenter;
        page.Block(left.Role, page.Font(recipients ? 10.5 : 11, recipients ? XFontStyleEx.BoldItalic : XFontStyleEx.Bold), page.Left, half, leftAlign);
        foreach (var line in left.Note.Split('\n'))
        {
            page.Block(line, page.Font(10, recipients ? XFontStyleEx.Regular : XFontStyleEx.Italic), page.Left, half, leftAlign);
        }

        if (!recipients)
        {
            page.Skip(50);
            page.Block(left.Name, page.Font(12, XFontStyleEx.Bold), page.Left, half, XStringFormats.TopCenter);
        }

        var leftBottom = page.Y;
        page.Y = top;
        page.Block(right.Role, page.Font(11, XFontStyleEx.Bold), page.Left + half, half, XStringFormats.TopCenter);
        if (right.Note.Length > 0)
        {
            page.Block(right.Note, page.Font(10, XFontStyleEx.Italic), page.Left + half, half, XStringFormats.TopCenter);
        }

        page.Skip(50);
        page.Block(right.Name, page.Font(12, XFontStyleEx.Bold), page.Left + half, half, XStringFormats.TopCenter);
        page.Y = Math.Max(leftBottom, page.Y);
    }
}
