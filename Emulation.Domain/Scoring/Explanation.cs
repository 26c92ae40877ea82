using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>
/// Why the engine gave a verdict, as data: the title, the status, the rule set and version, the article defining the
/// title, each condition with its code, facts and outcome, and the quota arithmetic when a quota applied. It names no
/// one and holds no sentence: the web layer words it in the reader's language.
/// </summary>
public sealed record Explanation(
    Title Title,
    RecommendationStatus Status,
    string RuleSetId,
    int RuleSetVersion,
    string Article,
    IReadOnlyList<Condition> Conditions,
    QuotaArithmetic? Quota)
{
    /// <summary>The rule set as nominations record it, e.g. <c>VN-ND152-2025 v1</c>.</summary>
    public string RuleSet => $"{RuleSetId} v{RuleSetVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
