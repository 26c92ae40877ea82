using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>Ranks units within each bloc: total, then the tie-break chain, then unit id (deterministic).</summary>
internal static class Ranker
{
    public static List<RankedUnit> Rank(IReadOnlyList<UnitScore> scores, IReadOnlyList<TieBreakStep> chain, RuleSet rules)
    {
        var ranked = new List<RankedUnit>(scores.Count);
        foreach (var bloc in scores.GroupBy(s => s.BlocId).OrderBy(g => g.Key ?? int.MinValue))
        {
            RankBloc(bloc.Key, bloc.ToList(), chain, rules, ranked);
        }

        return ranked;
    }

    /// <summary>
    /// <paramref name="previous"/> (a ranking of the same units in the same blocs) with only the blocs in
    /// <paramref name="blocs"/> ranked again from <paramref name="scores"/>: a unit's score moves only its own bloc.
    /// </summary>
    public static List<RankedUnit> Rerank(IReadOnlyList<RankedUnit> previous, IReadOnlyList<UnitScore> scores,
        IReadOnlySet<int?> blocs, IReadOnlyList<TieBreakStep> chain, RuleSet rules)
    {
        var ranked = new List<RankedUnit>(previous.Count);
        for (int i = 0; i < previous.Count; i++)
        {
            int? bloc = previous[i].BlocId;
            if (!blocs.Contains(bloc))
            {
                ranked.Add(previous[i]);
            }
            else if (i == 0 || previous[i - 1].BlocId != bloc)
            {
                RankBloc(bloc, [.. scores.Where(s => s.BlocId == bloc)], chain, rules, ranked);
            }
        }

        return ranked;
    }

    /// <summary>Ranks one bloc's units (reordering <paramref name="bloc"/>) and adds them to <paramref name="ranked"/>.</summary>
    private static void RankBloc(int? blocId, List<UnitScore> bloc, IReadOnlyList<TieBreakStep> chain, RuleSet rules,
        List<RankedUnit> ranked)
    {
        bloc.Sort((a, b) => Compare(a, b, chain, rules).Result);
        for (int i = 0; i < bloc.Count; i++)
        {
            ranked.Add(new RankedUnit(bloc[i].UnitId, blocId, i + 1, bloc[i].Total, TieBreaks(bloc, i, chain, rules)));
        }
    }

    /// <summary>Negative when <paramref name="a"/> ranks first; Step is the chain index that decided (-1 total, Count = unit id).</summary>
    internal static (int Result, int Step) Compare(UnitScore a, UnitScore b, IReadOnlyList<TieBreakStep> chain, RuleSet rules)
    {
        int c = b.Total.CompareTo(a.Total);
        if (c != 0)
        {
            return (c, -1);
        }

        for (int i = 0; i < chain.Count; i++)
        {
            c = CompareStep(a, b, chain[i], rules);
            if (c != 0)
            {
                return (c, i);
            }
        }

        return (a.UnitId.CompareTo(b.UnitId), chain.Count);
    }

    internal static bool IsWomenCollective(UnitInput unit, RuleSet rules) =>
        rules.Ranking.WomenRuleEnabled && unit.Members > 0 &&
        rules.Ranking.WomenCollectiveShare.IsReachedBy(unit.WomenMembers, unit.Members);

    private static int CompareStep(UnitScore a, UnitScore b, TieBreakStep step, RuleSet rules)
    {
        if (step.Kind == TieBreakKind.WomenRule)
        {
            return IsWomenCollective(b.Unit, rules).CompareTo(IsWomenCollective(a.Unit, rules));
        }

        decimal pa = a.PointsFor(step.CriterionCode ?? "") ?? 0m;
        decimal pb = b.PointsFor(step.CriterionCode ?? "") ?? 0m;
        return pb.CompareTo(pa);
    }

    private static IReadOnlyList<TieBreak> TieBreaks(List<UnitScore> ordered, int i, IReadOnlyList<TieBreakStep> chain, RuleSet rules)
    {
        // Most units share their total with neither neighbour: nothing to record, and nothing to compare.
        decimal total = ordered[i].Total;
        bool tiedAbove = i > 0 && ordered[i - 1].Total == total;
        bool tiedBelow = i + 1 < ordered.Count && ordered[i + 1].Total == total;
        if (!tiedAbove && !tiedBelow)
        {
            return [];
        }

        var ties = new List<TieBreak>(2);
        if (tiedAbove)
        {
            ties.Add(TieWith(ordered[i], ordered[i - 1], ahead: false, chain, rules));
        }

        if (tiedBelow)
        {
            ties.Add(TieWith(ordered[i], ordered[i + 1], ahead: true, chain, rules));
        }

        return ties;
    }

    private static TieBreak TieWith(UnitScore unit, UnitScore other, bool ahead, IReadOnlyList<TieBreakStep> chain, RuleSet rules)
    {
        int step = Compare(unit, other, chain, rules).Step;
        var decidedBy = step < chain.Count ? chain[step] : null;
        return new TieBreak(other.UnitId, unit.Total, ahead, decidedBy)
        {
            WomenShare = decidedBy?.Kind == TieBreakKind.WomenRule ? rules.Ranking.WomenCollectiveShare : null,
        };
    }
}
