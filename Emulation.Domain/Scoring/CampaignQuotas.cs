using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>
/// The one place a share limit meets the rule set's quotas: the campaign's offered-title quotas before every evaluation
/// (the real one, the review dashboard's, the API's) and a what-if's share change, so the same percent gives the same
/// base, rounding and arithmetic everywhere.
/// </summary>
public static class CampaignQuotas
{
    /// <summary>
    /// What a share is taken of when the rule set names no base for the title: Chiến sĩ thi đua cơ sở of the year's
    /// Advanced Workers (the provinces' "≤ 15 % of Lao động tiên tiến" caps), every other title of all participants.
    /// </summary>
    public static QuotaBase DefaultBase(Title title) =>
        title == Title.GrassrootsEmulationFighter ? QuotaBase.AdvancedWorkers : QuotaBase.Headcount;

    /// <summary>
    /// The rule set with each offered title's quota applied. Where the rule set already caps the title, its base,
    /// rounding and scope stay and the stricter percent wins (a campaign cannot offer more than the province allows);
    /// otherwise the title gets the <see cref="DefaultBase"/>, rounded down, over the whole campaign.
    /// </summary>
    public static RuleSet Apply(RuleSet rules, IEnumerable<OfferedTitle> offered, string source)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(offered);
        var quotas = rules.Quotas;
        foreach (var title in offered)
        {
            if (title.QuotaPercent is not { } cap)
            {
                continue;
            }

            var existing = quotas.FirstOrDefault(q => q.Title == title.Title);
            if (existing is null || cap < existing.CapPercent)
            {
                quotas = Capped(quotas, title.Title, cap, source);
            }
        }

        return ReferenceEquals(quotas, rules.Quotas) ? rules : rules with { Quotas = quotas };
    }

    /// <summary>
    /// The quotas with <paramref name="title"/> capped at <paramref name="capPercent"/>: an existing rule for the title
    /// keeps its base, rounding and scope; a new one takes the <see cref="DefaultBase"/>, rounded down.
    /// </summary>
    public static IReadOnlyList<QuotaRule> Capped(IReadOnlyList<QuotaRule> quotas, Title title, decimal capPercent, string source)
    {
        ArgumentNullException.ThrowIfNull(quotas);
        if (!quotas.Any(q => q.Title == title))
        {
            return [.. quotas, new QuotaRule { Title = title, CapPercent = capPercent, Base = DefaultBase(title), Source = source }];
        }

        return [.. quotas.Select(q => q.Title == title ? q with { CapPercent = capPercent, Source = source } : q)];
    }
}
