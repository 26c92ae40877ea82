using System.Globalization;
using Emulation.Domain.Rules;

namespace Emulation.Web.Documents;

/// <summary>What the council minutes (biên bản họp Hội đồng Thi đua – Khen thưởng) say, ready to write.</summary>
public sealed record CouncilMinutes
{
    public const string CouncilName = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG";
    public const string DraftMark = "(DỰ THẢO - PHIÊN HỌP CHƯA KẾT THÚC)";

    public required string AgencyName { get; init; }
    public required string Place { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required string CampaignName { get; init; }
    public required string ChairName { get; init; }
    public required string SecretaryName { get; init; }
    public required IReadOnlyList<CouncilMinutesMember> Members { get; init; }
    public required int RequiredPresent { get; init; }
    public required string QuorumShare { get; init; }
    public required string RuleSetName { get; init; }
    public required string Article { get; init; }
    public required IReadOnlyList<CouncilMinutesRow> Rows { get; init; }

    /// <summary>True while the session is still open: the results are not final.</summary>
    public bool IsDraft { get; init; }

    public int Present => Members.Count(m => m.Present);
    public bool QuorumMet => Present >= RequiredPresent;

    // The minutes' wording, written once here for every format that prints them (Word, the dossier's PDF).
    public const string Title = "BIÊN BẢN";
    public const string Subject = "Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng";
    public const string Number = "     /BB-HĐTĐKT";
    public const string Adopted = "Biên bản được lập xong và thông qua tại phiên họp.";
    public const string CompositionHeading = "I. THÀNH PHẦN";
    public const string ResultsHeading = "II. KẾT QUẢ BIỂU QUYẾT";
    public const string ConclusionHeading = "III. KẾT LUẬN";
    public const string AbsentLead = "Vắng mặt:";
    public const string SecretaryRole = "THƯ KÝ";
    public const string ChairRole = "CHỦ TỊCH HỘI ĐỒNG";
    public const string SignHint = "(Ký, ghi rõ họ tên)";

    /// <summary>The result text of a passed row; the table says "Không đạt" otherwise.</summary>
    public const string Passed = "Đạt";

    public static IReadOnlyList<string> ResultColumns { get; } =
    [
        "STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu, hình thức", "Đồng ý", "Không đồng ý", "Không biểu quyết",
        "Không tham gia", "Cần đạt", "Kết quả",
    ];

    public string PlaceAndDate => $"{Place}, {AdministrativeText.Date(HeldOn)}";

    public string Basis => $"Căn cứ {CampaignName}; {RuleSetName}.";

    public string Opening =>
        $"Hôm nay, {AdministrativeText.Date(HeldOn)}, tại {AgencyName}, Hội đồng Thi đua - Khen thưởng họp xét đề nghị khen thưởng.";

    public string Presiding => $"Chủ trì: {ChairName}, Chủ tịch Hội đồng. Thư ký: {SecretaryName}.";

    public string Attendance =>
        $"Tổng số thành viên Hội đồng: {Count(Members.Count)}. Có mặt: {Count(Present)}. Vắng mặt: {Count(Members.Count - Present)}.";

    public string Quorum => string.Format(CultureInfo.InvariantCulture,
        "Số thành viên có mặt {0}/{1}; túc số theo bộ quy tắc là {2} của tổng số thành viên ({3} người): {4}.",
        Present, Members.Count, QuorumShare, RequiredPresent,
        QuorumMet ? "phiên họp đủ điều kiện biểu quyết" : "phiên họp KHÔNG đủ điều kiện biểu quyết");

    public string VoteRule => $"Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng, không phải số có mặt ({LegalArticles.CitationOf(Article)}). " +
        "Thành viên là người được đề nghị hoặc thuộc đơn vị được đề nghị không tham gia biểu quyết.";

    public string Conclusion => string.Format(CultureInfo.InvariantCulture,
        "Hội đồng thống nhất đề nghị khen thưởng {0}/{1} trường hợp đạt tỷ lệ biểu quyết theo quy định.",
        Rows.Count(r => r.Result == Passed), Rows.Count);

    public static string MemberLine(CouncilMinutesMember member) =>
        member.FullName + (member.IsChair ? " - Chủ tịch Hội đồng" : " - Thành viên") +
        (member.UnitName is { Length: > 0 } unit ? $" ({unit})" : "");

    /// <summary>A row's cells in the order of <see cref="ResultColumns"/>.</summary>
    public static IReadOnlyList<string> Cells(CouncilMinutesRow r) =>
    [
        r.Number.ToString(CultureInfo.InvariantCulture), r.Subject, r.UnitName, r.Title,
        r.Yes.ToString(CultureInfo.InvariantCulture), r.No.ToString(CultureInfo.InvariantCulture),
        r.Abstain.ToString(CultureInfo.InvariantCulture), r.Recused.ToString(CultureInfo.InvariantCulture),
        $"{r.RequiredYes.ToString(CultureInfo.InvariantCulture)}/{r.Denominator.ToString(CultureInfo.InvariantCulture)}", r.Result,
    ];

    private static string Count(int n) => n.ToString("00", CultureInfo.InvariantCulture);

    public string FileName(int sessionId) =>
        $"bien-ban-hop-hoi-dong-{HeldOn:yyyy-MM-dd}-{sessionId.ToString(CultureInfo.InvariantCulture)}.docx";
}

public sealed record CouncilMinutesMember(string FullName, string? UnitName, bool Present, bool IsChair);

/// <summary>One nomination's ballot: votes by choice, recused members, what the rule needed, and the result in words.</summary>
public sealed record CouncilMinutesRow(int Number, string Subject, string UnitName, string Title, int Yes, int No,
    int Abstain, int Recused, int RequiredYes, int Denominator, string Result);
