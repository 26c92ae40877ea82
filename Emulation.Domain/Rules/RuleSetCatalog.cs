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
            "Collectives: barring discipline level 'warning' (Art. 28)",
            "Council quorum 2/3 of members (provincial practice: 4/5 for award sessions)",
            "Public consultation: 10 days for Provincial Emulation Fighter and higher (provincial practice)",
        ],
        Council = new CouncilRules
        {
            Thresholds = StandardThresholds(),
            Quorum = Fraction.TwoThirds,
            Article = "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7",
            PublicConsultations = StandardConsultations(),
        },
        Ranking = new RankingRules { WomenRuleEnabled = true, WomenRuleArticle = "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP" },
        Cash = StandardCash(),
    };

    /// <summary>Law 06/2022/QH15 with Decree 152/2025/NĐ-CP, from 2025-07-01.</summary>
    public static RuleSet Decree152 { get; } = Decree98 with
    {
        Id = "VN-ND152-2025",
        Version = 1,
        Name = "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP",
        EffectiveFrom = new DateOnly(2025, 7, 1),
        EffectiveTo = null,
        LegalBasis = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP; Thông tư 01/2024/TT-BNV",
        UnconfirmedSettings =
        [
            "Council vote thresholds carried over from Decree 98/2023 Art. 30(7): Decree 152/2025's clause unconfirmed",
            "Collectives: 'tasks done well/excellently' read as score ≥ 80% / ≥ 90% of the scored maximum",
            "Collectives: barring discipline level 'warning' (Art. 28)",
            "Public consultation: 10 days for Provincial Emulation Fighter and higher (provincial practice)",
        ],
        Ranking = new RankingRules { WomenRuleEnabled = true, WomenRuleArticle = "Nghị định 152/2025/NĐ-CP Điều 4 khoản 6" },
        Council = new CouncilRules
        {
            Thresholds = StandardThresholds(),
            Quorum = Fraction.TwoThirds,
            Article = "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7 (áp dụng tiếp; chưa xác nhận theo Nghị định 152/2025/NĐ-CP)",
            PublicConsultations = StandardConsultations(),
        },
    };

    public static IReadOnlyList<RuleSet> All { get; } = [Decree98, Decree152];

    /// <summary>The national rule set in force on <paramref name="date"/> (a province falls back to the national one).</summary>
    public static Result<RuleSet> InForce(DateOnly date, string jurisdiction = RuleSet.National) =>
        InForce(All, date, jurisdiction);

    /// <summary>
    /// Picks from <paramref name="candidates"/> (e.g. the catalogue plus provincial sets from storage): the
    /// jurisdiction's own set first, else the national one; the highest version wins.
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
            .OrderByDescending(r => r.Version).ThenByDescending(r => r.EffectiveFrom).ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private static VoteThreshold[] StandardThresholds() =>
    [
        new(Title.ProvincialEmulationFighter, Fraction.NineTenths),
        new(Title.GrassrootsEmulationFighter, Fraction.FourFifths),
        new(Title.ProvincialEmulationFlag, Fraction.FourFifths),
    ];

    /// <summary>Provincial Emulation Fighter and the awards the province recommends upward: unconfirmed, so data.</summary>
    private static ConsultationRule[] StandardConsultations() =>
    [
        new(Title.ProvincialEmulationFighter, 10),
        new(Title.PrimeMinisterCertificateOfMerit, 10),
        new(Title.LabourOrderThirdClass, 10),
    ];

    private static CashRules StandardCash() => new()
    {
        Multipliers =
        [
            new(Title.AdvancedWorker, 0.3m),
            new(Title.GrassrootsEmulationFighter, 1.0m),
            new(Title.ProvincialEmulationFighter, 3.0m),
            new(Title.AdvancedLabourCollective, 0.8m),
            new(Title.ExcellentLabourCollective, 1.5m),
            new(Title.ProvincialEmulationFlag, 8.0m),
            new(Title.CollectiveProvincialCertificateOfMerit, 3.0m),
            new(Title.CollectiveCertificateOfCommendation, 0.6m),
        ],
        BaseSalaries =
        [
            new(new DateOnly(2023, 7, 1), 1_800_000m, "Nghị định 24/2023/NĐ-CP"),
            new(new DateOnly(2024, 7, 1), 2_340_000m, "Nghị định 73/2024/NĐ-CP"),
        ],
    };
}
