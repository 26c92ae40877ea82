using System.Data;
using System.Globalization;
using PersonGender = Emulation.Domain.Organization.Gender;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// The staff list workbook, shaped like the HR export an office already keeps: sheet <see cref="SheetName"/> with the
/// header row <see cref="Headers"/> and one row per person on the staff (code, full name, gender, date of birth, unit,
/// position, recruitment day); sheet <see cref="ListsSheetName"/> lists the genders and units it accepts.
/// Dates are written as dd/mm/yyyy text, and read as dates or such text.
/// </summary>
public static class StaffListTemplate
{
    public const string SheetName = "DanhSachCanBo";
    public const string ListsSheetName = "DanhMuc";

    public const string Code = "Mã cán bộ";
    public const string FullName = "Họ và tên";
    public const string Gender = "Giới tính";
    public const string DateOfBirth = "Ngày sinh";
    public const string Unit = "Đơn vị";
    public const string Position = "Chức vụ";
    public const string RecruitedOn = "Ngày tuyển dụng";

    public const string FileName = "danh-sach-can-bo.xlsx";

    public static IReadOnlyList<string> Headers { get; } = [Code, FullName, Gender, DateOfBirth, Unit, Position, RecruitedOn];

    /// <summary>An HR export without dates of birth still reads.</summary>
    public static IReadOnlyList<string> OptionalHeaders { get; } = [DateOfBirth];

    private static readonly Dictionary<PersonGender, string> Genders = new()
    {
        [PersonGender.Male] = "Nam",
        [PersonGender.Female] = "Nữ",
    };

    public static string Label(PersonGender gender) => Genders[gender];

    /// <summary>"Nam"/"Nữ" (or the English names), trimmed, in any case or Unicode form.</summary>
    public static bool TryParseGender(string? text, out PersonGender gender)
    {
        var normalized = StaffResultLabels.Normalize(text);
        foreach (var (value, label) in Genders)
        {
            if (string.Equals(normalized, label, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(normalized, value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                gender = value;
                return true;
            }
        }

        gender = default;
        return false;
    }

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>One row of the list as the template writes it.</summary>
    public sealed record Row(string? Code, string FullName, PersonGender Gender, DateOnly? DateOfBirth, string Unit,
        string Position, DateOnly RecruitedOn);

    public static byte[] Build(IEnumerable<Row> rows, IEnumerable<string> units)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(units);
        using var staff = new DataTable(SheetName) { Locale = CultureInfo.InvariantCulture };
        foreach (var header in Headers)
        {
            staff.Columns.Add(header, typeof(string));
        }

        foreach (var row in rows)
        {
            staff.Rows.Add(row.Code, row.FullName, Label(row.Gender), row.DateOfBirth is { } born ? Day(born) : null,
                row.Unit, row.Position, Day(row.RecruitedOn));
        }

        using var lists = new DataTable(ListsSheetName) { Locale = CultureInfo.InvariantCulture };
        lists.Columns.Add(Gender, typeof(string));
        lists.Columns.Add(Unit, typeof(string));
        var unitList = units.ToList();
        for (var i = 0; i < Math.Max(Genders.Count, unitList.Count); i++)
        {
            lists.Rows.Add(Genders.Values.ElementAtOrDefault(i), unitList.ElementAtOrDefault(i));
        }

        using var output = new MemoryStream();
        var sheets = new Dictionary<string, object> { [SheetName] = staff, [ListsSheetName] = lists };
        output.SaveAs(sheets, configuration: new OpenXmlConfiguration
        {
            FastMode = true,
            EnableAutoWidth = true,
            FreezeRowCount = 1,
            TableStyles = TableStyles.None,
        });
        return FormulaSafeWorkbook.QuoteFormulaLikeText(output.ToArray());
    }
}
