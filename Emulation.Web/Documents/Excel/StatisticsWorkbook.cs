using System.Globalization;
using Emulation.Domain.Statistics;
using Emulation.Web.Services.Statistics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// A statistical report as a workbook laid out as its form: the header block (form number and circular, reporting unit,
/// title, period), the column headings with the form's column letters and numbers (A, B, C, 1, 2 …), one line per row
/// of the form with its code, then the notes (blank cells the records do not hold; revoked awards left out, on the
/// reports of awards) and the
/// signature block. Cell positions are fixed: <see cref="FirstRow"/> is the first row of figures, column D the total.
/// </summary>
public static class StatisticsWorkbook
{
    /// <summary>The sheet row (1-based) of the report's first row of figures.</summary>
    public const int FirstRow = 7;

    /// <summary>The sheet column letter of the report's first column of figures (the total).</summary>
    public const string FirstFigureColumn = "D";

    /// <param name="listBaseUrl">The app's public address: each figure then links to the list of what it counts on the
    /// app's <c>statistics/list</c> page, as on the report's page; none, when null.</param>
    public static byte[] Write(StatisticsSheet sheet, IStringLocalizer vi, string? listBaseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(vi);
        var letters = Enumerable.Range(0, 3 + sheet.Columns.Count).Select(Letter).ToList();
        var lines = new List<Dictionary<string, object?>>();
        void Line(params object?[] cells) =>
            lines.Add(letters.Select((l, i) => (l, v: i < cells.Length ? cells[i] : null)).ToDictionary(x => x.l, x => x.v));

        var period = string.Format(CultureInfo.InvariantCulture, vi["Stats.PeriodLine"],
            sheet.Query.From.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), sheet.Query.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        var reporting = string.Format(CultureInfo.InvariantCulture, vi["Stats.ReportingUnit"], sheet.ReportingUnit);
        var form = StatisticsReports.Form(sheet.Report);
        if (form is not null)
        {
            Line(string.Format(CultureInfo.InvariantCulture, vi["Stats.FormNumber"], form.Number), null, null, reporting);
            Line(string.Format(CultureInfo.InvariantCulture, vi["Stats.IssuedUnder"], HomeAffairsForms.Circular));
        }
        else
        {
            Line(reporting);
            Line(vi["Stats.Summary.Basis"].Value);
        }

        Line(vi[$"Stats.Report.{sheet.Report}.Heading"].Value);
        Line(period);
        Line([null, vi["Stats.Code"].Value, vi["Stats.CountUnit"].Value,
            .. sheet.Columns.Select(c => (object?)StatisticsLabels.Column(vi, sheet.Report, c.Code))]);
        // A form numbers its columns itself (1, 2a, 2b … on 0602.N, where one form splits into collective and individual).
        Line(["A", "B", "C", .. sheet.Columns.Select((c, i) => (object?)(form is null ? (i + 1).ToString(CultureInfo.InvariantCulture) : c.Code))]);
        foreach (var row in sheet.Rows)
        {
            var code = row.Code.Length == 2 ? row.Code : null;
            Line([StatisticsLabels.Row(vi, sheet.Report, row), code, row.CountUnit, .. row.Figures.Select(f => (object?)f)]);
        }

        Line();
        if (sheet.Rows.Any(r => r.Style == RowStyle.NotTracked) || sheet.Columns.Any(c => !c.Tracked))
        {
            Line(StatisticsLabels.NotTrackedNote(vi, sheet.Report));
        }

        if (sheet.Report != StatisticsReport.Movements)
        {
            Line(string.Format(CultureInfo.InvariantCulture, vi["Stats.RevokedNote"], sheet.RevokedExcluded));
        }

        Line();
        Line(vi["Stats.Preparer"].Value, null, null, vi["Stats.Head"].Value);
        Line(vi["Stats.SignName"].Value, null, null, vi["Stats.SignNameSeal"].Value);

        using var output = new MemoryStream();
        output.SaveAs(lines, printHeader: false, sheetName: form is null ? "Tong hop" : form.Number[..6],
            configuration: new OpenXmlConfiguration { FastMode = true, TableStyles = MiniExcelLibs.OpenXml.TableStyles.None });
        var workbook = FormulaSafeWorkbook.QuoteFormulaLikeText(output.ToArray());
        return listBaseUrl is { Length: > 0 } address ? LinkFigures(workbook, sheet, address, letters) : workbook;
    }

    /// <summary>The address of the list a figure counts, as the report's page links it.</summary>
    public static string ListUrl(string baseUrl, StatisticsSheet sheet, StatCell cell)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(sheet);
        return baseUrl.TrimEnd('/') + "/statistics/list" + sheet.Query.ToQueryString(cell, sheet.Report);
    }

    /// <summary>Every figure of the form's rows becomes a hyperlink to its list (the sheet's hyperlinks, before its drawing).</summary>
    private static byte[] LinkFigures(byte[] workbook, StatisticsSheet sheet, string baseUrl, IReadOnlyList<string> letters)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.Single();
            var links = new Hyperlinks();
            foreach (var (row, r) in sheet.Rows.Select((row, r) => (row, r)))
            {
                foreach (var (figure, c) in row.Figures.Select((figure, c) => (figure, c)).Where(f => f.figure is not null))
                {
                    var target = part.AddHyperlinkRelationship(
                        new Uri(ListUrl(baseUrl, sheet, new StatCell(row.Code, sheet.Columns[c].Code))), isExternal: true);
                    links.Append(new Hyperlink
                    {
                        Reference = letters[3 + c] + (FirstRow + r).ToString(CultureInfo.InvariantCulture),
                        Id = target.Id,
                    });
                }
            }

            var worksheet = part.Worksheet!;
            if (links.HasChildren)
            {
                // The schema orders a sheet's parts: the hyperlinks come after the auto-filter and before the drawing.
                if (worksheet.GetFirstChild<Drawing>() is { } drawing)
                {
                    worksheet.InsertBefore(links, drawing);
                }
                else
                {
                    worksheet.Append(links);
                }
            }

            worksheet.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The sheet column letter of the zero-based column <paramref name="index"/> (A, B, … Z, AA …).</summary>
    public static string Letter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + (char)('A' + (index % 26));
}
