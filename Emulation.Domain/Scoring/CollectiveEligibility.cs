using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>The conditions of each collective title, decided from the unit's score, rank and members (Art. 26–28, 74, 75).</summary>
internal static class CollectiveEligibility
{
    /// <summary>Decides <paramref name="title"/>; with a <paramref name="sink"/>, also writes each condition with its facts.</summary>
    public static bool Decide(Title title, UnitFacts u, RuleSet rules, List<Condition>? sink)
    {
        var r = rules.Collectives;
        string art = LegalArticles.For(title);
        bool ok = Complete(u, art, sink);
        switch (title)
        {
            case Title.AdvancedLabourCollective:
                ok &= Score(u, r.AdvancedMinScorePercent, art, sink);
                ok &= AdvancedShare(u, r, art, sink);
                ok &= Discipline(u, r, art, sink);
                return ok;
            case Title.ExcellentLabourCollective:
                ok &= Score(u, r.ExcellentMinScorePercent, art, sink);
                ok &= AdvancedShare(u, r, art, sink);
                ok &= Discipline(u, r, art, sink);
                bool completed = !r.ExcellentRequiresAllCompleted || u.NotCompleted == 0;
                bool fighters = u.Fighters >= r.ExcellentMinFighters;
                sink?.Add(new("coll.all_completed", completed, art, new Fact("notCompleted", FactValues.Of(u.NotCompleted))));
                sink?.Add(new("coll.fighters", fighters, art,
                    new Fact("fighters", FactValues.Of(u.Fighters)), new Fact("required", FactValues.Of(r.ExcellentMinFighters))));
                return ok && completed && fighters;
            case Title.ProvincialEmulationFlag:
                return ok & Flag(u, r, art, sink);
            case Title.CollectiveCertificateOfCommendation:
                ok &= Score(u, r.CommendationMinScorePercent, art, sink);
                ok &= Discipline(u, r, art, sink);
                return ok;
            case Title.CollectiveProvincialCertificateOfMerit:
                return ok & MeritStreak(u, r, art, sink);
            default:
                throw new ArgumentOutOfRangeException(nameof(title), title, "Not a collective title.");
        }
    }

    private static bool Flag(UnitFacts u, CollectiveRules r, string art, List<Condition>? sink)
    {
        decimal lowest = u.Score.HasMissing ? 0m : u.Score.LowestTargetRatio ?? 0m;
        bool leader = u.Rank.BlocId is not null && u.Rank.Rank == 1;
        bool targets = u.Score.LowestTargetRatio is not null && lowest >= r.FlagMinTargetRatio;
        bool excellent = !r.FlagRequiresExcellentCollective || u.ExcellentCollectiveThisYear;
        if (sink is not null)
        {
            sink.Add(new("flag.bloc_leader", leader, art,
                new Fact("bloc", u.Rank.BlocId is { } b ? FactValues.Of(b) : "none"), new Fact("rank", FactValues.Of(u.Rank.Rank))));
            sink.Add(new("flag.targets", targets, art,
                new Fact("lowestRatio", FactValues.Of(Math.Round(lowest, 4))), new Fact("required", FactValues.Of(r.FlagMinTargetRatio))));
            if (r.FlagRequiresExcellentCollective)
            {
                sink.Add(new("flag.excellent", excellent, art, new Fact("excellentCollective", FactValues.Of(u.ExcellentCollectiveThisYear))));
            }
        }

        return leader && targets && excellent;
    }

    private static bool MeritStreak(UnitFacts u, CollectiveRules r, string art, List<Condition>? sink)
    {
        int streak = 0;
        if (u.ExcellentCollectiveThisYear)
        {
            streak = 1;
            int y = u.EvaluationYear - 1;
            while (u.Score.Unit.Awards.Any(a => a.Year == y && a.Title == Title.ExcellentLabourCollective && a.CountsAsMerit))
            {
                streak++;
                y--;
            }
        }

        bool ok = streak >= r.MeritExcellentStreak;
        sink?.Add(new("coll.merit_streak", ok, $"{art}; {LegalArticles.NotBasisForMerit}",
            new Fact("streak", FactValues.Of(streak)), new Fact("required", FactValues.Of(r.MeritExcellentStreak))));
        return ok;
    }

    private static bool Complete(UnitFacts u, string art, List<Condition>? sink)
    {
        sink?.Add(new("coll.results_complete", !u.Score.HasMissing, art, new Fact("missing", FactValues.Of(u.Score.MissingCount))));
        return !u.Score.HasMissing;
    }

    private static bool Score(UnitFacts u, decimal minPercent, string art, List<Condition>? sink)
    {
        bool ok = u.Score.PercentOfMaximum >= minPercent;
        sink?.Add(new("coll.score", ok, art,
            new Fact("percent", FactValues.Of(u.Score.PercentOfMaximum)), new Fact("minimum", FactValues.Of(minPercent))));
        return ok;
    }

    private static bool AdvancedShare(UnitFacts u, CollectiveRules r, string art, List<Condition>? sink)
    {
        bool ok = u.Members > 0 && r.AdvancedWorkerShare.IsReachedBy(u.AdvancedWorkers, u.Members);
        sink?.Add(new("coll.advanced_share", ok, art,
            new Fact("advancedWorkers", FactValues.Of(u.AdvancedWorkers)), new Fact("members", FactValues.Of(u.Members)),
            new Fact("share", r.AdvancedWorkerShare.ToString())));
        return ok;
    }

    private static bool Discipline(UnitFacts u, CollectiveRules r, string art, List<Condition>? sink)
    {
        bool ok = u.BarredByDiscipline == 0;
        sink?.Add(new("coll.discipline", ok, art,
            new Fact("count", FactValues.Of(u.BarredByDiscipline)), new Fact("level", FactValues.Of(r.BarringDiscipline))));
        return ok;
    }
}
