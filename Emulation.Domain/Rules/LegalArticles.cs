using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>Where each title's criteria are written (Law 06/2022/QH15 unless stated).</summary>
public static class LegalArticles
{
    /// <summary>
    /// The citations alone ("Nghị định 98/2023/NĐ-CP Điều 53 khoản 2"), without the notes in brackets that follow them here
    /// (what the rule keeps, or that a clause is "chưa xác nhận"): what an issued document quotes, where the notes are ours,
    /// not the law's. Every note goes, so "A (…); B Điều 5 (…)" quotes both A and B Điều 5.
    /// </summary>
    public static string CitationOf(string article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var citation = new System.Text.StringBuilder(article.Length);
        int depth = 0;
        for (int i = 0; i < article.Length; i++)
        {
            char c = article[i];
            if (c == '(' && (depth > 0 || (i > 0 && article[i - 1] == ' ')))
            {
                depth++;
                continue;
            }

            if (depth > 0)
            {
                depth -= c == ')' ? 1 : 0;
                continue;
            }

            citation.Append(c);
        }

        return string.Join("; ", citation.ToString().Split(';').Select(part => part.Trim()).Where(part => part.Length > 0));
    }

    public const string Law = "Luật TĐKT 06/2022/QH15";
    public const string RecruitmentCircular = "Thông tư 01/2024/TT-BNV";
    public const string NotBasisForMerit = "Nghị định 152/2025/NĐ-CP Điều 4 khoản 3";
    public const string Deferral = "Nghị định 152/2025/NĐ-CP Điều 4 khoản 4";
    public const string Maternity = "Nghị định 152/2025/NĐ-CP Điều 4 khoản 5; Thông tư 01/2024/TT-BNV Điều 1 khoản 5";
    public const string WorkingTimeCircular = "Thông tư 01/2024/TT-BNV Điều 1 khoản 5";

    /// <summary>Decree 98/2023's principles of commendation, cited without a clause the text was not read for (unconfirmed).</summary>
    public const string Decree98Principles = "Nghị định 98/2023/NĐ-CP (nguyên tắc khen thưởng; điều, khoản chưa xác nhận)";
    public const string AwardPeriod = "Nghị định 152/2025/NĐ-CP Điều 33 khoản 7";

    /// <summary>
    /// A rule set without Decree 152/2025 Art. 33(7) (Decree 98/2023) counts the years of a previous award again; the Law's
    /// principle of one form per achievement applies under both decrees, so the reading is unconfirmed and said so.
    /// </summary>
    public const string AwardPeriodNotRestarted = "Nghị định 98/2023/NĐ-CP (không quy định thời gian xét thành tích bắt đầu sau lần khen thưởng trước); Luật TĐKT 06/2022/QH15 Điều 5 (không tặng thưởng nhiều hình thức cho một thành tích; khoản, điểm chưa xác nhận)";
    public const string InitiativeOnce = "Luật TĐKT 06/2022/QH15 Điều 74; hướng dẫn của Bộ Nội vụ (sáng kiến đã làm căn cứ công nhận CSTĐCS không tính lại)";
    /// <summary>The new unit reviews a transferred person on the former unit's opinion; the clause was not read, so none is cited.</summary>
    /// <summary>
    /// Not an article: the review's own procedure, cited where a unit's results are not submitted. The head's ratings are
    /// a draft until the unit submits them; no article is cited because none was read for it.
    /// </summary>
    public const string SubmittedResults = "Quy trình bình xét của phong trào: chỉ xét kết quả đơn vị đã gửi (kết quả chưa gửi là bản nháp của thủ trưởng đơn vị)";

    public const string FormerUnitOpinion = "Thông tư 01/2024/TT-BNV (cá nhân chuyển công tác: đơn vị mới bình xét trên cơ sở ý kiến nhận xét của đơn vị cũ; điều, khoản chưa xác nhận)";

    /// <summary>The individuals a collective's 70% is taken of (Art. 27–28); whether those not rated count is a setting.</summary>
    public const string MembersNotRated = "Luật TĐKT 06/2022/QH15 Điều 27, 28 (tỷ lệ 70% cá nhân trong tập thể); Nghị định 90/2020/NĐ-CP Điều 2 khoản 3 (không xếp loại khi làm việc dưới 6 tháng)";
    /// <summary>Cash rounded up to tens of thousands of đồng.</summary>
    public const string CashRounding = "Nghị định 98/2023/NĐ-CP Điều 53 khoản 2";

    /// <summary>Decree 152/2025 keeps the rounding; its own clause was not read, so the earlier one is cited with a note.</summary>
    public const string CashRoundingDecree152 = "Nghị định 98/2023/NĐ-CP Điều 53 khoản 2 (nguyên tắc giữ nguyên theo Nghị định 152/2025/NĐ-CP; điều, khoản chưa xác nhận)";

    /// <summary>Decree 98/2023's cash for the emulation titles (as Decree 91/2017 Art. 69 before it).</summary>
    public const string Decree98TitleCash = "Nghị định 98/2023/NĐ-CP Điều 54";

    /// <summary>Decree 98/2023's cash for the Bằng khen and Giấy khen; the article's number was not read.</summary>
    public const string Decree98MeritCash = "Nghị định 98/2023/NĐ-CP (mức tiền thưởng Bằng khen, Giấy khen; điều chưa xác nhận)";

    /// <summary>Decree 98/2023's cash for the orders; the article's number was not read.</summary>
    public const string Decree98OrderCash = "Nghị định 98/2023/NĐ-CP (mức tiền thưởng Huân chương; điều chưa xác nhận)";

    /// <summary>Decree 152/2025 keeps the titles' amounts; the article's number was not read.</summary>
    public const string Decree152TitleCash = "Nghị định 152/2025/NĐ-CP (mức tiền thưởng danh hiệu thi đua, giữ mức của Nghị định 98/2023/NĐ-CP Điều 54; điều chưa xác nhận)";

    /// <summary>Decree 152/2025's cash for an individual's Bằng khen and Giấy khen.</summary>
    public const string Decree152MeritCash = "Nghị định 152/2025/NĐ-CP Điều 54 khoản 1";

    /// <summary>A collective's Bằng khen or Giấy khen: twice an individual's; the clause's number was not read.</summary>
    public const string Decree152CollectiveMeritCash = "Nghị định 152/2025/NĐ-CP Điều 54 (tập thể gấp hai lần mức của cá nhân; khoản chưa xác nhận)";

    /// <summary>Decree 152/2025's cash for the Labour Order, third class.</summary>
    public const string Decree152OrderCash = "Nghị định 152/2025/NĐ-CP Điều 51 khoản 1 điểm h";

    public const string LeaveCap = "Nghị định 90/2020/NĐ-CP Điều 2 khoản 3 (sửa đổi bởi Nghị định 48/2023/NĐ-CP)";

    /// <summary>
    /// The cap read for six months of leave beside six at work: the text bars rating only under six months' working time and
    /// caps "from 3 to under 6 months" of leave, silent on exactly six; the year is rated and kept under the cap.
    /// </summary>
    public const string LeaveCapSixMonths = "Nghị định 90/2020/NĐ-CP Điều 2 khoản 3 (sửa đổi bởi Nghị định 48/2023/NĐ-CP) (văn bản giới hạn mức xếp loại khi nghỉ từ 03 tháng đến dưới 06 tháng và không xếp loại khi công tác dưới 06 tháng; nghỉ đủ 06 tháng bên cạnh 06 tháng công tác vẫn được xếp loại và giữ giới hạn này: chưa xác nhận)";
    /// <summary>The cap on staff rated "Hoàn thành xuất sắc nhiệm vụ"; the article's clause was not read, so none is cited.</summary>
    public const string ExcellentShare = "Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP); Quy định 366-QĐ/TW: tỷ lệ xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" không quá 20% số được xếp loại \"Hoàn thành tốt nhiệm vụ\" trở lên (trường hợp đặc biệt không quá 25%)";
    /// <summary>Art. 28's discipline bar applied to Tập thể lao động xuất sắc too; the domain notes give Art. 27 none of its own.</summary>
    public const string ExcellentCollectiveDiscipline = "Luật TĐKT 06/2022/QH15 Điều 28 (không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên; áp dụng cho Điều 27 chưa xác nhận, Điều 27 đã đòi 100% cá nhân hoàn thành nhiệm vụ)";

    /// <summary>A person disciplined in the year is rated "not completed".</summary>
    public const string DisciplinedNotCompleted = "Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP): bị kỷ luật trong năm thì xếp loại không hoàn thành nhiệm vụ";
    public const string ThematicFlag = "Luật TĐKT 06/2022/QH15 Điều 26 khoản 2";
    public const string FlagTargets = "Luật TĐKT 06/2022/QH15 Điều 26 khoản 1 điểm a";

    public static string For(Title title) => title switch
    {
        Title.AdvancedWorker => $"{Law} Điều 24",
        Title.GrassrootsEmulationFighter => $"{Law} Điều 23",
        Title.ProvincialEmulationFighter => $"{Law} Điều 22",
        Title.CertificateOfCommendation or Title.CollectiveCertificateOfCommendation => $"{Law} Điều 75",
        Title.ProvincialCertificateOfMerit or Title.CollectiveProvincialCertificateOfMerit => $"{Law} Điều 74",
        Title.PrimeMinisterCertificateOfMerit => $"{Law} Điều 73",
        Title.LabourOrderThirdClass => $"{Law} Điều 44",
        Title.AdvancedLabourCollective => $"{Law} Điều 28",
        Title.ExcellentLabourCollective => $"{Law} Điều 27",
        Title.ProvincialEmulationFlag => $"{Law} Điều 26",
        _ => Law,
    };
}
