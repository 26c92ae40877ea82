using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.LongService;

/// <summary>
/// One continuous period in counted positions (overlapping and adjacent tenures joined, so no day counts twice): its
/// days, the positions held in it, its whole months and the terms it counts for.
/// </summary>
public sealed record CountedPeriod(DateOnly From, DateOnly To, IReadOnlyList<string> Positions, int Months, int Terms,
    bool StillHeld);

/// <summary>
/// Why a person does or does not meet a long-service condition: the periods counted, the total, the condition (terms
/// required, term length, share of a term), the rule set and version, the article. Data only; the web layer words it.
/// </summary>
public sealed record LongServiceExplanation(Title Title, string RuleSetId, int RuleSetVersion, string Article,
    IReadOnlyList<CountedPeriod> Periods, int TotalMonths, int CountedTerms, int RequiredTerms, int TermMonths,
    Fraction MinShareOfTerm, DateOnly AsOf)
{
    public bool TermsMet => CountedTerms >= RequiredTerms;

    /// <summary>
    /// Whether the tenure was broken, so that its periods were counted apart: each rounds its own remainder to a term
    /// (<see cref="Rules.LongServiceRule.MinShareOfTerm"/>) and remainders are never added across a break. The law is
    /// silent on a break; the explanation says this reading with the rule's article.
    /// </summary>
    public bool PeriodsCountedSeparately => Periods.Count > 1;

    /// <summary>The day the person died, when they did: the award is given posthumously under <see cref="PosthumousArticle"/>.</summary>
    public DateOnly? DiedOn { get; init; }

    public string? PosthumousArticle { get; init; }

    /// <summary>The rule set as nominations record it, e.g. <c>VN-ND152-2025 v1</c>.</summary>
    public string RuleSet => $"{RuleSetId} v{RuleSetVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>Why a person with enough terms is still not listed.</summary>
public enum LongServiceBar
{
    None,

    /// <summary>Already received this form for long service.</summary>
    AlreadyAwarded,

    /// <summary>Left the staff for a reason other than retirement or death, or retired (or died) while the rule lists only serving staff.</summary>
    NoLongerServing,
}

/// <summary>A person assessed against one long-service rule: eligible when the terms are met and nothing bars them.</summary>
public sealed record LongServiceAssessment(int PersonId, int UnitId, bool Retired, LongServiceBar Bar,
    LongServiceExplanation Explanation)
{
    public bool IsEligible => Explanation.TermsMet && Bar == LongServiceBar.None;

    /// <summary>The person died: listed as a retiree would be, the award given posthumously (truy tặng).</summary>
    public bool Deceased { get; init; }
}
