using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Resources;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Documents.Proposals;

/// <summary>What the records hold about one nominee, gathered for the achievement report.</summary>
public sealed record NomineeFacts
{
    public required int NominationId { get; init; }
    public required Title Title { get; init; }
    public required int Year { get; init; }
    public required string CampaignName { get; init; }
    public required string UnitName { get; init; }
    public required string AgencyName { get; init; }
    public Person? Person { get; init; }
    public IReadOnlyList<StaffYearResult> Ratings { get; init; } = [];
    public IReadOnlyList<RecognisedInitiative> Initiatives { get; init; } = [];
    public IReadOnlyList<UnitYearRecord> UnitRatings { get; init; } = [];
    public IReadOnlyList<Award> Awards { get; init; } = [];
    public int Members { get; init; }
    public int Women { get; init; }

    /// <summary>Titles the unit's members hold for the campaign year (collective reports).</summary>
    public IReadOnlyList<Title> MemberTitles { get; init; } = [];

    /// <summary>Names of the files the unit attached as evidence in the campaign (collective reports).</summary>
    public IReadOnlyList<string> EvidenceFiles { get; init; } = [];

    public Explanation? Explanation { get; init; }
    public BallotTally? Ballot { get; init; }
    public string? HeadName { get; init; }

    public bool Collective => Person is null;
    public string SubjectName => Person?.FullName ?? UnitName;
}

/// <summary>
/// Writes the achievement report of a nominee from the records: the fixed parts (general information, the tables of
/// titles and awards already recorded, each with its decision) and, unless the unit has edited them, the duties and the
/// achievements. The edited text replaces the prefilled one paragraph for paragraph.
/// </summary>
public sealed class AchievementReportBuilder(IOptions<DocumentOptions> options)
{
    private static readonly CultureInfo Vi = AdministrativeText.Vietnamese;

    /// <summary>
    /// Conditions that say how the rule set reads the law, not what the nominee achieved ("this rule set counts the years
    /// of the previous award again (chưa xác nhận)"): screens show them, an issued report quotes achievements only.
    /// </summary>
    private static readonly HashSet<string> ReadingsOfTheRules = new(StringComparer.Ordinal) { "award.period_counted_again" };
    private const int YearsShown = 5;

    /// <summary>The prefilled duties: the position held (individual) or what the unit is (collective).</summary>
    public string DefaultDuties(NomineeFacts facts) => facts.Person is { } person
        ? $"{person.Position} tại {facts.UnitName}, {facts.AgencyName}; thực hiện các nhiệm vụ được phân công trong năm {facts.Year}."
        : $"{facts.UnitName} là đơn vị thuộc {facts.AgencyName}, thực hiện chức năng, nhiệm vụ được giao theo quy định; " +
          $"năm {facts.Year} có {facts.Members} người ({facts.Women} nữ).";

    /// <summary>The prefilled achievements: the ratings, initiatives and the conditions the title was recommended on.</summary>
    public string DefaultAchievements(NomineeFacts facts)
    {
        var lines = new List<string>();
        var from = facts.Year - YearsShown + 1;
        if (facts.Person is not null)
        {
            lines.AddRange(facts.Ratings.Where(r => r.Year >= from && r.Year <= facts.Year).OrderBy(r => r.Year)
                .Select(r => $"Năm {r.Year.ToString(CultureInfo.InvariantCulture)}: xếp loại {Label(r.Rating)}."));
            lines.AddRange(facts.Initiatives.Where(i => i.Year >= from && i.Year <= facts.Year).OrderBy(i => i.Year)
                .Select(i => $"Năm {i.Year.ToString(CultureInfo.InvariantCulture)}: sáng kiến \u201C{i.Title}\u201D được công nhận {Label(i.Level).ToLower(Vi)}."));
        }
        else
        {
            lines.AddRange(facts.UnitRatings.Where(r => r.Year >= from && r.Year <= facts.Year).OrderBy(r => r.Year)
                .Select(r => $"Năm {r.Year.ToString(CultureInfo.InvariantCulture)}: tập thể xếp loại {Label(r.Rating)}."));
            foreach (var group in facts.MemberTitles.GroupBy(t => t).OrderBy(g => g.Key))
            {
                lines.Add($"Năm {facts.Year.ToString(CultureInfo.InvariantCulture)}: {group.Count()} cá nhân đạt danh hiệu \u201C{Wording.TitleName(Wording.Vietnamese, group.Key)}\u201D.");
            }
        }

        if (facts.Explanation is { } explanation)
        {
            lines.Add($"Kết quả bình xét {facts.CampaignName}: đủ điều kiện đề nghị \u201C{Wording.TitleName(Wording.Vietnamese, facts.Title)}\u201D ({LegalArticles.CitationOf(explanation.Article)}):");
            lines.AddRange(explanation.Conditions.Where(c => c.Passed && !ReadingsOfTheRules.Contains(c.Code))
                .Select(c => "- " + Wording.Condition(Wording.Vietnamese, Vi, c)));
        }

        if (lines.Count == 0)
        {
            lines.Add($"Thành tích năm {facts.Year.ToString(CultureInfo.InvariantCulture)} trong {facts.CampaignName}.");
        }

        return string.Join('\n', lines);
    }

    public AchievementReportDocument Build(NomineeFacts facts, string duties, string achievements, bool confirmed,
        string governingAgency, string proposalNumber, DateOnly proposalDate, string agencySymbol)
    {
        var title = Wording.TitleName(Wording.Vietnamese, facts.Title);
        var awards = facts.Awards.OrderBy(a => a.Year).ThenBy(a => a.DecisionDate).ToList();
        var titles = AwardRows(awards.Where(a => Titles.IndividualEmulation.Contains(a.Title) || Titles.CollectiveEmulation.Contains(a.Title)));
        var forms = AwardRows(awards.Where(a => !Titles.IndividualEmulation.Contains(a.Title) && !Titles.CollectiveEmulation.Contains(a.Title)));
        IReadOnlyList<ReportSection> sections = facts.Person is { } person
            ?
            [
                new("I. THÔNG TIN CHUNG", 1, General(person, facts)),
                new("II. THÀNH TÍCH ĐẠT ĐƯỢC", 1, []),
                new("1. Quyền hạn, nhiệm vụ được giao", 2, Paragraphs(duties)),
                new("2. Thành tích đạt được", 2, Paragraphs(achievements)),
                new("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", 1, []),
                new("1. Danh hiệu thi đua", 2, titles.Count == 0 ? ["Chưa có."] : [], Table(titles)),
                new("2. Hình thức khen thưởng", 2, forms.Count == 0 ? ["Chưa có."] : [], Table(forms)),
            ]
            :
            [
                new("I. ĐẶC ĐIỂM, TÌNH HÌNH", 1, []),
                new("1. Đặc điểm, tình hình", 2,
                [
                    $"Tên tập thể: {facts.UnitName}, thuộc {facts.AgencyName}.",
                    $"Tổng số người: {facts.Members.ToString(CultureInfo.InvariantCulture)}, trong đó nữ: {facts.Women.ToString(CultureInfo.InvariantCulture)}.",
                ]),
                new("2. Chức năng, nhiệm vụ", 2, Paragraphs(duties)),
                new("II. THÀNH TÍCH ĐẠT ĐƯỢC", 1, Paragraphs(achievements)),
                new("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", 1, []),
                new("1. Danh hiệu thi đua", 2, titles.Count == 0 ? ["Chưa có."] : [], Table(titles)),
                new("2. Hình thức khen thưởng", 2, forms.Count == 0 ? ["Chưa có."] : [], Table(forms)),
            ];
        return new AchievementReportDocument
        {
            GoverningAgency = governingAgency,
            AgencyName = facts.Collective ? facts.AgencyName : facts.UnitName,
            Number = $"      /BC-{agencySymbol}",
            Place = options.Value.Place,
            Date = proposalDate,
            SubjectName = facts.SubjectName,
            Collective = facts.Collective,
            Subtitle = $"Đề nghị tặng \u201C{title}\u201D năm {facts.Year.ToString(CultureInfo.InvariantCulture)}",
            AttachedTo = $"(Kèm theo Tờ trình số {proposalNumber} {AdministrativeText.Date(proposalDate)} của {facts.AgencyName})",
            Sections = sections,
            Left = facts.Collective
                ? new ReportSigner("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG", "(Ký, đóng dấu)", "")
                : new ReportSigner("XÁC NHẬN, ĐỀ NGHỊ CỦA THỦ TRƯỞNG ĐƠN VỊ", confirmed ? "(Đã xác nhận)" : "(Ký, ghi rõ họ tên)", facts.HeadName ?? ""),
            Right = facts.Collective
                ? new ReportSigner("THỦ TRƯỞNG ĐƠN VỊ", confirmed ? "(Đã xác nhận)" : "(Ký, ghi rõ họ tên)", facts.HeadName ?? "")
                : new ReportSigner("NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ tên)", facts.SubjectName),
            Confirmed = confirmed,
        };
    }

    /// <summary>One row per award of the records: year, title, and the decision that granted it.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> AwardRows(IEnumerable<Award> awards) =>
        [.. awards.Select(a => (IReadOnlyList<string>)
        [
            a.Year.ToString(CultureInfo.InvariantCulture), Wording.TitleName(Wording.Vietnamese, a.Title),
            $"Quyết định số {a.DecisionNumber} ngày {a.DecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của {a.IssuerName}",
        ])];

    private static ReportTable? Table(IReadOnlyList<IReadOnlyList<string>> rows) =>
        rows.Count == 0 ? null : new ReportTable(AchievementReportDocument.AwardColumns, rows);

    private static List<string> General(Person person, NomineeFacts facts)
    {
        var lines = new List<string>
        {
            $"- Họ và tên: {person.FullName}. Giới tính: {(person.Gender == Gender.Female ? "Nữ" : "Nam")}.",
        };
        if (person.DateOfBirth is { } born)
        {
            lines.Add($"- Ngày, tháng, năm sinh: {born.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.");
        }

        lines.Add($"- Chức vụ: {person.Position}.");
        lines.Add($"- Đơn vị công tác: {facts.UnitName}, {facts.AgencyName}.");
        lines.Add($"- Ngày tuyển dụng: {person.RecruitedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.");
        return lines;
    }

    private static List<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string Label<TEnum>(TEnum value) where TEnum : struct, Enum => Wording.Label(Wording.Vietnamese, value);
}
