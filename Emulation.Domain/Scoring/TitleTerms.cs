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

/// <summary>The terms of every title under one rule set, looked up by title.</summary>
internal sealed class TitleTermsTable
{
    private readonly TitleTerms[] _byTitle;

    public TitleTermsTable(RuleSet rules)
    {
        var titles = Enum.GetValues<Title>();
        _byTitle = new TitleTerms[titles.Max(t => (int)t) + 1];
        foreach (var title in titles)
        {
            _byTitle[(int)title] = TitleTerms.For(title, rules);
        }
    }

    /// <summary>One more than the largest title value: the size of an array indexed by title.</summary>
    public int Count => _byTitle.Length;

    public TitleTerms For(Title title) => _byTitle[(int)title];
}
