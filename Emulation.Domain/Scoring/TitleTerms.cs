using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>What every recommendation of one title under one rule set shares: the article, the rule set and the cash multiple.</summary>
internal sealed class TitleTerms(Title title, string ruleSetId, int ruleSetVersion, string article, decimal? cashMultiplier)
{
    public Title Title { get; } = title;
    public string RuleSetId { get; } = ruleSetId;
    public int RuleSetVersion { get; } = ruleSetVersion;
    public string Article { get; } = article;
    public decimal? CashMultiplier { get; } = cashMultiplier;

    public static TitleTerms For(Title title, RuleSet rules) =>
        new(title, rules.Id, rules.Version, LegalArticles.For(title), rules.Cash.MultiplierFor(title));
}
