using System.Globalization;

namespace Emulation.Domain.Scoring;

/// <summary>Sentence templates per condition code; {n} is the n-th fact's localised value.</summary>
public static class ConditionTexts
{
    private static readonly Dictionary<string, (string Vi, string En)> s_templates = new(StringComparer.Ordinal)
    {
        ["record.present"] = ("Có kết quả đánh giá năm {0}", "A yearly record exists for {0}"),
        ["proceedings.none"] = ("Không đang bị xem xét kỷ luật, thanh tra, giải quyết khiếu nại (đang xem xét: {0})",
            "No discipline, inspection or complaint pending (pending: {0})"),
        ["aw.rating"] = ("Xếp loại chất lượng: {0}; yêu cầu: {1}", "Quality rating: {0}; required: {1}"),
        ["aw.working_time"] = ("Thời gian công tác {0} tháng + nghỉ thai sản, tai nạn lao động, đi học được cử {1} tháng = {2} tháng; tối thiểu {3} tháng (nghỉ việc riêng, không tính: {4} tháng)",
            "Worked {0} months + maternity, work-injury or state-sent training leave {1} months = {2} months; at least {3} required (other leave, not counted: {4} months)"),
        ["aw.recruitment"] = ("Tuyển dụng ngày {0}: {1} tháng đến ngày xét; tối thiểu {2} tháng",
            "Recruited on {0}: {1} months to the reference date; at least {2} required"),
        ["discipline.allowed"] = ("Kỷ luật trong năm: {0}; mức tối đa cho phép: {1}", "Discipline this year: {0}; harshest allowed: {1}"),
        ["cstdcs.advanced_worker"] = ("Đạt danh hiệu Lao động tiên tiến năm nay: {0}", "Advanced Worker this year: {0}"),
        ["cstdcs.excellent_or_initiative"] = ("Xếp loại {0}, {1}; cần {2} hoặc {3}", "Rated {0}, {1}; needs {2} or a {3}"),
        ["cstdct.fighter_streak"] = ("{0} lần liên tục Chiến sĩ thi đua cơ sở (kể cả năm nay); cần {1}",
            "{0} consecutive Grassroots Emulation Fighter titles (this year's included); needs {1}"),
        ["initiative.level"] = ("Sáng kiến: {0}; cần {1} trở lên", "Initiative: {0}; needs a {1} or higher"),
        ["gk.rating"] = ("Xếp loại {0}; yêu cầu: {1}", "Rated {0}; required: {1}"),
        ["gk.achievement"] = ("Thành tích trong phong trào: {0}; đơn vị đạt mọi chỉ tiêu: {1}",
            "Achievement in the movement: {0}; own unit met every target: {1}"),
        ["bk.branch"] = ("{0} lần liên tục CSTĐCS (cần {1}); {2} năm liên tục xuất sắc (cần {3}); {4} sáng kiến cấp cơ sở trở lên được công nhận trong thời gian đó (cần {5}); {6}",
            "{0} consecutive CSTĐCS titles (needs {1}); {2} consecutive excellent years (needs {3}); {4} recognised grassroots initiatives in that time (needs {5}); {6}"),
        ["bk.initiatives_used"] = ("{0} sáng kiến đã làm căn cứ công nhận Chiến sĩ thi đua cơ sở không được tính lại",
            "{0} initiatives that served as the basis of a Grassroots Emulation Fighter title are not counted again"),
        ["award.period_after_previous"] = ("Đã được tặng {0} năm {1} (quyết định {2}): thành tích tính từ năm {3}",
            "Received the {0} for {1} (decision {2}): achievements count from {3}"),
        ["discipline.period_ended"] = ("Hết thời hạn kỷ luật ngày {0}: thành tích tính từ năm {1}",
            "Disciplinary period ended on {0}: achievements count from {1}"),
        ["flag.thematic"] = ("Phong trào thi đua theo chuyên đề {0} năm; cần từ {1} năm", "Thematic campaign of {0} years; needs {1} years or more"),
        ["prior.merit_award"] = ("Đã được tặng {0} (khen công trạng): năm {1}; khen đột xuất/chuyên đề không được tính: {2}",
            "Already holds the {0} (merit award): year {1}; sudden/thematic awards not counted: {2}"),
        ["streak.good_years"] = ("{0} năm liên tục hoàn thành tốt nhiệm vụ trở lên (sau năm {2}); cần {1}",
            "{0} consecutive years rated good or better (after {2}); needs {1}"),
        ["streak.excellent_years"] = ("{0} năm hoàn thành xuất sắc nhiệm vụ trong thời gian đó; cần {1}",
            "{0} excellent years within them; needs {1}"),
        ["streak.fighter_titles"] = ("{0} lần Chiến sĩ thi đua cơ sở trong thời gian đó; cần {1}",
            "{0} Grassroots Emulation Fighter titles within them; needs {1}"),
        ["coll.results_complete"] = ("Đủ số liệu: {0} tiêu chí còn thiếu", "Results complete: {0} criteria missing"),
        ["coll.score"] = ("Điểm đạt {0}% tổng điểm chuẩn; cần từ {1}%", "Score is {0}% of the scored maximum; needs {1}%"),
        ["coll.advanced_share"] = ("{0}/{1} thành viên đạt Lao động tiên tiến; cần tỷ lệ {2}",
            "{0}/{1} members are Advanced Workers; needs a share of {2}"),
        ["coll.discipline"] = ("{0} thành viên bị kỷ luật từ mức {1} trở lên; cần không có ai",
            "{0} members disciplined at {1} or harsher; needs none"),
        ["coll.all_completed"] = ("{0} thành viên xếp loại không hoàn thành nhiệm vụ; cần 100% hoàn thành",
            "{0} members rated not completed; needs everyone completed"),
        ["coll.fighters"] = ("{0} Chiến sĩ thi đua cơ sở trong đơn vị; cần ít nhất {1}", "{0} Grassroots Emulation Fighters in the unit; needs {1}"),
        ["flag.bloc_leader"] = ("Xếp hạng {1} trong khối {0}; cần dẫn đầu khối", "Ranked {1} in bloc {0}; must lead the bloc"),
        ["flag.targets"] = ("Tỷ lệ hoàn thành chỉ tiêu thấp nhất {0}; cần {2} {1} (hoàn thành vượt mức mọi chỉ tiêu)",
            "Lowest target achievement ratio {0}; needs {2} {1} (every target exceeded)"),
        ["flag.excellent"] = ("Đạt Tập thể lao động xuất sắc năm nay: {0}", "Excellent Labour Collective this year: {0}"),
        ["awards.revoked_ignored"] = ("Khen thưởng đã bị thu hồi (năm {0}) không được tính vào số lần liên tục",
            "Revoked awards (year {0}) are not counted in the streaks"),
        ["coll.merit_streak"] = ("{0} năm liên tục Tập thể lao động xuất sắc (kể cả năm nay; cần {1}) hoặc {2} năm liên tục hoàn thành xuất sắc nhiệm vụ (cần {3}); năm của đơn vị tiền thân được tính: {4}",
            "{0} consecutive years as Excellent Labour Collective (this year's included; needs {1}) or {2} consecutive years rated excellent (needs {3}); predecessor years counted: {4}"),
    };

    public static IReadOnlyCollection<string> Codes => s_templates.Keys;

    public static string Render(string code, IReadOnlyList<Fact> facts, string culture)
    {
        bool vi = culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase);
        if (!s_templates.TryGetValue(code, out var template))
        {
            return code + ": " + string.Join(", ", facts.Select(f => $"{f.Name}={f.Display(culture)}"));
        }

        object[] args = new object[facts.Count];
        for (int i = 0; i < facts.Count; i++)
        {
            args[i] = facts[i].Display(culture);
        }

        return string.Format(CultureInfo.InvariantCulture, vi ? template.Vi : template.En, args);
    }
}
