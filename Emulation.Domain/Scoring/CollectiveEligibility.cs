using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>The conditions of each collective title, decided from the unit's score, rank and members (Art. 26–28, 74, 75).</summary>
internal static class CollectiveEligibility
{
    public static Condition[] For(Title title, UnitFacts u, RuleSet rules)
    {
        var r = rules.Collectives;
        string art = LegalArticles.For(title);
        return title switch
        {
            Title.AdvancedLabourCollective =>
            [
                Complete(u, art), Score(u, r.AdvancedMinScorePercent, art), AdvancedShare(u, r, art), Discipline(u, r, art),
            ],
            Title.ExcellentLabourCollective =>
            [
                Complete(u, art), Score(u, r.ExcellentMinScorePercent, art), AdvancedShare(u, r, art), Discipline(u, r, art),
                new("coll.all_completed", !r.ExcellentRequiresAllCompleted || u.NotCompleted == 0, art,
                    new Fact("notCompleted", FactValues.Of(u.NotCompleted))),
                new("coll.fighters", u.Fighters >= r.ExcellentMinFighters, art,
                    new Fact("fighters", FactValues.Of(u.Fighters)), new Fact("required", FactValues.Of(r.ExcellentMinFighters))),
            ],
            Title.ProvincialEmulationFlag => Flag(u, r, art),
            Title.CollectiveCertificateOfCommendation =>
            [
                Complete(u, art), Score(u, r.CommendationMinScorePercent, art), Discipline(u, r, art),
            ],
            Title.CollectiveProvincialCertificateOfMerit => [Complete(u, art), MeritStreak(u, r, art)],
            _ => throw new ArgumentOutOfRangeException(nameof(title), title, "Not a collective title."),
        };
    }

    private static Condition[] Flag(UnitFacts u, CollectiveRules r, string art)
    {
        decimal lowest = u.Score.HasMissing ? 0m : u.Score.LowestTargetRatio ?? 0m;
        var conditions = new List<Condition>
        {
            Complete(u, art),
            new("flag.bloc_leader", u.Rank.BlocId is not null && u.Rank.Rank == 1, art,
                new Fact("bloc", u.Rank.BlocId is { } b ? FactValues.Of(b) : "none"), new Fact("rank", FactValues.Of(u.Rank.Rank))),
            new("flag.targets", u.Score.LowestTargetRatio is not null && lowest >= r.FlagMinTargetRatio, art,
                new Fact("lowestRatio", FactValues.Of(Math.Round(lowest, 4))), new Fact("required", FactValues.Of(r.FlagMinTargetRatio))),
        };
        if (r.FlagRequiresExcellentCollective)
        {
            conditions.Add(new("flag.excellent", u.ExcellentCollectiveThisYear, art,
                new Fact("excellentCollective", FactValues.Of(u.ExcellentCollectiveThisYear))));
        }

        return [.. conditions];
    }

    private static Condition MeritStreak(UnitFacts u, CollectiveRules r, string art)
    {
        int streak = 0;
        if (u.ExcellentCollectiveThisYear)
        {
            streak = 1;
            int y = u.EvaluationYear - 1;
            while (u.Score.Unit.Awards.Any(a => a.Year == y && a.Title == Title.ExcellentLabourCollective && a.Kind == AwardKind.Merit))
            {
                streak++;
                y--;
            }
        }

        return new("coll.merit_streak", streak >= r.MeritExcellentStreak, $"{art}; {LegalArticles.NotBasisForMerit}",
            new Fact("streak", FactValues.Of(streak)), new Fact("required", FactValues.Of(r.MeritExcellentStreak)));
    }

    private static Condition Complete(UnitFacts u, string art) =>
        new("coll.results_complete", !u.Score.HasMissing, art, new Fact("missing", FactValues.Of(u.Score.MissingCount)));

    private static Condition Score(UnitFacts u, decimal minPercent, string art) =>
        new("coll.score", u.Score.PercentOfMaximum >= minPercent, art,
            new Fact("percent", FactValues.Of(u.Score.PercentOfMaximum)), new Fact("minimum", FactValues.Of(minPercent)));

    private static Condition AdvancedShare(UnitFacts u, CollectiveRules r, string art) =>
        new("coll.advanced_share", u.Members > 0 && r.AdvancedWorkerShare.IsReachedBy(u.AdvancedWorkers, u.Members), art,
            new Fact("advancedWorkers", FactValues.Of(u.AdvancedWorkers)), new Fact("members", FactValues.Of(u.Members)),
            new Fact("share", r.AdvancedWorkerShare.ToString()));

    private static Condition Discipline(UnitFacts u, CollectiveRules r, string art) =>
        new("coll.discipline", u.BarredByDiscipline == 0, art,
            new Fact("count", FactValues.Of(u.BarredByDiscipline)), new Fact("level", FactValues.Of(r.BarringDiscipline)));
}
