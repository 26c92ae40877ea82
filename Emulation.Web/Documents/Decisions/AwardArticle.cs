using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Web.Resources;
using Emulation.Web.Services.Decisions;

namespace Emulation.Web.Documents.Decisions;

/// <summary>
/// Article 1 of a merit award decision as a Vietnamese decision words it: for each title or form, what is awarded and to
/// whom ("Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 cá nhân đã có thành tích xuất sắc trong phong trào thi
/// đua năm 2026: ông Nguyễn Văn A, Chuyên viên, Phòng Tổng hợp."), the recipients named in the article when they are
/// few, else "(có danh sách kèm theo)". The agency's decisions and the deciding level's on a dossier are worded by it alike.
/// </summary>
public static class AwardArticle
{
    /// <summary>The most recipients of one title named in the article itself; more go to the attached list only.</summary>
    public const int NamedInArticle = 3;

    /// <summary>
    /// The article for <paramref name="lines"/> of the campaign year <paramref name="year"/>; <paramref name="giver"/> is
    /// who gives a Giấy khen (e.g. "Chánh Văn phòng UBND tỉnh"). One sentence per title, in the order of the lines.
    /// <paramref name="achievement"/> words what is rewarded when it is not a campaign year's achievement (a sudden
    /// award's " đã có thành tích xuất sắc đột xuất").
    /// </summary>
    public static string Write(IReadOnlyList<DecisionLine> lines, int year, string giver, string? achievement = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // A posthumous award is worded in a sentence of its own: "Truy tặng …" (Decree 152/2025 Art. 54(1)).
        var sentences = lines.GroupBy(l => (l.Title, l.Posthumous)).Select(group =>
        {
            var (title, posthumous) = group.Key;
            // People and collectives, not awards: one recipient holding the title twice is one.
            var recipients = group.DistinctBy(l => (l.PersonId, Collective: l.PersonId is null ? l.UnitId : 0)).ToList();
            var count = recipients.Count.ToString("00", CultureInfo.InvariantCulture) +
                (Titles.IsCollective(title) ? " tập thể" : " cá nhân");
            var who = recipients.Count <= NamedInArticle
                ? ": " + string.Join("; ", recipients.Select(Recipient)) + "."
                : " (có danh sách kèm theo).";
            var awarded = Awarded(title, year, giver, posthumous);
            return awarded + " cho " + count + (achievement ?? Achievement(title, year)) + who;
        });
        return string.Join(" ", sentences);
    }

    /// <summary>
    /// What is awarded, with its verb: a title is recognised or given, a form of commendation given; to someone who died,
    /// either is given posthumously ("Truy tặng").
    /// </summary>
    private static string Awarded(Title title, int year, string giver, bool posthumous)
    {
        var name = Expanded(Wording.TitleName(Wording.Vietnamese, title).Replace(" (tập thể)", "", StringComparison.Ordinal));
        var give = posthumous ? "Truy tặng" : "Tặng";
        return title switch
        {
            Title.AdvancedWorker or Title.AdvancedLabourCollective =>
                $"{(posthumous ? give : "Công nhận")} danh hiệu \u201C{name}\u201D năm {year}",
            Title.GrassrootsEmulationFighter or Title.ProvincialEmulationFighter or Title.ExcellentLabourCollective =>
                $"{give} danh hiệu \u201C{name}\u201D năm {year}",
            Title.CertificateOfCommendation or Title.CollectiveCertificateOfCommendation => $"{give} {name} của {Expanded(giver)}",
            _ => $"{give} {name}",
        };
    }

    /// <summary>Why: a form of commendation names the achievement; a title carries its year already.</summary>
    private static string Achievement(Title title, int year) => title switch
    {
        Title.AdvancedWorker or Title.AdvancedLabourCollective or Title.GrassrootsEmulationFighter
            or Title.ProvincialEmulationFighter or Title.ExcellentLabourCollective => "",
        Title.ProvincialEmulationFlag => $" đã dẫn đầu phong trào thi đua năm {year}",
        _ => $" đã có thành tích xuất sắc trong phong trào thi đua năm {year}",
    };

    /// <summary>"ông Nguyễn Văn A, Chuyên viên, Phòng Tổng hợp"; a collective by its name.</summary>
    private static string Recipient(DecisionLine line)
    {
        if (line.PersonId is null)
        {
            return line.RecipientName;
        }

        var honorific = line.Gender switch
        {
            Gender.Female => "bà ",
            Gender.Male => "ông ",
            _ => "",
        };
        return string.Join(", ", new[] { honorific + line.RecipientName, line.Position, line.UnitNameAtDecision }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
    }

    /// <summary>"UBND" written out, as the text of a decision's article has it.</summary>
    private static string Expanded(string text) => text.Replace("UBND", "Ủy ban nhân dân", StringComparison.Ordinal);
}
