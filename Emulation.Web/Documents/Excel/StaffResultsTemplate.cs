using System.Data;
using Emulation.Web.Services.Submissions;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// The staff yearly results workbook: sheet <see cref="SheetName"/> with the header row <see cref="Headers"/> and one
/// row per staff member, prefilled with the current values; sheet <see cref="ListsSheetName"/> lists the allowed
/// words. The sheet name and the header row are what an import recognises the template by.
/// </summary>
public static class StaffResultsTemplate
{
    public const string SheetName = "KetQuaCanBo";
    public const string ListsSheetName = "DanhMuc";

    public const string PersonId = "Mã cán bộ";
    public const string FullName = "Họ và tên";
    public const string Position = "Chức vụ";
    public const string Rating = "Xếp loại";
    public const string MonthsWorked = "Số tháng công tác";
    public const string MaternityLeaveMonths = "Nghỉ thai sản (tháng)";

    /// <summary>Leave that is not working time (Decree 90/2020 Art. 2(3)); optional on import, so older files still read.</summary>
    public const string LeaveMonths = "Nghỉ làm việc (tháng)";
    /// <summary>A transfer within the year: months in the former unit and its opinion; optional on import.</summary>
    public const string MonthsInFormerUnit = "Số tháng ở đơn vị cũ";
    public const string FormerUnitOpinion = "Ý kiến đơn vị cũ";
    /// <summary>
    /// The head's reason for months on the staff other than the positions give for a year broken by a leaving; optional
    /// on import, required on a row whose months differ.
    /// </summary>
    public const string MonthsReason = "Lý do ghi số tháng khác";
    public const string Discipline = "Kỷ luật";
    public const string Initiative = "Sáng kiến";

    public static IReadOnlyList<string> Headers { get; } =
        [PersonId, FullName, Position, Rating, MonthsWorked, MaternityLeaveMonths, Discipline, Initiative, LeaveMonths,
            MonthsInFormerUnit, FormerUnitOpinion, MonthsReason];

    /// <summary>Headers an import accepts without: columns added after files were already in circulation.</summary>
    public static IReadOnlyList<string> OptionalHeaders { get; } = [LeaveMonths, MonthsInFormerUnit, FormerUnitOpinion, MonthsReason];

    public static string FileName(int year, string unitCode) =>
        FormattableString.Invariant($"ket-qua-can-bo-{year}-{unitCode}.xlsx");

    public static byte[] Build(IEnumerable<StaffYearRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var staff = new DataTable(SheetName) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        staff.Columns.Add(PersonId, typeof(int));
        staff.Columns.Add(FullName, typeof(string));
        staff.Columns.Add(Position, typeof(string));
        staff.Columns.Add(Rating, typeof(string));
        staff.Columns.Add(MonthsWorked, typeof(int));
        staff.Columns.Add(MaternityLeaveMonths, typeof(int));
        staff.Columns.Add(Discipline, typeof(string));
        staff.Columns.Add(Initiative, typeof(string));
        staff.Columns.Add(LeaveMonths, typeof(int));
        staff.Columns.Add(MonthsInFormerUnit, typeof(int));
        staff.Columns.Add(FormerUnitOpinion, typeof(string));
        staff.Columns.Add(MonthsReason, typeof(string));
        foreach (var row in rows)
        {
            staff.Rows.Add(row.PersonId, row.FullName, row.Position, StaffResultLabels.Label(row.Rating), row.MonthsWorked,
                row.MaternityLeaveMonths, StaffResultLabels.Label(row.Discipline), StaffResultLabels.Label(row.Initiative),
                row.LeaveMonths, row.MonthsInFormerUnit, StaffResultLabels.OpinionLabel(row.FormerUnitOpinionReceived),
                row.MonthsWorkedReason);
        }

        using var lists = new DataTable(ListsSheetName) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        lists.Columns.Add(Rating, typeof(string));
        lists.Columns.Add(Discipline, typeof(string));
        lists.Columns.Add(Initiative, typeof(string));
        var length = new[] { StaffResultLabels.RatingLabels.Count, StaffResultLabels.DisciplineLabels.Count,
            StaffResultLabels.InitiativeLabels.Count }.Max();
        for (var i = 0; i < length; i++)
        {
            lists.Rows.Add(StaffResultLabels.RatingLabels.ElementAtOrDefault(i),
                StaffResultLabels.DisciplineLabels.ElementAtOrDefault(i),
                StaffResultLabels.InitiativeLabels.ElementAtOrDefault(i));
        }

        using var output = new MemoryStream();
        var sheets = new Dictionary<string, object> { [SheetName] = staff, [ListsSheetName] = lists };
        output.SaveAs(sheets, configuration: new OpenXmlConfiguration
        {
            FastMode = true, // MiniExcel sizes columns to their content only in fast mode
            EnableAutoWidth = true,
            FreezeRowCount = 1,
            TableStyles = TableStyles.None,
        });
        return FormulaSafeWorkbook.QuoteFormulaLikeText(output.ToArray());
    }
}
