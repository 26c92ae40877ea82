using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
using Emulation.Web.Data;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Documents.Signing;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Documents.Proposals;

/// <summary>
/// The files of a proposal dossier for the level that decides, each part editable in Word: the submission letter with its
/// list of nominees and their secret-ballot results, each nominee's achievement report, the minutes of the agency's
/// council sessions that voted on the nominees, and the summary list (danh sách trích ngang, also as a workbook); the
/// whole package as one PDF. The agency's proposers read every dossier, the receiving board those sent to it.
/// </summary>
public sealed class ProposalDocumentService(
    IDbContextFactory<EmulationDbContext> factory,
    IConfiguration configuration,
    IOptions<DocumentOptions> options,
    ProposalLetterDocxWriter docx,
    AchievementReportService reports,
    AchievementReportBuilder reportBuilder,
    AchievementReportDocxWriter reportDocx,
    ProposalPackagePdfWriter packagePdf,
    AnnexDocxWriter annexDocx,
    CouncilMinutesDocxWriter minutesDocx,
    CouncilSessionService sessions,
    PdfSigning signing)
{
    private static readonly IReadOnlyList<(string, Type)> SummaryColumns =
    [
        ("STT", typeof(int)), ("Họ và tên / Tập thể", typeof(string)), ("Năm sinh", typeof(int)), ("Giới tính", typeof(string)),
        ("Chức vụ", typeof(string)), ("Đơn vị", typeof(string)), ("Danh hiệu, hình thức đề nghị", typeof(string)),
        ("Số phiếu đồng ý", typeof(int)), ("Tổng số thành viên Hội đồng", typeof(int)), ("Tỷ lệ đồng ý (%)", typeof(decimal)),
    ];

    public async Task<DocumentFile?> GetLetterDocxAsync(Actor actor, int proposalId) =>
        await LoadAsync(actor, proposalId) is { } dossier
            ? new DocumentFile(Letter(dossier).FileName("docx"), DocumentFile.DocxContentType, docx.Write(Letter(dossier)))
            : null;

    private static readonly int[] SummaryWidths = [567, 2000, 850, 850, 2700, 2104];
    private static readonly int[] BallotWidths = [567, 2800, 2500, 2000, 1204];

    /// <summary>The summary list as an editable Word file, the table the dossier's PDF prints.</summary>
    public async Task<DocumentFile?> GetSummaryDocxAsync(Actor actor, int proposalId) =>
        await LoadAsync(actor, proposalId) is { } dossier
            ? new DocumentFile($"danh-sach-trich-ngang-{DecisionText.Slug(dossier.Number)}.docx", DocumentFile.DocxContentType,
                annexDocx.Write("DANH SÁCH TRÍCH NGANG", Letter(dossier).AnnexNote, ProposalPackage.SummaryColumns, SummaryWidths,
                    SummaryRows(dossier)))
            : null;

    /// <summary>
    /// The minutes of the council sessions that voted on the dossier's nominees, with the secret-ballot results, as one
    /// editable Word file (a session a page on); the ballot tally alone when the ballots were counted outside any
    /// recorded session, as the PDF has it.
    /// </summary>
    public async Task<DocumentFile?> GetMinutesDocxAsync(Actor actor, int proposalId)
    {
        if (await LoadAsync(actor, proposalId) is not { } dossier)
        {
            return null;
        }

        var minutes = await MinutesAsync(actor, dossier);
        var letter = Letter(dossier);
        var content = minutes.Count > 0
            ? minutesDocx.Write(minutes)
            : annexDocx.Write(ProposalPackage.BallotHeading(CouncilName(letter)), letter.AnnexNote, ProposalPackage.BallotColumns, BallotWidths, BallotRows(dossier));
        return new DocumentFile($"bien-ban-hop-hoi-dong-{DecisionText.Slug(dossier.Number)}.docx", DocumentFile.DocxContentType, content);
    }

    public async Task<DocumentFile?> GetSummaryXlsxAsync(Actor actor, int proposalId)
    {
        if (await LoadAsync(actor, proposalId) is not { } dossier)
        {
            return null;
        }

        var rows = dossier.Nominees.Select((n, i) => new object?[]
        {
            i + 1, n.Name, n.BirthYear, n.Gender is { } g ? GenderText(g) : "", n.Position ?? "", n.Unit, Wording.TitleName(Wording.Vietnamese, n.Title),
            n.Ballot?.Yes, n.Ballot?.CouncilMembers, n.Ballot is { CouncilMembers: > 0 } b ? Percent(b) : null,
        });
        return new DocumentFile($"danh-sach-trich-ngang-{DecisionText.Slug(dossier.Number)}.xlsx", DocumentFile.XlsxContentType,
            ListWorkbook.Write("Danh sách trích ngang", SummaryColumns, rows));
    }

    /// <summary>One nominee's achievement report as an editable Word file; null when the nominee is not in the dossier.</summary>
    public async Task<DocumentFile?> GetReportDocxAsync(Actor actor, int proposalId, int nominationId)
    {
        if (await LoadAsync(actor, proposalId) is not { } dossier || !dossier.Nominees.Any(n => n.NominationId == nominationId))
        {
            return null;
        }

        var report = (await ReportsAsync(actor, dossier, [nominationId])).Single().Document;
        return new DocumentFile(report.FileName("docx"), DocumentFile.DocxContentType, reportDocx.Write(report));
    }

    /// <summary>
    /// The whole dossier as one PDF with bookmarks (letter, secret-ballot result, summary list, each report, evidence),
    /// signed digitally when the deployment configures a certificate.
    /// </summary>
    public async Task<DocumentFile?> GetPackagePdfAsync(Actor actor, int proposalId)
    {
        if (await LoadAsync(actor, proposalId) is not { } dossier)
        {
            return null;
        }

        var letter = Letter(dossier);
        var documents = await ReportsAsync(actor, dossier, [.. dossier.Nominees.Select(n => n.NominationId)]);
        var package = new ProposalPackage(letter, CouncilName(letter), await MinutesAsync(actor, dossier), BallotRows(dossier),
            SummaryRows(dossier), [.. documents.Select(d => d.Document)],
            [.. documents.Select(d => (d.Facts.SubjectName, Evidence(d.Facts)))]);
        var pdf = await signing.SignAsync(packagePdf.Write(package), "Hồ sơ đề nghị khen thưởng kèm Tờ trình số " + dossier.Number);
        return new DocumentFile(package.FileName, DocumentFile.PdfContentType, pdf);
    }

    private static string CouncilName(ProposalLetter letter) => "Hội đồng Thi đua - Khen thưởng " + letter.AgencyName;

    private async Task<IReadOnlyList<CouncilMinutes>> MinutesAsync(Actor actor, Dossier dossier)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        return await sessions.MinutesOfNomineesAsync(db, [.. dossier.Nominees.Select(n => n.NominationId)]);
    }

    private static IReadOnlyList<IReadOnlyList<string>> BallotRows(Dossier dossier) =>
    [
        .. dossier.Nominees.Select((n, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), n.Name, Wording.TitleName(Wording.Vietnamese, n.Title),
            n.Ballot is { } b ? $"{b.Yes}/{b.CouncilMembers}" : "",
            n.Ballot is { CouncilMembers: > 0 } t ? AdministrativeText.Number(Percent(t)) : "",
        ]),
    ];

    private static IReadOnlyList<IReadOnlyList<string>> SummaryRows(Dossier dossier) =>
    [
        .. dossier.Nominees.Select((n, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), n.Name,
            n.BirthYear is { } born ? born.ToString(CultureInfo.InvariantCulture) : "", n.Gender is { } g ? GenderText(g) : "",
            n.Position is { } position ? $"{position}, {n.Unit}" : n.Unit, Wording.TitleName(Wording.Vietnamese, n.Title),
        ]),
    ];

    private ProposalLetter Letter(Dossier dossier)
    {
        var people = dossier.Nominees.Count(n => n.Gender is not null);
        var collectives = dossier.Nominees.Count - people;
        var authority = AuthorityText(dossier.DecidedBy);
        var agency = configuration["Emulation:IssuingAgency"] ?? DecisionService.DefaultAgency;
        return new ProposalLetter
        {
            GoverningAgency = configuration["Emulation:GoverningAgency"] ?? DecisionDocumentService.DefaultGoverningAgency,
            AgencyName = agency,
            Number = dossier.Number,
            Date = dossier.Date,
            Place = options.Value.Place,
            Subject = $"Về việc đề nghị {authority} khen thưởng thành tích phong trào thi đua năm {dossier.Year}",
            Recipient = dossier.Recipient,
            Paragraphs =
            [
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 và các văn bản quy định chi tiết thi hành;",
                $"Căn cứ kết quả bình xét và bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng {agency} đối với {dossier.CampaignName};",
                $"{agency} kính đề nghị {authority} xem xét, quyết định khen thưởng cho {AdministrativeText.Recipients(people, collectives)} đã có thành tích (có danh sách kèm theo).",
                "Hồ sơ kèm theo gồm: báo cáo thành tích của từng cá nhân, tập thể; biên bản họp và kết quả bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng; danh sách trích ngang; các văn bản chứng minh thành tích.",
                $"Kính trình {authority} xem xét, quyết định./.",
            ],
            SignerPosition = DecisionService.DefaultSignerPosition,
            SignerName = dossier.SignerName,
            Rows = [.. dossier.Nominees.Select((n, i) => new ProposalLetterRow(i + 1, n.Name,
                n.Position is { } position ? $"{position}, {n.Unit}" : n.Unit, Wording.TitleName(Wording.Vietnamese, n.Title),
                n.Ballot is { CouncilMembers: > 0 } b
                    ? $"{b.Yes}/{b.CouncilMembers} ({AdministrativeText.Number(Percent(b))}%)"
                    : ""))],
        };
    }

    private async Task<List<(NomineeFacts Facts, AchievementReportDocument Document)>> ReportsAsync(Actor actor, Dossier dossier,
        IReadOnlyCollection<int> nominationIds)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var governing = configuration["Emulation:GoverningAgency"] ?? DecisionDocumentService.DefaultGoverningAgency;
        var symbol = dossier.Number.Contains('-', StringComparison.Ordinal) ? dossier.Number[(dossier.Number.LastIndexOf('-') + 1)..] : "TĐKT";
        return [.. (await reports.FactsAsync(db, nominationIds)).Select(r => (r.Facts, reportBuilder.Build(r.Facts,
            r.Stored?.Duties ?? reportBuilder.DefaultDuties(r.Facts), r.Stored?.Achievements ?? reportBuilder.DefaultAchievements(r.Facts),
            r.Stored?.Confirmed ?? false, governing, dossier.Number, dossier.Date, symbol)))];
    }

    /// <summary>What proves the achievements: the ratings, the recognised initiatives, the decisions of earlier awards, the unit's files.</summary>
    private static IReadOnlyList<string> Evidence(NomineeFacts facts)
    {
        var items = new List<string>();
        items.AddRange(facts.Ratings.Where(r => r.Year <= facts.Year).OrderBy(r => r.Year).Select(r =>
            $"Kết quả đánh giá, xếp loại chất lượng năm {r.Year.ToString(CultureInfo.InvariantCulture)}: {Wording.Label(Wording.Vietnamese, r.Rating)}"));
        items.AddRange(facts.UnitRatings.Where(r => r.Year <= facts.Year).OrderBy(r => r.Year).Select(r =>
            $"Kết quả xếp loại tập thể năm {r.Year.ToString(CultureInfo.InvariantCulture)}: {Wording.Label(Wording.Vietnamese, r.Rating)}"));
        items.AddRange(facts.Initiatives.Where(i => i.Year <= facts.Year).OrderBy(i => i.Year).Select(i =>
            $"Công nhận sáng kiến \u201C{i.Title}\u201D ({Wording.Label(Wording.Vietnamese, i.Level).ToLower(AdministrativeText.Vietnamese)}, năm {i.Year.ToString(CultureInfo.InvariantCulture)})"));
        items.AddRange(AchievementReportBuilder.AwardRows(facts.Awards.OrderBy(a => a.DecisionDate)).Select(r => $"{r[2]}: {r[1]} năm {r[0]}"));
        items.AddRange(facts.EvidenceFiles.Select(f => "Tệp minh chứng: " + f));
        if (items.Count == 0)
        {
            items.Add("Không có tài liệu trong hồ sơ lưu.");
        }

        return items;
    }

    private async Task<Dossier?> LoadAsync(Actor actor, int proposalId)
    {
        actor.RequirePolicy(Policies.ReadProposalDossiers);
        await using var db = await factory.CreateDbContextAsync(actor);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId);
        // The agency's proposers read every dossier; the receiving board only those sent to it (any other is not found).
        if (proposal is null || (!actor.Can(Policies.Propose) && (proposal.ReceivingUnitId is null || proposal.ReceivingUnitId != actor.UnitId)))
        {
            return null;
        }

        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == proposal.CampaignId)
            .Select(c => new { c.Name, c.Year }).SingleAsync();
        var signer = await db.Users.AsNoTracking().Where(u => u.UserName == proposal.SentBy)
            .Select(u => u.FullName).FirstOrDefaultAsync();
        // A nominee withdrawn while the dossier was back for amendment is no longer in its letter, list or reports.
        var nominees = await db.Nominations.AsNoTracking()
            .Where(n => n.ProposalId == proposalId && n.Status != NominationStatus.Withdrawn)
            .OrderBy(n => n.Title).ThenBy(n => n.UnitId).ThenBy(n => n.PersonId)
            .Select(n => new
            {
                n.Id,
                n.UnitId,
                n.Title,
                n.Ballot,
                Person = db.People.Where(p => p.Id == n.PersonId).Select(p => new { p.FullName, p.Gender, p.Position, p.DateOfBirth }).FirstOrDefault(),
                Unit = db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync();
        // The board the dossier was sent to reads every nominee in it; the agency's proposers the units they see.
        foreach (var unitId in nominees.Select(n => n.UnitId).Distinct().Where(_ => !actor.Can(Policies.Appraise)))
        {
            actor.RequireSeeUnit(db, unitId);
        }

        return new Dossier(proposal.Number, proposal.Date, proposal.DecidedBy, proposal.Recipient, campaign.Name, campaign.Year,
            string.IsNullOrWhiteSpace(signer) ? proposal.SentBy : signer,
            [.. nominees.Select(n => new DossierNominee(n.Id, n.Person?.FullName ?? n.Unit ?? "", n.Person?.Gender, n.Person?.DateOfBirth?.Year, n.Person?.Position,
                n.Unit ?? "", n.Title, n.Ballot))]);
    }

    private static decimal Percent(BallotTally ballot) =>
        Math.Round(100m * ballot.Yes / ballot.CouncilMembers, 1, MidpointRounding.AwayFromZero);

    private static string GenderText(Gender gender) => gender == Gender.Female ? "Nữ" : "Nam";

    private string AuthorityText(AwardingLevel level) => level switch
    {
        AwardingLevel.ProvincialChairman => $"Chủ tịch Ủy ban nhân dân tỉnh {options.Value.Place}",
        AwardingLevel.PrimeMinister => "Thủ tướng Chính phủ",
        AwardingLevel.StatePresident => "Chủ tịch nước",
        _ => DecisionService.DefaultAwardIssuer,
    };

    private sealed record Dossier(string Number, DateOnly Date, AwardingLevel DecidedBy, string Recipient, string CampaignName,
        int Year, string SignerName, IReadOnlyList<DossierNominee> Nominees);

    private sealed record DossierNominee(int NominationId, string Name, Gender? Gender, int? BirthYear, string? Position, string Unit, Title Title, BallotTally? Ballot);
}
