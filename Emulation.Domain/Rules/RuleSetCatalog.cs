using Emulation.Domain.Awards;
using Emulation.Domain.Common;

namespace Emulation.Domain.Rules;

/// <summary>The national rule sets shipped with the product; provinces derive their own from these.</summary>
public static class RuleSetCatalog
{
    /// <summary>Law 06/2022/QH15 with Decree 98/2023/NĐ-CP, 2024-01-01 to 2025-06-30.</summary>
    public static RuleSet Decree98 { get; } = new()
    {
        Id = "VN-ND98-2023",
        Version = 1,
        Name = "Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP",
        Jurisdiction = RuleSet.National,
        EffectiveFrom = new DateOnly(2024, 1, 1),
        EffectiveTo = new DateOnly(2025, 6, 30),
        LegalBasis = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP; Thông tư 01/2024/TT-BNV",
        UnconfirmedSettings =
        [
            "Collectives: 'tasks done well/excellently' read as score ≥ 80% / ≥ 90% of the scored maximum",
            "Collectives: barring discipline level 'warning' (Art. 28), applied to Tập thể lao động xuất sắc too (Art. 27 has none of its own)",
            "Collectives: Art. 28's share of Advanced Workers read as at least 70%, a setting apart from Art. 27's (a province reading 'more than 50%' sets 1/2 and AdvancedWorkerShareStrictlyAbove)",
            "Council quorum 2/3 of members (provincial practice: 4/5 for award sessions)",
            "Public consultation: 10 working days before the council for Provincial Emulation Fighter and higher (the article sets it for national titles; for these titles provincial practice)",
            "Long service: the positions, two terms of five years and the two-thirds share of a term; a break in tenure read as periods counted apart, each rounding its own remainder (the law is silent)",
            LongServiceWomenUnconfirmed,
            LongServiceDeceasedUnconfirmed,
            "Articles: the clauses of Decree 98/2023 on deferral and on sudden/thematic awards are cited without their numbers",
            "Cash: the article numbers of Decree 98/2023 for the Bằng khen, Giấy khen and orders (amounts as Decree 91/2017 and Decree 152/2025 give them)",
            "Award period: without Decree 152/2025 Art. 33(7) the years of a previous award of the same or a higher form count again; Law 06/2022 Art. 5 (one form per achievement) applies under both decrees, so this reading is unconfirmed and every such explanation names the award counted again",
            ExcellentShareUnconfirmed,
            YearEndUnconfirmed,
            FormerUnitUnconfirmed,
            MembersNotRatedUnconfirmed,
            RecruitmentDayUnconfirmed,
            LeftDuringYearUnconfirmed,
            QuotaScopeUnconfirmed,
            QuotaUnconfirmed,
            MeritInitiativeUnconfirmed,
            BaseSalaryUnconfirmed,
        ],
        ExcellentShare = StandardExcellentShare(),
        Articles = new PrincipleArticles
        {
            NotBasisForMerit = LegalArticles.Decree98Principles,
            Deferral = LegalArticles.Decree98Principles,
            WorkingTime = LegalArticles.WorkingTimeCircular,
        },
        Council = new CouncilRules
        {
            Thresholds = StandardThresholds(),
            Quorum = Fraction.TwoThirds,
            Article = "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7",
            PublicConsultations = StandardConsultations(),
            ConsultationArticle = "Nghị định 98/2023/NĐ-CP Điều 46 khoản 1: 10 ngày làm việc (áp dụng cho danh hiệu cấp tỉnh chưa xác nhận)",
        },
        Individuals = new IndividualRules { AwardPeriodStartsAfterPreviousAward = false },
        Ranking = new RankingRules { WomenRuleEnabled = true, WomenRuleArticle = "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP" },
        Cash = Decree98Cash(),
    };

    /// <summary>
    /// Law 06/2022/QH15 with Decree 152/2025/NĐ-CP, from 2025-07-01: a rule set of its own, every setting written out.
    /// Where it differs from <see cref="Decree98"/> the article is in <see cref="Decree152Differences"/>; where it is the
    /// same, <see cref="Decree152CarriedOver"/> says why (a test fails on an unexplained identity).
    /// </summary>
    public static RuleSet Decree152 { get; } = new()
    {
        Id = "VN-ND152-2025",
        Version = 1,
        Name = "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP",
        Jurisdiction = RuleSet.National,
        EffectiveFrom = new DateOnly(2025, 7, 1),
        EffectiveTo = null,
        LegalBasis = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP; Thông tư 01/2024/TT-BNV",
        UnconfirmedSettings =
        [
            "Council vote thresholds carried over from Decree 98/2023 Art. 30(7): Decree 152/2025's clause unconfirmed",
            "Collectives: 'tasks done well/excellently' read as score ≥ 80% / ≥ 90% of the scored maximum",
            "Collectives: barring discipline level 'warning' (Art. 28), applied to Tập thể lao động xuất sắc too (Art. 27 has none of its own)",
            "Collectives: Art. 28's share of Advanced Workers read as at least 70%, a setting apart from Art. 27's (a province reading 'more than 50%' sets 1/2 and AdvancedWorkerShareStrictlyAbove)",
            "Public consultation: 10 working days before the council for Provincial Emulation Fighter and higher (the article sets it for national titles; for these titles provincial practice)",
            "Discipline (Art. 4(4)): a year the disciplinary period overlaps does not count",
            "Long service: the positions, two terms of five years and the two-thirds share of a term; a break in tenure read as periods counted apart, each rounding its own remainder (the law is silent)",
            LongServiceWomenUnconfirmed,
            LongServiceDeceasedUnconfirmed,
            "Council quorum 2/3 of members (provincial practice: 4/5 for award sessions)",
            "Cash: rounded up to tens of thousands of đồng as Decree 98/2023 Art. 53(2) does; Decree 152/2025's clause unconfirmed",
            "Cash: the article of Decree 152/2025 for the emulation titles' amounts, and the clause doubling a collective's Bằng khen or Giấy khen",
            ExcellentShareUnconfirmed,
            YearEndUnconfirmed,
            FormerUnitUnconfirmed,
            MembersNotRatedUnconfirmed,
            RecruitmentDayUnconfirmed,
            LeftDuringYearUnconfirmed,
            QuotaScopeUnconfirmed,
            QuotaUnconfirmed,
            MeritInitiativeUnconfirmed,
            BaseSalaryUnconfirmed,
        ],
        ExcellentShare = StandardExcellentShare(),
        Individuals = new IndividualRules { AwardPeriodStartsAfterPreviousAward = true },
        Collectives = new CollectiveRules(),
        Articles = new PrincipleArticles(),
        Ranking = new RankingRules { WomenRuleEnabled = true, WomenRuleArticle = "Nghị định 152/2025/NĐ-CP Điều 4 khoản 6" },
        Council = new CouncilRules
        {
            Thresholds = StandardThresholds(),
            Quorum = Fraction.TwoThirds,
            Article = "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7 (áp dụng tiếp; chưa xác nhận theo Nghị định 152/2025/NĐ-CP)",
            PublicConsultations = StandardConsultations(),
            ConsultationArticle = "Nghị định 152/2025/NĐ-CP Điều 60 khoản 3: 10 ngày làm việc (áp dụng cho danh hiệu cấp tỉnh chưa xác nhận)",
        },
        Cash = Decree152Cash(),
    };

    /// <summary>The settings in which <see cref="Decree152"/> differs from <see cref="Decree98"/>, each with its article.</summary>
    public static IReadOnlyList<RuleSetNote> Decree152Differences { get; } =
    [
        new("Id", "Nghị định 152/2025/NĐ-CP thay thế Nghị định 98/2023/NĐ-CP"),
        new("Name", "Nghị định 152/2025/NĐ-CP"),
        new("EffectiveFrom", "Nghị định 152/2025/NĐ-CP: hiệu lực từ 01/7/2025"),
        new("EffectiveTo", "Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025; Nghị định 152/2025/NĐ-CP không có ngày hết hiệu lực"),
        new("LegalBasis", "Nghị định 152/2025/NĐ-CP"),
        new("UnconfirmedSettings", "Nghị định 152/2025/NĐ-CP: khoản về biểu quyết và Điều 4 khoản 4 chưa được xác nhận"),
        new("Individuals.AwardPeriodStartsAfterPreviousAward", LegalArticles.AwardPeriod),
        new("Ranking.WomenRuleArticle", "Nghị định 152/2025/NĐ-CP Điều 4 khoản 6"),
        new("Articles", "Nghị định 152/2025/NĐ-CP Điều 4 khoản 3, 4 và 5 (khen thưởng đột xuất, hoãn xét, thời gian nghỉ thai sản)"),
        new("Council.Article", "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7, áp dụng tiếp khi Nghị định 152/2025/NĐ-CP chưa được xác nhận"),
        new("Council.ConsultationArticle", "Nghị định 152/2025/NĐ-CP Điều 60 khoản 3 (lấy ý kiến trong 10 ngày làm việc)"),
        new("Cash.Multipliers[].Article", "Nghị định 152/2025/NĐ-CP Điều 51, 54: mức tiền thưởng theo nghị định mới"),
        new("Cash.Multipliers[].Multiplier", "Nghị định 152/2025/NĐ-CP Điều 54 khoản 1: Bằng khen cấp tỉnh 1,5 lần mức lương cơ sở (tập thể 3,0), thay 1,0 (tập thể 2,0)"),
        new("Cash.RoundingArticle", "Nghị định 152/2025/NĐ-CP giữ việc làm tròn lên hàng chục nghìn đồng; khoản của nó chưa được xác nhận"),
    ];

    /// <summary>The settings <see cref="Decree152"/> keeps from <see cref="Decree98"/>, each with the reason it is the same.</summary>
    public static IReadOnlyList<RuleSetNote> Decree152CarriedOver { get; } =
    [
        new("Version", "Each catalogue set starts at version 1"),
        new("Jurisdiction", "Both are national rule sets"),
        new("Individuals", "Luật 06/2022/QH15 Điều 22–24, 44, 73–75 and Thông tư 01/2024/TT-BNV set these; the decree does not change them"),
        new("Collectives", "Luật 06/2022/QH15 Điều 26–28, 74, 75 set these; the decree does not change them"),
        new("Granting", "Luật 06/2022/QH15 Điều 78–80 say who decides each title; the decree does not change them"),
        new("Sudden", "Luật 06/2022/QH15 Điều 75 allows the Giấy khen for sudden achievements; the decree does not change who gives it on the spot"),
        new("LongService", "The long-service conditions are unconfirmed settings under both decrees; the same reading applies"),
        new("Ranking.WomenRuleEnabled", "Luật 06/2022/QH15 Điều 5: the women rule applies under both decrees"),
        new("Ranking.WomenCollectiveShare", "70% women, the same reading under both decrees"),
        new("Council", "Decree 152/2025's voting clause is unconfirmed: Nghị định 98/2023/NĐ-CP Điều 30 khoản 7 applies on"),
        new("Cash.Multipliers[].Title", "The same titles carry a cash reward"),
        new("Cash.RoundUpTo", "Tiền thưởng làm tròn lên hàng chục nghìn đồng (Nghị định 98/2023/NĐ-CP Điều 53 khoản 2), giữ nguyên"),
        new("Cash.BaseSalaries", "The base salary is set by its own decrees (24/2023, 73/2024), not by the emulation decree"),
        new("Quotas", "No national quota under either decree (Luật 06/2022/QH15)"),
        new("YearEnd", "Provincial practice (ratings before 15 December, dossiers before 10 December), set by neither decree"),
        new("ExcellentShare", "Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP) and Quy định 366-QĐ/TW cap the excellent ratings; neither emulation decree changes them"),
    ];

    private const string YearEndUnconfirmed =
        "Year-end deadlines: staff ratings before 15 December, dossiers to the Department of Home Affairs before 10 December (provincial practice)";

    private const string FormerUnitUnconfirmed =
        "Transfers: the former unit's opinion is needed when the person worked 6 months or more of the year there (Circular 01/2024, clause unconfirmed)";

    private const string RecruitmentDayUnconfirmed =
        "Recruitment: months since recruitment are counted to 31 December of the campaign year (Circular 01/2024 names no reference day)";

    private const string LeftDuringYearUnconfirmed =
        "People who retired or died during the year are reviewed on the months they worked, like anyone else; a title decided after a death is given posthumously (truy tặng)";

    private const string QuotaScopeUnconfirmed =
        "Quotas: counted over the campaign or unit by unit, per title; DOMAIN.md names no bloc scope (the flag is one per bloc by its rank)";

    private const string LongServiceWomenUnconfirmed =
        "Long service: a shorter requirement for women (RequiredTermsForWomen, none by default) and the provision that sets it";

    private const string LongServiceDeceasedUnconfirmed =
        "Long service: whether someone who died while serving or after retiring is proposed posthumously (IncludesDeceased, by default as retirees are)";

    private const string QuotaUnconfirmed =
        "Quotas: no national cap since 2024 (the old 15% of Advanced Workers lapsed); a province's cap, its base and its rounding are data";

    private const string MeritInitiativeUnconfirmed =
        "Bằng khen (Art. 74): whether the two-initiative clause binds both the excellent-years branch and the Grassroots Emulation Fighter branch (MeritInitiativeClause)";

    private const string BaseSalaryUnconfirmed =
        "Cash: the latest base salary known is 2,340,000 đồng from 1 July 2024 (Decree 73/2024); a later one is added as data";

    private const string MembersNotRatedUnconfirmed =
        "Collectives: members not rated this year (under six months' working time) count in the 70% base (Art. 27–28)";

    private const string ExcellentShareUnconfirmed =
        "Excellent ratings: the cap's base (those rated good or above), rounding (down), scope (per unit) and the 25% exception (a unit itself rated excellent)";

    /// <summary>20% of those rated good or above, rounded down, unit by unit; 25% for a unit itself rated excellent.</summary>
    private static ExcellentShareRule StandardExcellentShare() => new()
    {
        CapPercent = 20m,
        ExceptionalCapPercent = 25m,
        ExceptionalWhenUnitRated = Results.QualityRating.Excellent,
        Base = ExcellentShareBase.GoodOrAbove,
        Rounding = RoundingMode.Down,
        Scope = QuotaScope.PerUnit,
        Article = LegalArticles.ExcellentShare,
    };

    public static IReadOnlyList<RuleSet> All { get; } = [Decree98, Decree152];

    /// <summary>The national rule set in force on <paramref name="date"/> (a province falls back to the national one).</summary>
    public static Result<RuleSet> InForce(DateOnly date, string jurisdiction = RuleSet.National) =>
        InForce(All, date, jurisdiction);

    /// <summary>
    /// Picks from <paramref name="candidates"/> (e.g. the catalogue plus provincial sets from storage): the
    /// jurisdiction's own set first, else the national one. Versions number the editions of one rule set, so each set in
    /// force is read at its highest version in force; between two sets, the one in force from the later date (the newer
    /// regulation) wins, whatever its version number.
    /// </summary>
    public static Result<RuleSet> InForce(IEnumerable<RuleSet> candidates, DateOnly date, string jurisdiction)
    {
        var inForce = candidates.Where(r => r.IsInForceOn(date)).ToList();
        RuleSet? chosen = Latest(inForce, jurisdiction) ?? Latest(inForce, RuleSet.National);
        return chosen is null
            ? Result<RuleSet>.Failure(RuleSetErrors.NoneInForce(date, jurisdiction))
            : Result<RuleSet>.Success(chosen);
    }

    private static RuleSet? Latest(List<RuleSet> rules, string jurisdiction) =>
        rules.Where(r => string.Equals(r.Jurisdiction, jurisdiction, StringComparison.OrdinalIgnoreCase))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(edition => edition.OrderByDescending(r => r.Version).ThenByDescending(r => r.EffectiveFrom).First())
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Version).ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private static VoteThreshold[] StandardThresholds() =>
    [
        new(Title.ProvincialEmulationFighter, Fraction.NineTenths),
        new(Title.GrassrootsEmulationFighter, Fraction.FourFifths),
        new(Title.ProvincialEmulationFlag, Fraction.FourFifths),
    ];

    /// <summary>
    /// Provincial Emulation Fighter and the awards the province recommends upward, 10 working days each. The Ministry of
    /// Home Affairs' consultation notices cite Decree 98/2023 Art. 46(1) and Decree 152/2025 Art. 60(3) for 10 working days
    /// on national titles; that the same window binds these titles is unconfirmed, so it is data.
    /// </summary>
    private static ConsultationRule[] StandardConsultations() =>
    [
        new(Title.ProvincialEmulationFighter, 10),
        new(Title.PrimeMinisterCertificateOfMerit, 10),
        new(Title.LabourOrderThirdClass, 10),
    ];

    /// <summary>
    /// Decree 98/2023's cash multipliers: the emulation titles in Art. 54 (as the Decree 91/2017 amounts before it); the
    /// Bằng khen and Giấy khen, 3.5 for the Prime Minister's and 1.0 for a province's, and the Labour Order, in articles whose
    /// numbers were not read. A collective receives twice an individual's amount for the same form.
    /// </summary>
    private static CashRules Decree98Cash() => new()
    {
        Multipliers =
        [
            new(Title.AdvancedWorker, 0.3m, LegalArticles.Decree98TitleCash),
            new(Title.GrassrootsEmulationFighter, 1.0m, LegalArticles.Decree98TitleCash),
            new(Title.ProvincialEmulationFighter, 3.0m, LegalArticles.Decree98TitleCash),
            new(Title.AdvancedLabourCollective, 0.8m, LegalArticles.Decree98TitleCash),
            new(Title.ExcellentLabourCollective, 1.5m, LegalArticles.Decree98TitleCash),
            new(Title.ProvincialEmulationFlag, 8.0m, LegalArticles.Decree98TitleCash),
            new(Title.CertificateOfCommendation, 0.3m, LegalArticles.Decree98MeritCash),
            new(Title.CollectiveCertificateOfCommendation, 0.6m, LegalArticles.Decree98MeritCash),
            new(Title.ProvincialCertificateOfMerit, 1.0m, LegalArticles.Decree98MeritCash),
            new(Title.CollectiveProvincialCertificateOfMerit, 2.0m, LegalArticles.Decree98MeritCash),
            new(Title.PrimeMinisterCertificateOfMerit, 3.5m, LegalArticles.Decree98MeritCash),
            new(Title.LabourOrderThirdClass, 4.5m, LegalArticles.Decree98OrderCash),
        ],
        BaseSalaries = BaseSalaries(),
    };

    /// <summary>
    /// Decree 152/2025's cash multipliers: the emulation titles unchanged; Art. 54(1) raises a province's Bằng khen to 1.5
    /// (a collective's to 3.0) and keeps the Prime Minister's at 3.5 and the Giấy khen at 0.3; Art. 51(1)(h) keeps the
    /// Labour Order, third class, at 4.5.
    /// </summary>
    private static CashRules Decree152Cash() => new()
    {
        Multipliers =
        [
            new(Title.AdvancedWorker, 0.3m, LegalArticles.Decree152TitleCash),
            new(Title.GrassrootsEmulationFighter, 1.0m, LegalArticles.Decree152TitleCash),
            new(Title.ProvincialEmulationFighter, 3.0m, LegalArticles.Decree152TitleCash),
            new(Title.AdvancedLabourCollective, 0.8m, LegalArticles.Decree152TitleCash),
            new(Title.ExcellentLabourCollective, 1.5m, LegalArticles.Decree152TitleCash),
            new(Title.ProvincialEmulationFlag, 8.0m, LegalArticles.Decree152TitleCash),
            new(Title.CertificateOfCommendation, 0.3m, LegalArticles.Decree152MeritCash),
            new(Title.CollectiveCertificateOfCommendation, 0.6m, LegalArticles.Decree152CollectiveMeritCash),
            new(Title.ProvincialCertificateOfMerit, 1.5m, LegalArticles.Decree152MeritCash),
            new(Title.CollectiveProvincialCertificateOfMerit, 3.0m, LegalArticles.Decree152CollectiveMeritCash),
            new(Title.PrimeMinisterCertificateOfMerit, 3.5m, LegalArticles.Decree152MeritCash),
            new(Title.LabourOrderThirdClass, 4.5m, LegalArticles.Decree152OrderCash),
        ],
        BaseSalaries = BaseSalaries(),
        RoundingArticle = LegalArticles.CashRoundingDecree152,
    };

    private static BaseSalary[] BaseSalaries() =>
    [
        new(new DateOnly(2023, 7, 1), 1_800_000m, "Nghị định 24/2023/NĐ-CP"),
        new(new DateOnly(2024, 7, 1), 2_340_000m, "Nghị định 73/2024/NĐ-CP"),
    ];
}
