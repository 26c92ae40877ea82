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

    /// <summary>Why: the rule set, the article, every condition with its facts and the quota arithmetic, as data.</summary>
    public Explanation Explanation => new(Title, Status, RuleSetId, RuleSetVersion, Article, Conditions, Quota);

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
}
