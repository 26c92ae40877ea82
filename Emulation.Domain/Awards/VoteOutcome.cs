namespace Emulation.Domain.Awards;

/// <summary>The council's decision on one nomination, with the arithmetic spelled out.</summary>
public sealed record VoteOutcome(
    Title Title,
    bool Passed,
    bool QuorumMet,
    int Yes,
    int Denominator,
    int RequiredYes,
    int Present,
    int RequiredPresent,
    int Recused,
    string RuleSetId,
    int RuleSetVersion,
    string Article,
    string ExplanationVi,
    string ExplanationEn)
{
    public string Explain(string culture) =>
        culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? ExplanationVi : ExplanationEn;
}
