using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>Applies a title's quota after eligibility: candidates in order, the first <c>Allowed</c> keep the title.</summary>
internal static class QuotaApplier
{
    /// <param name="recommendations">Every recommendation for the quota's title.</param>
    /// <param name="order">Who goes first among eligible candidates (deterministic, total order).</param>
    /// <param name="blocOf">The bloc of a unit, or null when it is in none.</param>
    /// <param name="baseCount">The quota base for a scope group.</param>
    public static void Apply(IEnumerable<Recommendation> recommendations, QuotaRule rule, Comparison<Recommendation> order,
        Func<int, int?> blocOf, Func<QuotaGroup, QuotaBase, int> baseCount)
    {
        foreach (var group in recommendations.GroupBy(r => QuotaGroup.Of(rule.Scope, r.UnitId, blocOf)))
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
                    i + 1, rule.Scope, group.Key.UnitId, rule.Source) { ScopeBlocId = group.Key.BlocId });
            }
        }
    }
}

/// <summary>
/// The units a quota is counted over: one unit, one bloc, or (both null) the whole campaign. Under a quota per bloc a unit
/// in no bloc is a group of its own.
/// </summary>
internal readonly record struct QuotaGroup(int? UnitId, int? BlocId)
{
    public static QuotaGroup Of(QuotaScope scope, int unitId, Func<int, int?> blocOf) => scope switch
    {
        QuotaScope.PerUnit => new(unitId, null),
        QuotaScope.PerBloc => blocOf(unitId) is { } bloc ? new(null, bloc) : new(unitId, null),
        _ => new(null, null),
    };

    /// <summary>Whether a subject of <paramref name="unitId"/> (in <paramref name="blocId"/>) is counted in this group.</summary>
    public bool Holds(int unitId, int? blocId) =>
        UnitId is { } unit ? unit == unitId : BlocId is not { } bloc || bloc == blocId;
}
