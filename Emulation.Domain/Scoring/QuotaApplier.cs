using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>Applies a title's quota after eligibility: candidates in order, the first <c>Allowed</c> keep the title.</summary>
internal static class QuotaApplier
{
    /// <param name="recommendations">Every recommendation for the quota's title.</param>
    /// <param name="order">Who goes first among eligible candidates (deterministic, total order).</param>
    /// <param name="baseCount">The quota base for a scope group (unit id, or null for the whole campaign).</param>
    public static void Apply(IEnumerable<Recommendation> recommendations, QuotaRule rule, Comparison<Recommendation> order,
        Func<int?, QuotaBase, int> baseCount)
    {
        var groups = rule.Scope == QuotaScope.PerUnit
            ? recommendations.GroupBy(r => (int?)r.UnitId)
            : recommendations.GroupBy(_ => (int?)null);
        foreach (var group in groups)
        {
            var candidates = group.Where(r => r.Status == RecommendationStatus.Recommended).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            candidates.Sort(order);
            int b = rule.Base == QuotaBase.EligibleCandidates ? candidates.Count : baseCount(group.Key, rule.Base);
            int allowed = rule.Allowed(b);
            for (int i = 0; i < candidates.Count; i++)
            {
                candidates[i].ApplyQuota(new QuotaArithmetic(rule.Title, rule.CapPercent, rule.Base, b, rule.Rounding, allowed,
                    i + 1, rule.Scope, group.Key, rule.Source));
            }
        }
    }
}
