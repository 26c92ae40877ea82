using System.Globalization;
using System.Text;

using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>The engine's verdict on one title for one person (or a collective, PersonId null), with its reasons.</summary>
/// <remarks>
/// A view of (subject, title): there is one per person and title, hundreds of thousands in a province, so it is a
/// small struct held in one array rather than an object each. The status, the conditions once read and the quota
/// arithmetic are kept by the subject, which has exactly one recommendation per title.
/// </remarks>
public readonly struct Recommendation : IEquatable<Recommendation>
{
    private readonly RecommendationSubject _subject;

    /// <summary>The verdict on <paramref name="title"/> for <paramref name="subject"/>, whose status the subject keeps.</summary>
    internal Recommendation(RecommendationSubject subject, Title title)
    {
        _subject = subject;
        Title = title;
    }

    /// <summary>The person, or null for a collective award to the unit.</summary>
    public int? PersonId => _subject.PersonId;

    public int UnitId => _subject.UnitId;
    public string SubjectName => _subject.Name;
    public Title Title { get; }
    public bool IsCollective => PersonId is null;
    public RecommendationStatus Status => _subject.StatusOf(Title);
    /// <summary>Every condition with its facts and outcome; built on first read from the same rules that decided.</summary>
    public IReadOnlyList<Condition> Conditions => _subject.ReadConditions(Title);

    public string RuleSetId => Terms.RuleSetId;
    public int RuleSetVersion => Terms.RuleSetVersion;

    /// <summary>The article that defines the title.</summary>
    public string Article => Terms.Article;

    /// <summary>The quota arithmetic, when a quota applied to this title and candidate.</summary>
    public QuotaArithmetic? Quota => _subject.QuotaOf(Title);

    /// <summary>Cash as a multiple of the base salary (the amount depends on the decision date).</summary>
    public decimal? CashMultiplier => Terms.CashMultiplier;

    /// <summary>The person or unit this is about (the quota order reads the person's record).</summary>
    internal RecommendationSubject Subject => _subject;

    private TitleTerms Terms => _subject.Terms.For(Title);

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

    public static bool operator ==(Recommendation left, Recommendation right) => left.Equals(right);

    public static bool operator !=(Recommendation left, Recommendation right) => !left.Equals(right);

    /// <summary>The same subject and title: the same verdict.</summary>
    public bool Equals(Recommendation other) => ReferenceEquals(_subject, other._subject) && Title == other.Title;

    public override bool Equals(object? obj) => obj is Recommendation other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_subject, Title);

    /// <summary>The status a decision gives before quotas: eligible candidates are recommended unless proceedings are pending.</summary>
    internal static RecommendationStatus StatusOf(bool eligible, bool pending) =>
        !eligible ? RecommendationStatus.NotEligible
        : pending ? RecommendationStatus.Deferred
        : RecommendationStatus.Recommended;

    internal void ApplyQuota(QuotaArithmetic quota)
    {
        _subject.SetQuota(Title, quota);
        if (!quota.Within && Status == RecommendationStatus.Recommended)
        {
            _subject.SetStatus(Title, RecommendationStatus.OverQuota);
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
