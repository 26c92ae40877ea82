using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// The review dashboard for leadership, the council and the union officer: chart data, server-paged grids of units and
/// verdicts with their filters, a unit's scorecard, and the what-if sandbox. Every grid pages over one kept evaluation
/// (<see cref="EvaluationSnapshots"/>), and only the rows of the page are explained.
/// </summary>
public sealed class ReviewDashboardService(IDbContextFactory<EmulationDbContext> factory, EvaluationSnapshots snapshots)
{
    public const int MaxPageSize = 100;

    /// <summary>The sandbox lists at most this many changed verdicts; the counts cover them all.</summary>
    public const int MaxWhatIfRows = 200;

    /// <summary>
    /// One view of the dashboard: the campaign's kept evaluation looked up once for <paramref name="actor"/>, so that the
    /// head, the scorecard and both grids of one page come from the same evaluation (a page that asked for each part
    /// apart could mix two evaluations when a newer one landed between its parts, and waited for a fresh one up to
    /// <see cref="EvaluationOptions.FreshWait"/> once per part). Null when there is no such campaign (or it is another
    /// agency's); <see cref="ReviewReading.Snapshot"/> holds the errors when the engine refused its data or rule set.
    /// </summary>
    public async Task<ReviewReading?> ReadAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        return await SnapshotForAsync(actor, campaignId) is { } loaded ? new ReviewReading(this, actor, campaignId, loaded) : null;
    }

    /// <summary>Null when there is no such campaign; errors when the engine refused its data or rule set.</summary>
    public async Task<Result<ReviewSummary>?> SummaryAsync(Actor actor, int campaignId) =>
        await ReadAsync(actor, campaignId) is { } reading ? await reading.SummaryAsync() : null;

    /// <summary>The dashboard's head from <paramref name="s"/>, the evaluation the rest of the view shows.</summary>
    internal async Task<ReviewSummary> SummaryAsync(Actor actor, int campaignId, EvaluationSnapshot s)
    {
        var blocs = s.BlocScores();
        var titles = s.Titles;
        var progress = await s.ProgressByBlocNameAsync(() => ProgressAsync(actor, campaignId));
        await using var db = await factory.CreateDbContextAsync(actor);
        var nominations = await db.Nominations.CountAsync(n => n.CampaignId == campaignId);
        var updating = snapshots.IsUpdating(campaignId);
        var status = updating
            ? await db.Campaigns.Where(c => c.Id == campaignId).Select(c => (CampaignStatus?)c.Status).FirstOrDefaultAsync() ?? s.Campaign.Status
            : s.Campaign.Status;
        return new ReviewSummary(s.Campaign.Id, s.Campaign.Name, s.Campaign.Year,
            s.Campaign.Status, s.Rules.Id, s.Rules.Version, s.Rules.Name, blocs, titles, progress,
            [.. s.Campaign.Criteria.Select(c => new CriterionOption(c.Code, c.Name))], nominations)
        {
            SetAside = s.SetAside,
            OverTheExcellentCap = SetAsideView.OverTheExcellentCap(s.Evaluation, s.UnitNames),
            EvaluatedAt = s.LoadedAt,
            Updating = updating,
            StageChangedSince = status != s.Campaign.Status,
        };
    }

    /// <summary>
    /// Waits until the campaign's evaluation covers every change reported so far: a dashboard that showed the previous one,
    /// marked as being updated (<see cref="ReviewSummary.Updating"/>), then reads its views again and streams them.
    /// </summary>
    public async Task WhenUpdatedAsync(Actor actor, int campaignId)
    {
        actor.RequirePolicy(Policies.ReadEvaluation);
        await snapshots.FreshAsync(campaignId);
    }

    /// <summary>Ranked units, by bloc then rank, filtered by bloc and by a part of the unit's name.</summary>
    public async Task<ReviewPage<UnitRow>> UnitsAsync(Actor actor, int campaignId, UnitQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await ReadAsync(actor, campaignId) is { } reading ? reading.Units(query) : new ReviewPage<UnitRow>([], 0);
    }

    /// <summary>A unit's score breakdown with explanations; null when the unit is not ranked in the campaign.</summary>
    public async Task<UnitScorecard?> ScorecardAsync(Actor actor, int campaignId, int unitId) =>
        await ReadAsync(actor, campaignId) is { } reading ? reading.Scorecard(unitId) : null;

    /// <summary>A unit's score breakdown with explanations from a kept evaluation; null when the unit is not ranked in it.</summary>
    public static UnitScorecard? Scorecard(EvaluationSnapshot s, int unitId)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!s.Scores.TryGetValue(unitId, out var score))
        {
            return null;
        }

        var words = Wording.In(CultureInfo.CurrentUICulture);
        var ranked = s.Evaluation.Rankings.First(r => r.UnitId == unitId);
        var names = s.Campaign.Criteria.ToDictionary(c => c.Code, c => c.Name);
        var standing = new UnitStanding(unitId, score.UnitName, ranked.Rank, ranked.Total, score.HasMissing,
            TieBreakNote(s, words, CultureInfo.CurrentCulture, ranked),
            [.. score.Lines.Select(l => new ScoreLineView(l.Code, names.GetValueOrDefault(l.Code, l.Code), l.Value, l.Target,
                l.Points, l.MaxPoints, l.Status, Wording.ScoreLine(words, CultureInfo.CurrentCulture, l)))]);
        return new UnitScorecard(standing, ranked.BlocId, s.BlocName(ranked.BlocId), score.PercentOfMaximum);
    }

    /// <summary>
    /// Verdicts filtered by bloc, unit, title, status and a part of the person's or unit's name, one page at a time;
    /// only the rows of the page are explained.
    /// </summary>
    public async Task<ReviewPage<RecommendationView>> RecommendationsAsync(Actor actor, int campaignId, RecommendationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await ReadAsync(actor, campaignId) is { } reading ? reading.Recommendations(query) : new ReviewPage<RecommendationView>([], 0);
    }

    /// <summary>
    /// Tries the changes in a sandbox beside the kept evaluation and lists the verdicts that differ. Nothing is saved;
    /// the kept evaluation is not changed. Leadership and the union officer only.
    /// </summary>
    public async Task<Result<WhatIfView>> WhatIfAsync(Actor actor, int campaignId, IReadOnlyList<WhatIfChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        actor.RequirePolicy(Policies.FollowProgress);
        if (await SnapshotForAsync(actor, campaignId) is not { } loaded)
        {
            return Result<WhatIfView>.Failure(CampaignErrors.NotFound());
        }

        if (!loaded.IsSuccess)
        {
            return Result<WhatIfView>.Failure(loaded.Errors);
        }

        var s = loaded.Value;
        var ran = new WhatIfScenario(changes).Run(s.Evaluation, s.Input, s.Rules);
        if (!ran.IsSuccess)
        {
            return Result<WhatIfView>.Failure(ran.Errors);
        }

        var outcome = ran.Value;
        var rows = outcome.Recommendations.Take(MaxWhatIfRows).Select(d => new WhatIfRow(d.Kind, d.PersonId, d.UnitId,
            d.SubjectName, s.UnitNames.GetValueOrDefault(d.UnitId, ""), d.Title, d.Before, d.After, d.BeforeExplanation,
            d.AfterExplanation)).ToList();
        var ranks = outcome.Ranks.Select(r => new WhatIfRankRow(r.UnitId, s.UnitNames.GetValueOrDefault(r.UnitId, ""),
            r.BeforeRank, r.AfterRank, r.BeforeTotal, r.AfterTotal)).ToList();
        return Result<WhatIfView>.Success(new WhatIfView(rows, outcome.Recommendations.Count, outcome.Added,
            outcome.Removed, outcome.Changed, ranks));
    }

    /// <summary>The people of a unit in the evaluated year, for the sandbox's rating change.</summary>
    public async Task<IReadOnlyList<(int PersonId, string FullName)>> PeopleAsync(Actor actor, int campaignId, int unitId)
    {
        actor.RequirePolicy(Policies.FollowProgress);
        return await SnapshotForAsync(actor, campaignId) is { IsSuccess: true } loaded
            ? [.. loaded.Value.Input.People.Where(p => p.UnitId == unitId).OrderBy(p => p.FullName, StringComparer.CurrentCulture)
                .Select(p => (p.PersonId, p.FullName))]
            : [];
    }

    /// <summary>
    /// The kept evaluation of a campaign the actor may see: kept evaluations are shared by every reader, so another
    /// agency's campaign (<see cref="EmulationDbContext.CampaignAgency"/>) is not found before one is looked up.
    /// </summary>
    private async Task<Result<EvaluationSnapshot>?> SnapshotForAsync(Actor actor, int campaignId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        return db.CampaignAgency is null || await db.Campaigns.AnyAsync(c => c.Id == campaignId)
            ? await snapshots.GetAsync(campaignId)
            : null;
    }

    /// <summary>
    /// A page of ranked units from a kept evaluation, ties worded in <paramref name="culture"/> (pure; the benchmarks call
    /// it directly).
    /// </summary>
    public static ReviewPage<UnitRow> Units(EvaluationSnapshot s, UnitQuery query, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(query);
        var search = NameSearch.Query(query.Search);
        var names = search is null ? null : s.Folded.Units;
        var rows = s.RankingsByBlocName()
            .Where(r => query.BlocId is null || r.BlocId == query.BlocId)
            .Where(r => names is null || NameSearch.Contains(names.GetValueOrDefault(r.UnitId, ""), search))
            .ToList();
        var (skip, size) = Window(query.Page, query.PageSize);
        var words = Wording.In(culture);
        var page = rows.Skip(skip).Take(size).Select(r =>
        {
            var score = s.Scores[r.UnitId];
            return new UnitRow(r.UnitId, score.UnitName, r.BlocId, s.BlocName(r.BlocId), r.Rank, r.Total,
                score.PercentOfMaximum, score.HasMissing, TieBreakNote(s, words, culture, r),
                s.RecommendedByUnit.GetValueOrDefault(r.UnitId))
            {
                MissingNote = score.Missing is { } missing
                    ? Wording.MissingFigures(words, culture, missing, code => score.LineFor(code)?.Criterion.Name ?? code)
                    : null,
            };
        }).ToList();
        return new ReviewPage<UnitRow>(page, rows.Count);
    }

    /// <summary>
    /// A page of verdicts from a kept evaluation, only its rows' explanations read (pure; the benchmarks call it directly).
    /// </summary>
    public static ReviewPage<RecommendationView> Recommendations(EvaluationSnapshot s, RecommendationQuery query)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(query);
        HashSet<int>? unitsByName = null;
        HashSet<int>? peopleByName = null;
        var search = NameSearch.Query(query.Search);
        if (search is not null)
        {
            var names = s.Folded;
            unitsByName = [.. names.Units.Where(u => NameSearch.Contains(u.Value, search)).Select(u => u.Key)];
            peopleByName = [.. names.People.Where(p => NameSearch.Contains(p.Name, search)).Select(p => p.PersonId)];
        }

        // The index answers the title and status; what it cannot answer is tested verdict by verdict.
        var verdicts = s.Evaluation.Recommendations;
        var candidates = query.UnitId is { } unitId ? s.Verdicts.OfUnit(unitId) : s.Verdicts.Matching(query.Title, query.Status);
        var (skip, size) = Window(query.Page, query.PageSize);
        var rows = new List<RecommendationView>(size);
        if (query.UnitId is null && query.BlocId is null && search is null)
        {
            for (var i = skip; i < candidates.Count && rows.Count < size; i++)
            {
                rows.Add(View(s, verdicts[candidates[i]]));
            }

            return new ReviewPage<RecommendationView>(rows, candidates.Count);
        }

        var total = 0;
        foreach (var position in candidates)
        {
            var r = verdicts[position];
            if ((query.UnitId is null || r.UnitId == query.UnitId) &&
                (query.Title is null || r.Title == query.Title) &&
                (query.Status is null || r.Status == query.Status) &&
                (query.BlocId is null || s.UnitBlocs.GetValueOrDefault(r.UnitId) == query.BlocId) &&
                (unitsByName is null || unitsByName.Contains(r.UnitId) ||
                    (r.PersonId is { } p ? peopleByName!.Contains(p) : NameSearch.Contains(NameSearch.Fold(r.SubjectName), search))))
            {
                if (total >= skip && rows.Count < size)
                {
                    rows.Add(View(s, r));
                }

                total++;
            }
        }

        return new ReviewPage<RecommendationView>(rows, total);
    }

    /// <summary>How the unit's ties were settled, the other units by name; null without a tie.</summary>
    private static string? TieBreakNote(EvaluationSnapshot s, IStringLocalizer words, CultureInfo culture, RankedUnit ranked) =>
        Wording.TieBreaks(words, culture, ranked.TieBreaks,
            id => s.UnitNames.TryGetValue(id, out var name) ? name : id.ToString(culture));

    private static RecommendationView View(EvaluationSnapshot s, Recommendation r) =>
        new(r.PersonId, r.UnitId, r.SubjectName, s.UnitNames.GetValueOrDefault(r.UnitId, ""), r.Title, r.Status, r.Explanation);

    /// <summary>
    /// Each bloc member's pledge and results (<see cref="MemberProgress"/>), read by the database in one query, once per
    /// kept evaluation (<see cref="EvaluationSnapshot.ProgressAsync"/>): a province's thousand units and their pledges
    /// and results are not read to be counted here on every view.
    /// </summary>
    private async Task<IReadOnlyList<MemberProgress>> ProgressAsync(Actor actor, int campaignId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        return await MemberProgress.ReadAsync(db, campaignId);
    }

    private static (int Skip, int Size) Window(int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        return (Math.Max(page, 0) * size, size);
    }
}
