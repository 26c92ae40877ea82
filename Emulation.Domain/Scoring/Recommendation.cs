using System.Globalization;
using System.Text;

using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>The engine's verdict on one title for one person (or a collective, PersonId null), with its reasons.</summary>
public sealed class Recommendation
{
    private readonly IConditionSource _source;
    private Condition[]? _conditions;

    internal Recommendation(int? personId, int unitId, string subjectName, Title title, bool eligible, bool pending,
        IConditionSource source, string ruleSetId, int ruleSetVersion, string article, decimal? cashMultiplier)
    {
        _source = source;
        PersonId = personId;
        UnitId = unitId;
        SubjectName = subjectName;
        Title = title;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Article = article;
        CashMultiplier = cashMultiplier;
        Status = !eligible ? RecommendationStatus.NotEligible
            : pending ? RecommendationStatus.Deferred
            : RecommendationStatus.Recommended;
    }

    /// <summary>The person, or null for a collective award to the unit.</summary>
    public int? PersonId { get; }

    public int UnitId { get; }
    public string SubjectName { get; }
    public Title Title { get; }
    public bool IsCollective => PersonId is null;
    public RecommendationStatus Status { get; private set; }
    /// <summary>Every condition with its facts and outcome; built on first read from the same rules that decided.</summary>
    public IReadOnlyList<Condition> Conditions => _conditions ??= _source.ConditionsFor(Title);
    public string RuleSetId { get; }
    public int RuleSetVersion { get; }

    /// <summary>The article that defines the title.</summary>
    public string Article { get; }

    /// <summary>The quota arithmetic, when a quota applied to this title and candidate.</summary>
    public QuotaArithmetic? Quota { get; private set; }

    /// <summary>Cash as a multiple of the base salary (the amount depends on the decision date).</summary>
    public decimal? CashMultiplier { get; }

    public bool IsEligible => Status is RecommendationStatus.Recommended or RecommendationStatus.OverQuota;

    /// <summary>The full explanation as plain text; <paramref name="culture"/> "vi" or "en".</summary>
    public string Explain(string culture)
    {
        bool vi = culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        string subject = PersonId is { } p
            ? string.Format(c, vi ? "{0} (mã {1}, đơn vị {2})" : "{0} (id {1}, unit {2})", SubjectName, p, UnitId)
            : string.Format(c, vi ? "Tập thể {0} (đơn vị {1})" : "Collective {0} (unit {1})", SubjectName, UnitId);
        text.Append(vi ? TitleNames.Vi(Title) : TitleNames.En(Title)).Append(" — ").Append(subject).Append(": ")
            .AppendLine(StatusText(vi));
        text.AppendLine(string.Format(c, vi ? "Căn cứ: {0}; bộ quy tắc {1}, phiên bản {2}." : "Basis: {0}; rule set {1}, version {2}.",
            Article, RuleSetId, RuleSetVersion));
        foreach (var condition in Conditions)
        {
            text.Append(condition.Passed ? "  [✓] " : "  [✗] ").Append(condition.Text(culture))
                .Append(" (").Append(condition.Article).AppendLine(")");
        }

        if (Quota is not null)
        {
            text.Append("  ").AppendLine(Quota.Explain(culture));
        }

        return text.ToString().TrimEnd();
    }

    internal void ApplyQuota(QuotaArithmetic quota)
    {
        Quota = quota;
        if (!quota.Within && Status == RecommendationStatus.Recommended)
        {
            Status = RecommendationStatus.OverQuota;
        }
    }

    private string StatusText(bool vi) => (Status, vi) switch
    {
        (RecommendationStatus.Recommended, true) => "ĐỀ NGHỊ",
        (RecommendationStatus.NotEligible, true) => "KHÔNG ĐỦ ĐIỀU KIỆN",
        (RecommendationStatus.OverQuota, true) => "ĐỦ ĐIỀU KIỆN NHƯNG VƯỢT HẠN MỨC",
        (RecommendationStatus.Deferred, true) => "CHƯA XÉT (đang xem xét kỷ luật, thanh tra hoặc khiếu nại)",
        (RecommendationStatus.Recommended, false) => "RECOMMENDED",
        (RecommendationStatus.NotEligible, false) => "NOT ELIGIBLE",
        (RecommendationStatus.OverQuota, false) => "ELIGIBLE BUT OVER QUOTA",
        _ => "DEFERRED (discipline, inspection or complaint pending)",
    };
}
