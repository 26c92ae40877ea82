using System.Globalization;

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
            var ordered = bloc.ToList();
            ordered.Sort((a, b) => Compare(a, b, chain, rules).Result);
            for (int i = 0; i < ordered.Count; i++)
            {
                (string? vi, string? en) = Note(ordered, i, chain, rules);
                ranked.Add(new RankedUnit(ordered[i].UnitId, bloc.Key, i + 1, ordered[i].Total, vi, en));
            }
        }

        return ranked;
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

    private static (string? Vi, string? En) Note(List<UnitScore> ordered, int i, IReadOnlyList<TieBreakStep> chain, RuleSet rules)
    {
        // Most units share their total with neither neighbour: no note, and nothing to build.
        decimal total = ordered[i].Total;
        if ((i == 0 || ordered[i - 1].Total != total) && (i + 1 >= ordered.Count || ordered[i + 1].Total != total))
        {
            return (null, null);
        }

        var notesVi = new List<string>();
        var notesEn = new List<string>();
        var inv = CultureInfo.InvariantCulture;
        foreach (int j in new[] { i - 1, i + 1 })
        {
            if (j < 0 || j >= ordered.Count || ordered[j].Total != ordered[i].Total)
            {
                continue;
            }

            int step = Compare(ordered[i], ordered[j], chain, rules).Step;
            bool ahead = j > i;
            string byVi = step < chain.Count ? chain[step].DescribeVi() : "mã đơn vị nhỏ hơn (quy tắc cố định cuối cùng)";
            string byEn = step < chain.Count ? chain[step].DescribeEn() : "lower unit id (final deterministic rule)";
            notesVi.Add(string.Format(inv, "Bằng tổng điểm {0} với đơn vị {1}; {2} theo {3}.", ordered[i].Total, ordered[j].UnitId,
                ahead ? "xếp trên" : "xếp dưới", byVi));
            notesEn.Add(string.Format(inv, "Tied on total {0} with unit {1}; ranked {2} by {3}.", ordered[i].Total, ordered[j].UnitId,
                ahead ? "above" : "below", byEn));
        }

        return notesVi.Count == 0 ? (null, null) : (string.Join(" ", notesVi), string.Join(" ", notesEn));
    }
}
