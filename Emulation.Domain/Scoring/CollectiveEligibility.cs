using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>The conditions of each collective title, decided from the unit's score, rank and members (Art. 26–28, 74, 75).</summary>
internal static class CollectiveEligibility
{
    /// <summary>
    /// Decides <paramref name="title"/>: true when every condition other than "no proceedings pending" passes, counting
    /// members whose titles are deferred as holders. <paramref name="waits"/> when the title must wait (Decree 152/2025
    /// Art. 4(4)): the unit's own proceedings are pending, or it qualifies only with members still deferred. With a
    /// <paramref name="sink"/>, also writes each condition with its facts, the proceedings last.
    /// </summary>
    public static bool Decide(Title title, UnitFacts u, RuleSet rules, List<Condition>? sink, out bool waits)
    {
        bool ok = Conditions(title, u, rules, sink, withDeferred: true);
        bool needsDeferred = ok && u.HasDeferredMembers && !Conditions(title, u, rules, null, withDeferred: false);
        if (u.HasDeferredMembers && title != Title.CollectiveCertificateOfCommendation)
        {
            sink?.Add(new("coll.members_deferred", !needsDeferred, rules.Articles.Deferral,
                new Fact("advancedWorkers", FactValues.Of(u.DeferredAdvancedWorkers)), new Fact("fighters", FactValues.Of(u.DeferredFighters)),
                new Fact("excellentCollective", FactValues.Of(u.ExcellentCollectiveDeferred))));
        }

        sink?.Add(new("proceedings.none", !u.ProceedingsPending, rules.Articles.Deferral,
            new Fact("pending", FactValues.Of(u.ProceedingsPending))));
        waits = u.ProceedingsPending || needsDeferred;
        return ok;
    }

    private static bool Conditions(Title title, UnitFacts u, RuleSet rules, List<Condition>? sink, bool withDeferred)
    {
        var r = rules.Collectives;
        string art = LegalArticles.For(title);
        bool ok = Complete(u, art, sink);
        switch (title)
        {
            case Title.AdvancedLabourCollective:
                ok &= Tasks(u, r.AdvancedMinScorePercent, QualityRating.Good, art, sink);
                ok &= AdvancedShare(u, r, r.AdvancedWorkerShare, r.AdvancedWorkerShareStrictlyAbove, art, sink, withDeferred);
                ok &= Discipline(u, r, art, sink);
                return ok;
            case Title.ExcellentLabourCollective:
                ok &= Tasks(u, r.ExcellentMinScorePercent, QualityRating.Excellent, art, sink);
                ok &= AdvancedShare(u, r, r.ExcellentAdvancedWorkerShare, strict: false, art, sink, withDeferred);
                if (r.ExcellentAppliesDisciplineBar)
                {
                    ok &= Discipline(u, r, LegalArticles.ExcellentCollectiveDiscipline, sink);
                }

                bool completed = !r.ExcellentRequiresAllCompleted || u.NotCompleted == 0;
                int fighterCount = u.Fighters + (withDeferred ? u.DeferredFighters : 0);
                bool fighters = fighterCount >= r.ExcellentMinFighters;
                sink?.Add(new("coll.all_completed", completed, u.DisciplinedNotCompleted > 0 ? $"{art}; {LegalArticles.DisciplinedNotCompleted}" : art,
                    new Fact("notCompleted", FactValues.Of(u.NotCompleted)), new Fact("disciplined", FactValues.Of(u.DisciplinedNotCompleted))));
                sink?.Add(new("coll.fighters", fighters, art,
                    new Fact("fighters", FactValues.Of(fighterCount)), new Fact("required", FactValues.Of(r.ExcellentMinFighters))));
                return ok && completed && fighters;
            case Title.ProvincialEmulationFlag:
                return ok & Flag(u, r, art, sink, withDeferred);
            case Title.CollectiveCertificateOfCommendation:
                ok &= Tasks(u, r.CommendationMinScorePercent, QualityRating.Good, art, sink);
                ok &= Discipline(u, r, art, sink);
                return ok;
            case Title.CollectiveProvincialCertificateOfMerit:
                AddPreviousMerit(u, sink);
                AddMeritCountedAgain(u, rules, sink);

                return ok & MeritBranches(u, r, $"{art}; {rules.Articles.NotBasisForMerit}", sink, withDeferred);
            default:
                throw new ArgumentOutOfRangeException(nameof(title), title, "Not a collective title.");
        }
    }

    /// <summary>This year's Tập thể lao động xuất sắc, a deferred one only when <paramref name="withDeferred"/>.</summary>
    private static bool HoldsExcellentCollective(UnitFacts u, bool withDeferred) =>
        u.ExcellentCollectiveThisYear && (withDeferred || !u.ExcellentCollectiveDeferred);

    private static bool Flag(UnitFacts u, CollectiveRules r, string art, List<Condition>? sink, bool withDeferred)
    {
        bool leader = u.Rank.BlocId is not null && u.Rank.Rank == 1;
        bool excellent = !r.FlagRequiresExcellentCollective || HoldsExcellentCollective(u, withDeferred);
        bool targets;
        if (u.ThematicCampaignYears is { } years)
        {
            // Art. 26(2): in a thematic campaign of three years or more, the flag goes to the collectives leading it.
            targets = years >= r.ThematicFlagMinYears;
            sink?.Add(new("flag.thematic", targets, LegalArticles.ThematicFlag,
                new Fact("years", FactValues.Of(years)), new Fact("required", FactValues.Of(r.ThematicFlagMinYears))));
        }
        else
        {
            decimal lowest = u.Score.HasMissing ? 0m : u.Score.LowestTargetRatio ?? 0m;
            targets = u.Score.LowestTargetRatio is not null &&
                (r.FlagTargetsStrictlyExceeded ? lowest > r.FlagMinTargetRatio : lowest >= r.FlagMinTargetRatio);
            sink?.Add(new("flag.targets", targets, LegalArticles.FlagTargets,
                new Fact("lowestRatio", FactValues.Of(Math.Round(lowest, 4))), new Fact("required", FactValues.Of(r.FlagMinTargetRatio)),
                new Fact("comparison", r.FlagTargetsStrictlyExceeded ? "above" : "atLeast")));
        }

        if (sink is not null)
        {
            sink.Insert(sink.Count - 1, new("flag.bloc_leader", leader, art,
                new Fact("bloc", u.Rank.BlocId is { } b ? FactValues.Of(b) : "none"), new Fact("rank", FactValues.Of(u.Rank.Rank))));
            if (r.FlagRequiresExcellentCollective)
            {
                sink.Add(new("flag.excellent", excellent, art, new Fact("excellentCollective", FactValues.Of(u.ExcellentCollectiveThisYear))));
            }
        }

        return leader && targets && excellent;
    }

    /// <summary>Decree 152/2025 Art. 33(7): the year of the unit's latest merit collective Bằng khen before this year, if any.</summary>
    internal static AwardRecord? PreviousMeritOf(UnitInput unit, int evaluationYear, RuleSet rules) =>
        rules.Individuals.AwardPeriodStartsAfterPreviousAward ? LatestMeritOf(unit, evaluationYear) : null;

    /// <summary>A rule set without Art. 33(7) counts the years of the unit's previous Bằng khen again; the explanation says so.</summary>
    private static void AddMeritCountedAgain(UnitFacts u, RuleSet rules, List<Condition>? sink)
    {
        if (sink is not null && !rules.Individuals.AwardPeriodStartsAfterPreviousAward &&
            LatestMeritOf(u.Score.Unit, u.EvaluationYear) is { } counted)
        {
            sink.Add(new("award.period_counted_again", true, LegalArticles.AwardPeriodNotRestarted,
                new Fact("title", "Title." + counted.Title), new Fact("year", FactValues.Of(counted.Year)),
                new Fact("decision", counted.DecisionNumber ?? "none")));
        }
    }

    private static AwardRecord? LatestMeritOf(UnitInput unit, int evaluationYear)
    {
        AwardRecord? latest = null;
        foreach (var a in unit.Awards)
        {
            if (a.Title == Title.CollectiveProvincialCertificateOfMerit && a.CountsAsMerit && a.Year < evaluationYear &&
                (latest is null || a.Year > latest.Year))
            {
                latest = a;
            }
        }

        return latest;
    }

    /// <summary>
    /// Art. 74(2): two branches, each its own: consecutive Excellent Labour Collective titles, or consecutive years rated
    /// excellent. One condition names both, with the predecessors' years that counted.
    /// </summary>
    private static bool MeritBranches(UnitFacts u, CollectiveRules r, string art, List<Condition>? sink, bool withDeferred)
    {
        var inherited = new List<string>();
        int titleStreak = TitleStreak(u, inherited, withDeferred);
        int ratingStreak = ExcellentYears(u, r, inherited, out bool readTitles);
        bool ok = titleStreak >= r.MeritExcellentStreak || ratingStreak >= r.MeritExcellentRatingYears;
        sink?.Add(new("coll.merit_streak", ok, readTitles ? $"{art}; {LegalArticles.For(Title.ExcellentLabourCollective)}" : art,
            new Fact("streak", FactValues.Of(titleStreak)), new Fact("required", FactValues.Of(r.MeritExcellentStreak)),
            new Fact("excellentYears", FactValues.Of(ratingStreak)), new Fact("requiredYears", FactValues.Of(r.MeritExcellentRatingYears)),
            new Fact("inherited", inherited.Count == 0 ? "none" : string.Join(", ", inherited.Distinct()))));
        return ok;
    }

    /// <summary>
    /// Consecutive years the unit completed its tasks excellently, this year's read from its rating or, failing one, from
    /// its score. An earlier year with no rating recorded (the unit's or its predecessors') counts when the unit held Tập thể
    /// lao động xuất sắc for it: that title is given only for tasks done excellently (Law 06/2022 Art. 27), so one such year and one year rated
    /// excellent are two consecutive excellent years.
    /// </summary>
    /// <param name="readTitles">Whether a year counted by its Excellent Labour Collective title, so Art. 27 is cited too.</param>
    private static int ExcellentYears(UnitFacts u, CollectiveRules r, List<string> inherited, out bool readTitles)
    {
        var ratings = u.Score.Unit.YearRatings;
        int streak = 0;
        readTitles = false;
        for (int y = u.EvaluationYear; y > u.MeritPeriodAfter; y--)
        {
            // The unit's own rating wins; for a year before a merger, every predecessor rated must have been excellent;
            // failing any rating, an Excellent Labour Collective title of an earlier year (its own or a predecessor's).
            var own = ratings.FirstOrDefault(x => x.Year == y && x.InheritedFrom is null);
            var predecessors = own is null ? ratings.Where(x => x.Year == y).ToList() : [];
            var title = own is null && predecessors.Count == 0 && y < u.EvaluationYear ? ExcellentCollectiveAward(u, y) : null;
            bool excellent = own is not null ? own.Rating == QualityRating.Excellent
                : predecessors.Count > 0 ? predecessors.All(x => x.Rating == QualityRating.Excellent)
                : title is not null || (y == u.EvaluationYear && !u.Score.HasMissing && u.Score.PercentOfMaximum >= r.ExcellentMinScorePercent);
            if (!excellent)
            {
                break;
            }

            readTitles |= title is not null;
            if (title?.InheritedFrom is { } from)
            {
                inherited.Add($"{FactValues.Of(y)} ({from})");
            }

            inherited.AddRange(predecessors.Select(x => $"{FactValues.Of(y)} ({x.InheritedFrom})"));
            streak++;
        }

        return streak;
    }

    /// <summary>The unit's merit Excellent Labour Collective award for <paramref name="year"/> (its own or inherited), if any.</summary>
    private static AwardRecord? ExcellentCollectiveAward(UnitFacts u, int year) =>
        u.Score.Unit.Awards.FirstOrDefault(a => a.Year == year && a.Title == Title.ExcellentLabourCollective && a.CountsAsMerit);

    /// <summary>Consecutive Excellent Labour Collective titles ending this year (this year's recommendation included).</summary>
    private static int TitleStreak(UnitFacts u, List<string> inherited, bool withDeferred)
    {
        if (!HoldsExcellentCollective(u, withDeferred))
        {
            return 0;
        }

        int streak = 1;
        for (int y = u.EvaluationYear - 1; y > u.MeritPeriodAfter; y--)
        {
            var award = ExcellentCollectiveAward(u, y);
            if (award is null)
            {
                break;
            }

            if (award.InheritedFrom is { } from)
            {
                inherited.Add($"{FactValues.Of(y)} ({from})");
            }

            streak++;
        }

        return streak;
    }

    private static void AddPreviousMerit(UnitFacts u, List<Condition>? sink)
    {
        if (u.PreviousMerit is { } previous)
        {
            sink?.Add(new("award.period_after_previous", true, LegalArticles.AwardPeriod,
                new Fact("title", "Title." + previous.Title), new Fact("year", FactValues.Of(previous.Year)),
                new Fact("decision", previous.DecisionNumber ?? "none"), new Fact("countsFrom", FactValues.Of(previous.Year + 1))));
        }
    }

    private static bool Complete(UnitFacts u, string art, List<Condition>? sink)
    {
        sink?.Add(new("coll.results_complete", !u.Score.HasMissing, art, new Fact("missing", FactValues.Of(u.Score.MissingCount))));
        return !u.Score.HasMissing;
    }

    /// <summary>
    /// "Tasks done well / excellently" (Art. 27(a), 28(a), 75): the unit's own rating for this year when one is recorded,
    /// as for Art. 74(2)'s excellent years; otherwise its score read against the rule set's threshold.
    /// </summary>
    private static bool Tasks(UnitFacts u, decimal minPercent, QualityRating required, string art, List<Condition>? sink)
    {
        if (u.Score.Unit.YearRatings.FirstOrDefault(x => x.Year == u.EvaluationYear && x.InheritedFrom is null) is not { } own)
        {
            return Score(u, minPercent, art, sink);
        }

        bool ok = own.Rating != QualityRating.NotRated && own.Rating >= required;
        sink?.Add(new("coll.rating", ok, art, new Fact("rating", FactValues.Of(own.Rating)), new Fact("required", FactValues.Of(required))));
        return ok;
    }

    private static bool Score(UnitFacts u, decimal minPercent, string art, List<Condition>? sink)
    {
        bool ok = u.Score.PercentOfMaximum >= minPercent;
        sink?.Add(new("coll.score", ok, art,
            new Fact("percent", FactValues.Of(u.Score.PercentOfMaximum)), new Fact("minimum", FactValues.Of(minPercent))));
        return ok;
    }

    /// <summary>
    /// Art. 27–28: the share of Advanced Workers among the members, all of them or, when the rule set says so, those rated
    /// this year; members not rated are named either way, so a reader sees who the base holds.
    /// </summary>
    private static bool AdvancedShare(UnitFacts u, CollectiveRules r, Fraction share, bool strict, string art, List<Condition>? sink,
        bool withDeferred)
    {
        int advanced = u.AdvancedWorkers + (withDeferred ? u.DeferredAdvancedWorkers : 0);
        int members = r.AdvancedShareCountsMembersNotRated ? u.Members : u.Members - u.NotRated;
        bool ok = members > 0 && share.IsReachedBy(advanced, members, strict);
        sink?.Add(new("coll.advanced_share", ok, art,
            new Fact("advancedWorkers", FactValues.Of(advanced)), new Fact("members", FactValues.Of(members)),
            new Fact("share", share.ToString()), new Fact("comparison", strict ? "above" : "atLeast")));
        if (u.NotRated > 0)
        {
            sink?.Add(new("coll.members_not_rated", true, LegalArticles.MembersNotRated,
                new Fact("notRated", FactValues.Of(u.NotRated)), new Fact("counted", FactValues.Of(r.AdvancedShareCountsMembersNotRated))));
        }

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
