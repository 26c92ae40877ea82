using System.Globalization;

namespace Emulation.Web.Documents;

/// <summary>How administrative documents (Decree 30/2020/NĐ-CP) write dates, numbers and headings.</summary>
public static class AdministrativeText
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The office's offset (<see cref="Services.OfficeTime"/>): Vietnam keeps UTC+7 all year.</summary>
    public static TimeSpan VietnamOffset => Services.OfficeTime.Offset;

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// "ngày 05 tháng 3 năm 2026": days below 10 and the months 1 and 2 take a leading zero, so nothing can be
    /// written in front of them later.
    /// </summary>
    public static string Date(DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>2880 → "2.880", 98.5 → "98,5": thousands with dots, decimals with a comma, no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.####", Vietnamese);

    public static string Upper(string text) => text.ToUpper(Vietnamese);

    /// <summary>
    /// Whom a document names, counted: "2 cá nhân và 1 tập thể", "2 cá nhân", "1 tập thể" — a kind with none is left
    /// out, as a letter or decision would never write "0 tập thể".
    /// </summary>
    public static string Recipients(int people, int collectives) => (people, collectives) switch
    {
        ( > 0, > 0) => $"{Number(people)} cá nhân và {Number(collectives)} tập thể",
        (_, > 0) => $"{Number(collectives)} tập thể",
        _ => $"{Number(people)} cá nhân",
    };
}
