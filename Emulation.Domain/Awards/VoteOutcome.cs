using Emulation.Domain.Rules;

namespace Emulation.Domain.Awards;

/// <summary>
/// The council's decision on one nomination and the facts it was decided on: attendance against the quorum, the "yes"
/// votes against the threshold and the denominator it was taken of, the recused members and the written ballots of
/// absent members, the article and the rule set. It holds no sentence: the web layer words it.
/// </summary>
/// <param name="Quorum">The share of all members that must be present.</param>
/// <param name="Share">The share of the denominator whose "yes" the title needs, more than it when <paramref name="Strict"/>.</param>
/// <param name="RecusedLeaveDenominator">Whether the rule set takes the recused members out of the denominator.</param>
/// <param name="Written">Ballots among the counted ones cast in writing by absent members.</param>
public sealed record VoteOutcome(
    Title Title,
    bool Passed,
    int CouncilMembers,
    int Present,
    int RequiredPresent,
    Fraction Quorum,
    bool QuorumMet,
    int Yes,
    int RequiredYes,
    Fraction Share,
    bool Strict,
    int Denominator,
    int Recused,
    bool RecusedLeaveDenominator,
    int Written,
    string WrittenBallotsArticle,
    string Article,
    string RuleSetId,
    int RuleSetVersion);
