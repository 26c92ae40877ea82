using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Web.Data;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Documents.Decisions;

/// <summary>Builds a decision's Word and PDF files, its list as xlsx, and each award's certificate.</summary>
public sealed class DecisionDocumentService(
    IDbContextFactory<EmulationDbContext> factory,
    DecisionService decisions,
    IConfiguration configuration,
    IOptions<DocumentOptions> options,
    DecisionDocxWriter docx,
    DecisionPdfWriter pdf,
    CertificatePdfWriter certificates,
    Signing.PdfSigning signing)
{
    public const string DefaultGoverningAgency = "UBND tỉnh Quảng Trị";

    public string GoverningAgency => configuration["Emulation:GoverningAgency"] ?? DefaultGoverningAgency;

    public async Task<DecisionDocument?> GetAsync(Actor actor, int decisionId) =>
        await decisions.GetAsync(actor, decisionId) is { } detail ? Build(detail) : null;

    public async Task<DocumentFile?> GetDocxAsync(Actor actor, int decisionId) =>
        await GetAsync(actor, decisionId) is { } d
            ? new DocumentFile(d.FileName("docx"), DocumentFile.DocxContentType, docx.Write(d))
            : null;

    /// <summary>
    /// The decision as PDF, signed digitally when the deployment configures a certificate for the level that issued it:
    /// the agency's for its own decisions, the receiving board's for the decisions it issues for its chairman.
    /// </summary>
    public async Task<DocumentFile?> GetPdfAsync(Actor actor, int decisionId)
    {
        if (await decisions.GetAsync(actor, decisionId) is not { } detail)
        {
            return null;
        }

        var d = Build(detail);
        return new DocumentFile(d.FileName("pdf"), DocumentFile.PdfContentType,
            await signing.SignAsync(pdf.Write(d), "Ký ban hành Quyết định số " + d.Number, byTheBoard: detail.AnswersProposal is not null));
    }

    /// <summary>The decision's list (the annex) as a workbook: one row per award, cash as a number.</summary>
    public async Task<DocumentFile?> GetListXlsxAsync(Actor actor, int decisionId)
    {
        if (await decisions.GetAsync(actor, decisionId) is not { } detail)
        {
            return null;
        }

        var rows = detail.Lines.Select((l, i) => new object?[]
        {
            i + 1, l.RecipientName, l.UnitNameAtDecision, Wording.TitleName(Wording.Vietnamese, l.Title), l.CashVnd, detail.Decision.Number,
            detail.Decision.Date.ToString("dd/MM/yyyy", AdministrativeText.Vietnamese), l.Revoked ? "Đã thu hồi" : "",
        });
        var content = ListWorkbook.Write("Danh sách", ListColumns, rows);
        return new DocumentFile($"danh-sach-{DecisionText.Slug(detail.Decision.Number)}.xlsx", DocumentFile.XlsxContentType, content);
    }

    /// <summary>
    /// The certificate of one award, for anyone who may see the award's unit and for its recipient; null when the award does not exist,
    /// was not granted by a decision issued here, or is another unit's (another person's, for staff). <paramref name="baseUrl"/> is where the verification page lives.
    /// </summary>
    public async Task<DocumentFile?> GetCertificateAsync(Actor actor, int awardId, string baseUrl)
    {
        actor.RequirePolicy(Policies.SignedInWithRole);
        await using var db = await factory.CreateDbContextAsync(actor);
        var row = await db.Awards.AsNoTracking().Where(a => a.Id == awardId && a.DecisionId != null && a.RevokedByDecisionId == null)
            .Select(a => new
            {
                Award = a,
                Person = db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault(),
                Died = db.People.Where(p => p.Id == a.PersonId).Select(p => new { p.LeaveReason, p.LeftOn }).FirstOrDefault(),
                Decision = db.Decisions.Single(d => d.Id == a.DecisionId),
                SuddenAchievement = db.SuddenProposals.Where(p => p.DecisionId == a.DecisionId)
                    .Select(p => p.Achievement).FirstOrDefault(),
            })
            .SingleOrDefaultAsync();
        // A member of staff downloads their own certificate; whoever sees the unit, everyone's. Another unit's award, or
        // another person's, is to the caller the same as one that does not exist.
        if (row is null || !(row.Award.PersonId is { } personId
                ? actor.CanSeePerson(db, personId, row.Award.UnitId)
                : actor.CanSeeUnit(db, row.Award.UnitId)))
        {
            return null;
        }

        var certificate = CertificateFor(row.Award, row.Person, row.Decision, baseUrl) with
        {
            Posthumous = Posthumous.Is(row.Died?.LeaveReason, row.Died?.LeftOn, row.Decision.Date),
        };
        if (row.Award.Kind == AwardKind.Sudden && row.SuddenAchievement is { } achievement)
        {
            certificate = certificate with { Achievement = $"Đã có thành tích đột xuất: {achievement}" };
        }
        else if (row.Award.Kind == AwardKind.LongService)
        {
            certificate = certificate with { Achievement = "Đã có quá trình cống hiến trong cơ quan" };
        }

        return new DocumentFile(certificate.FileName, DocumentFile.PdfContentType, certificates.Write(certificate));
    }

    public Certificate CertificateFor(Award award, string? personName, Decision decision, string baseUrl) => new()
    {
        Heading = Heading(award.Title),
        IssuerAuthority = Authority(award.IssuerName, decision.SignerPosition, decision.IssuerName),
        RecipientName = personName ?? award.UnitNameAtDecision,
        AwardName = Wording.TitleName(Wording.Vietnamese, award.Title),
        UnitName = personName is null ? "" : award.UnitNameAtDecision,
        Achievement = Achievement(award),
        DecisionNumber = decision.Number,
        DecisionDate = decision.Date,
        Place = options.Value.Place,
        SignerPosition = decision.SignerPosition,
        SignerName = decision.SignerName,
        VerificationUrl = VerificationUrl(baseUrl, award.VerificationCode!),
    };

    public static string VerificationUrl(string baseUrl, string code) => baseUrl.TrimEnd('/') + "/verify/" + code;

    private const string Execution = "Chánh Văn phòng, Trưởng các phòng, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký.";

    private const string ExecutionAbove = "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký.";

    private static readonly IReadOnlyList<(string, Type)> ListColumns =
    [
        ("STT", typeof(int)), ("Họ và tên / Tập thể", typeof(string)), ("Đơn vị", typeof(string)),
        ("Danh hiệu, hình thức khen thưởng", typeof(string)), ("Tiền thưởng (đồng)", typeof(decimal)),
        ("Số quyết định", typeof(string)), ("Ngày quyết định", typeof(string)), ("Ghi chú", typeof(string)),
    ];

    /// <summary>Who decides, as the award recorded it on the decision date ("Chánh Văn phòng UBND tỉnh").</summary>
    private static string Authority(string? awardIssuer, string signerPosition, string agency) =>
        string.IsNullOrWhiteSpace(awardIssuer) ? signerPosition + " " + agency : awardIssuer;

    private static string Heading(Title title) => title switch
    {
        Title.CertificateOfCommendation or Title.CollectiveCertificateOfCommendation => "GIẤY KHEN",
        Title.ProvincialCertificateOfMerit or Title.CollectiveProvincialCertificateOfMerit
            or Title.PrimeMinisterCertificateOfMerit => "BẰNG KHEN",
        _ => "GIẤY CHỨNG NHẬN",
    };

    private static string Achievement(Award award) => award.Title switch
    {
        Title.CertificateOfCommendation or Title.CollectiveCertificateOfCommendation or Title.ProvincialCertificateOfMerit
            or Title.CollectiveProvincialCertificateOfMerit or Title.PrimeMinisterCertificateOfMerit =>
            $"Đã có thành tích xuất sắc trong phong trào thi đua năm {award.Year}",
        _ => $"Đạt danh hiệu \u201C{Wording.TitleName(Wording.Vietnamese, award.Title)}\u201D năm {award.Year}",
    };

    private DecisionDocument Build(DecisionDetail detail)
    {
        var d = detail.Decision;
        // People and collectives, not awards: ten people holding twelve awards are ten.
        var people = detail.Lines.Where(l => l.PersonId is not null).Select(l => l.PersonId).Distinct().Count();
        var collectives = detail.Lines.Where(l => l.PersonId is null).Select(l => l.UnitId).Distinct().Count();
        var rows = detail.Lines.Select((l, i) => new DecisionAnnexRow(i + 1, l.RecipientName,
            l.PersonId is null ? "" : l.UnitNameAtDecision,
            Wording.TitleName(Wording.Vietnamese, l.Title) + (l.Posthumous ? " (truy tặng)" : ""), DecisionText.Money(l.CashVnd))).ToList();
        var total = DecisionText.Money(detail.TotalCashVnd);
        var giver = Authority(detail.Lines.FirstOrDefault()?.AwardIssuerName, d.SignerPosition, d.IssuerName);
        var authority = AdministrativeText.Upper(giver);
        var award = d.Kind == DecisionKind.Award;
        var sudden = award && detail.Lines.Count > 0 && detail.Lines.All(l => l.Kind == AwardKind.Sudden);
        var longService = award && detail.Lines.Count > 0 && detail.Lines.All(l => l.Kind == AwardKind.LongService);
        var year = detail.CampaignYear ?? d.Date.Year;
        string subject = sudden ? "Về việc khen thưởng đột xuất"
            : longService ? "Về việc khen thưởng quá trình cống hiến"
            : award ? $"Về việc khen thưởng thành tích phong trào thi đua năm {year}"
            : "Về việc thu hồi khen thưởng";
        IReadOnlyList<string> bases = detail.AnswersProposal is { } answered
            ?
            [
                "Căn cứ Luật Tổ chức chính quyền địa phương;",
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
                "Căn cứ các văn bản quy định chi tiết thi hành Luật Thi đua, khen thưởng;",
                $"Xét đề nghị của {answered.Agency} tại Tờ trình {answered.Letter} và kết quả bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng;",
                "Theo đề nghị của Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ.",
            ]
            :
        [
            "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
            "Căn cứ các văn bản quy định chi tiết thi hành Luật Thi đua, khen thưởng;",
            sudden
                ? "Xét đề nghị khen thưởng đột xuất và thành tích đã được xác minh;"
                : longService
                ? "Xét đề nghị khen thưởng quá trình cống hiến và quá trình công tác đã được xác minh;"
                : award
                ? "Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng" + (detail.CampaignName is { } c ? $" đối với {c}" : "") + ";"
                : "Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng;",
            // Without the council (the rule set's short path) the leadership decides on the proposal as its staff put it.
            (sudden || longService) && !detail.ReviewedByCouncil
                ? "Theo đề nghị của bộ phận phụ trách công tác thi đua, khen thưởng."
                : "Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng.",
        ];
        // Decree 98/2023 Art. 53: the base salary of the signing date, the amount rounded up; both named with their source.
        var basis = detail.CashBasis is { } cash ? $" ({DecisionText.CashBasis(cash)})" : "";
        var cashLine = $"Tiền thưởng kèm theo được tính bằng hệ số nhân với mức lương cơ sở tại ngày ký Quyết định{basis}; tổng số tiền: {total}.";
        IReadOnlyList<string> articles = sudden
            ?
            [
                AwardArticle.Write(detail.Lines, year, giver, " đã có thành tích xuất sắc đột xuất"),
                cashLine,
                Execution,
            ]
            : longService
            ?
            [
                AwardArticle.Write(detail.Lines, year, giver, " đã có quá trình cống hiến"),
                cashLine,
                Execution,
            ]
            : award
            ?
            [
                AwardArticle.Write(detail.Lines, year, giver),
                cashLine,
                detail.AnswersProposal is null ? Execution : ExecutionAbove,
            ]
            :
            [
                $"Thu hồi khen thưởng của {AdministrativeText.Recipients(people, collectives)} đã được tặng theo Quyết định số {string.Join(", ", detail.RevokedDecisionNumbers)} (có danh sách kèm theo). Lý do: {detail.Reason}.",
                $"Các cá nhân, tập thể có tên tại Điều 1 nộp lại hiện vật và tiền thưởng đã nhận; tổng số tiền: {total}.",
                Execution,
            ];
        return new DecisionDocument
        {
            Kind = d.Kind,
            // The provincial chairman's decision is the provincial committee's own: no governing body above its name.
            GoverningAgency = detail.AnswersProposal is null ? GoverningAgency : "",
            IssuerName = d.IssuerName,
            Number = d.Number,
            Date = d.Date,
            Place = options.Value.Place,
            Subject = subject,
            Authority = authority,
            Bases = bases,
            Articles = articles,
            SignerPosition = d.SignerPosition,
            SignerName = d.SignerName,
            Rows = rows,
            TotalCash = total,
        };
    }
}
