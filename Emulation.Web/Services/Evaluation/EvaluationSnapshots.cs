using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// One campaign evaluated once, with what the review dashboard pages and filters over: the grids page through this
/// in memory rather than rendering (or explaining) every verdict.
/// </summary>
public sealed class EvaluationSnapshot
{
    private readonly Lazy<FoldedNames> _foldedNames;
    private readonly Lazy<IReadOnlyList<SetAsideView>> _setAside;
    private readonly Lazy<IReadOnlyList<TitleTally>> _titles;
    private readonly ConcurrentDictionary<string, IReadOnlyList<RankedUnit>> _rankingsByBlocName = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<BlocScore>> _blocScores = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<BlocProgress>> _progressByBlocName = new();
    private Task<IReadOnlyList<MemberProgress>>? _progress;

    internal EvaluationSnapshot(Campaign campaign, EvaluationInput input, RuleSet rules, CampaignEvaluation evaluation,
        IReadOnlyDictionary<int, string> blocNames, DateTimeOffset loadedAt)
    {
        Campaign = campaign;
        Input = input;
        Rules = rules;
        Evaluation = evaluation;
        BlocNames = blocNames;
        LoadedAt = loadedAt;
        UnitNames = input.Units.ToDictionary(u => u.UnitId, u => u.Name);
        UnitBlocs = input.Units.ToDictionary(u => u.UnitId, u => u.BlocId);
        Scores = evaluation.UnitScores.ToDictionary(s => s.UnitId);
        Verdicts = new VerdictIndex(evaluation.Recommendations);
        _setAside = new Lazy<IReadOnlyList<SetAsideView>>(() => SetAsideView.Of(evaluation, input, campaign));
        _titles = new Lazy<IReadOnlyList<TitleTally>>(() => Charted(campaign, Verdicts.Tallies));
        _foldedNames = new Lazy<FoldedNames>(() => new FoldedNames(
            UnitNames.ToDictionary(u => u.Key, u => NameSearch.Fold(u.Value)),
            [.. input.People.Select(p => (p.PersonId, NameSearch.Fold(p.FullName)))]));
    }

    /// <summary>
    /// The snapshot of <paramref name="evaluation"/>, made again from <paramref name="last"/>'s
    /// (<see cref="CampaignEvaluator.Reevaluate"/> after some units' figures changed): the verdict index and the names
    /// folded for search that <paramref name="last"/> already made are carried over (<see cref="VerdictIndex.After"/>),
    /// and the progress counts are <paramref name="progress"/> when given, so that the first view of the new evaluation
    /// does not make them again over every verdict, person and unit.
    /// </summary>
    private EvaluationSnapshot(EvaluationSnapshot last, EvaluationInput input, CampaignEvaluation evaluation,
        IReadOnlyList<MemberProgress>? progress, DateTimeOffset loadedAt)
        : this(last.Campaign, input, last.Rules, evaluation, last.BlocNames, loadedAt)
    {
        Verdicts = VerdictIndex.After(last.Verdicts, evaluation.Recommendations);
        if (last._foldedNames.IsValueCreated && ReferenceEquals(input.People, last.Input.People) && SameNames(UnitNames, last.UnitNames))
        {
            _foldedNames = new Lazy<FoldedNames>(last._foldedNames.Value);
        }

        if (progress is not null)
        {
            _progress = Task.FromResult(progress);
        }
    }

    /// <summary>A snapshot of an evaluation already made (tools and benchmarks that have no database).</summary>
    public static EvaluationSnapshot Create(Campaign campaign, EvaluationInput input, RuleSet rules, CampaignEvaluation evaluation,
        IReadOnlyDictionary<int, string> blocNames, DateTimeOffset loadedAt) =>
        new(campaign, input, rules, evaluation, blocNames, loadedAt);

    /// <summary>
    /// The snapshot of an evaluation made again from <paramref name="last"/>'s evaluation after some units' figures
    /// changed, carrying what <paramref name="last"/> already made of the parts that follow the verdicts; with
    /// <paramref name="progress"/>, the progress counts with those units counted again
    /// (<see cref="MemberProgress.WithUnitsReadAgainAsync"/>).
    /// </summary>
    public static EvaluationSnapshot After(EvaluationSnapshot last, EvaluationInput input, CampaignEvaluation evaluation,
        IReadOnlyList<MemberProgress>? progress, DateTimeOffset loadedAt)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(evaluation);
        return new(last, input, evaluation, progress, loadedAt);
    }

    private static bool SameNames(IReadOnlyDictionary<int, string> names, IReadOnlyDictionary<int, string> last) =>
        names.Count == last.Count && names.All(n => last.TryGetValue(n.Key, out var name) && name == n.Value);

    public Campaign Campaign { get; }
    public EvaluationInput Input { get; }
    public RuleSet Rules { get; }
    public CampaignEvaluation Evaluation { get; }
    public IReadOnlyDictionary<int, string> BlocNames { get; }
    public IReadOnlyDictionary<int, string> UnitNames { get; }
    public IReadOnlyDictionary<int, int?> UnitBlocs { get; }
    public IReadOnlyDictionary<int, UnitScore> Scores { get; }

    /// <summary>How many verdicts on each unit or its people are recommendations (<see cref="VerdictIndex.RecommendedByUnit"/>).</summary>
    public IReadOnlyDictionary<int, int> RecommendedByUnit => Verdicts.RecommendedByUnit;

    /// <summary>The verdicts' positions by title, status and unit, and their tallies, each made on first use.</summary>
    public VerdictIndex Verdicts { get; }
    public DateTimeOffset LoadedAt { get; }

    public string BlocName(int? blocId) => blocId is { } id ? BlocNames.GetValueOrDefault(id, "") : "";

    /// <summary>
    /// The ranked units as the units grid lists them: by bloc name in the current culture, then rank, then unit id. Sorted
    /// once per culture (a thousand names compared by culture on every page was a share of each dashboard request).
    /// </summary>
    public IReadOnlyList<RankedUnit> RankingsByBlocName()
    {
        var culture = CultureInfo.CurrentCulture;
        return _rankingsByBlocName.GetOrAdd(culture.Name, _ => [.. Evaluation.Rankings
            .OrderBy(r => BlocName(r.BlocId), StringComparer.Create(culture, ignoreCase: false))
            .ThenBy(r => r.Rank).ThenBy(r => r.UnitId)]);
    }

    /// <summary>
    /// Each bloc's average, highest and lowest total, by bloc name in the current culture: made once per culture, so that
    /// every view of this evaluation shows the same list (and its chart, made from it, is drawn once).
    /// </summary>
    public IReadOnlyList<BlocScore> BlocScores()
    {
        var culture = CultureInfo.CurrentCulture;
        return _blocScores.GetOrAdd(culture.Name, _ => [.. Evaluation.Rankings.GroupBy(r => r.BlocId)
            .Select(g => new BlocScore(g.Key, BlocName(g.Key), g.Count(), Math.Round(g.Average(r => r.Total), 2),
                g.Max(r => r.Total), g.Min(r => r.Total)))
            .OrderBy(b => b.BlocName, StringComparer.Create(culture, ignoreCase: false))]);
    }

    /// <summary>
    /// Who was left out of the ranking and why, named: made once per evaluation (it reads 100,000 people's names at a
    /// province's size, which every dashboard request did before, a third of its work).
    /// </summary>
    public IReadOnlyList<SetAsideView> SetAside => _setAside.Value;

    /// <summary>
    /// The titles the dashboard counts: those the campaign offers, and any other a verdict recommends, puts over its
    /// quota or defers. A form the campaign's kind allows but it does not offer and nobody reached is no line of zeros
    /// (a thematic campaign offering Giấy khen shows no Huân chương).
    /// </summary>
    public IReadOnlyList<TitleTally> Titles => _titles.Value;

    private static IReadOnlyList<TitleTally> Charted(Campaign campaign, IReadOnlyList<TitleTally> tallies)
    {
        var offered = campaign.OfferedTitles.Select(o => o.Title).ToHashSet();
        return [.. tallies.Where(t => offered.Contains(t.Title) || t.Recommended + t.OverQuota + t.Deferred > 0)];
    }

    /// <summary>Unit and people's names folded for searching (<see cref="NameSearch.Fold"/>), made on the first search.</summary>
    public FoldedNames Folded => _foldedNames.Value;

    /// <summary>
    /// Each bloc member's pledge and results, read by <paramref name="count"/> on the first look at this evaluation and
    /// kept with it (a count that failed is made again), unless the reload that made it already counted them again
    /// (<see cref="After"/>). They are as fresh as the figures beside them: each change they count (a pledge saved,
    /// results submitted or reviewed) is reported to what keeps the evaluation, whose next look loads a new one.
    /// </summary>
    public Task<IReadOnlyList<MemberProgress>> ProgressAsync(Func<Task<IReadOnlyList<MemberProgress>>> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var counting = _progress;
        if (counting is null || counting.IsFaulted || counting.IsCanceled)
        {
            counting = count();
            _progress = counting;
        }

        return counting;
    }

    /// <summary>The progress counts once read, for the next reload to carry; null before or when the count failed.</summary>
    public IReadOnlyList<MemberProgress>? CountedProgress => _progress is { IsCompletedSuccessfully: true } counted ? counted.Result : null;

    /// <summary>
    /// The kept counts (<see cref="ProgressAsync"/>) by bloc, the blocs by name in the current culture, sorted once per
    /// culture: the counts are made once per evaluation, so the first sorting holds for every later view.
    /// </summary>
    public async Task<IReadOnlyList<BlocProgress>> ProgressByBlocNameAsync(Func<Task<IReadOnlyList<MemberProgress>>> count)
    {
        var culture = CultureInfo.CurrentCulture;
        if (_progressByBlocName.TryGetValue(culture.Name, out var sorted))
        {
            return sorted;
        }

        var counted = await ProgressAsync(count);
        return _progressByBlocName.GetOrAdd(culture.Name, _ => [.. MemberProgress.ByBloc(counted, BlocName)
            .OrderBy(b => b.BlocName, StringComparer.Create(culture, ignoreCase: false))]);
    }
}

/// <summary>The names of a snapshot as <see cref="NameSearch"/> compares them.</summary>
public sealed record FoldedNames(IReadOnlyDictionary<int, string> Units, IReadOnlyList<(int PersonId, string Name)> People);

/// <summary>
/// The one evaluation pipeline: loads a campaign (<see cref="EvaluationInputLoader"/>), finds the rule set in force
/// for it and runs the engine. The review dashboard, its what-if sandbox, the REST API (<see cref="ScoreboardService"/>)
/// and the nomination step all read the answer here.
/// </summary>
/// <remarks>
/// <para>
/// Evaluates a campaign and keeps the answer, so paging, filtering and the what-if sandbox do not reload 100,000 people
/// per click. Refusals (bad rule set, bad data) and failures are not kept.
/// </para>
/// <para>
/// A change to the campaign reported through the <see cref="SubmissionNotifier"/> (on this instance or, through the
/// change feed, on another) makes the kept answer out of date, and so does its age past <see cref="Lifetime"/> (a
/// safety net for changes nobody reported). The next look starts one load in the background and waits for it up to
/// <see cref="EvaluationOptions.FreshWait"/>: at the agency's size a load takes milliseconds and the reader sees the
/// change; at a province's it takes seconds, and the reader gets the previous answer at once, told that a newer one is
/// on its way (<see cref="IsUpdating"/>). When every change since the kept answer named a unit (a head saving a
/// draft pledge, a submission, its review), the load reads only those units' figures and evaluates again from the kept
/// input and evaluation, deciding only those units' people again (<see cref="CampaignEvaluator.Reevaluate"/>) instead of
/// reading 100,000 people and their history and deciding them all. Only one load per campaign runs at a time, and the
/// changes reported meanwhile wait for one more. The next whole read starts no sooner than the last one took after it
/// ended; the next reading of changed units, no sooner than <see cref="UnitsReadSpacing"/> times what the last one took
/// and never within <see cref="EvaluationOptions.ChangedUnitsPause"/>, so that each covers the saves of the pause before
/// it and a stream of saves keeps a bounded share of a core evaluating. The dashboard is then about a second behind a
/// stream of saves, and says it is being updated; a look during the pause is answered at once rather than after <see cref="EvaluationOptions.FreshWait"/>,
/// since the new answer cannot come within it. A save after a quiet spell is read at once, at any size.
/// </para>
/// </remarks>
public sealed class EvaluationSnapshots : IDisposable
{
    /// <summary>
    /// How long an answer is served before a look starts a reload, when no change was reported. Every write the
    /// evaluation reads is reported (<see cref="EvaluationChanges"/>), so this only catches what bypasses the app (a
    /// database edited by hand, an instance whose change feed failed); at a province's size each reload costs a core
    /// for tens of seconds, which a short lifetime spent every few minutes for nothing.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How many times what the last reading of changed units took passes before the next one starts: 3 keeps a stream
    /// of saves to a quarter of a core (1 kept it to half, when the mix of a working day measured the evaluation as the
    /// largest single use of the app's processor).
    /// </summary>
    public const int UnitsReadSpacing = 3;

    private readonly ConcurrentDictionary<int, KeptEvaluation> _cache = new();
    private readonly IDbContextFactory<EmulationDbContext> _factory;
    private readonly RuleSetService _ruleSets;
    private readonly TimeProvider _clock;
    private readonly ILogger<EvaluationSnapshots> _logger;
    private readonly TimeSpan _freshWait;
    private readonly TimeSpan _changedUnitsPause;
    private readonly IDisposable _changes;

    public EvaluationSnapshots(IDbContextFactory<EmulationDbContext> factory, RuleSetService ruleSets, TimeProvider clock,
        SubmissionNotifier notifier, ILogger<EvaluationSnapshots> logger, IOptions<EvaluationOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        _factory = factory;
        _ruleSets = ruleSets;
        _clock = clock;
        _logger = logger;
        var settings = options?.Value ?? new EvaluationOptions();
        _freshWait = settings.FreshWait;
        _changedUnitsPause = settings.ChangedUnitsPause;
        _changes = notifier.SubscribeToEveryCampaign(change =>
        {
            // A ballot changes no figure the evaluation reads.
            if (change.Kind == Notifications.CampaignChangeKind.Ballot)
            {
                return Task.CompletedTask;
            }

            if (_cache.TryGetValue(change.CampaignId, out var kept))
            {
                kept.MarkChanged(change.UnitId);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The campaign's evaluation: the kept one when it is up to date, else a fresh one if it comes within the wait, else
    /// the kept one while the fresh one is made. Null when there is no such campaign. Callers check the actor first.
    /// </summary>
    public async Task<Result<EvaluationSnapshot>?> GetAsync(int campaignId)
    {
        var kept = Kept(campaignId);
        var now = _clock.GetUtcNow();
        var (last, loading) = kept.Look(now, Lifetime, () => LoadInBackground(campaignId, kept));
        if (loading is null)
        {
            return Result<EvaluationSnapshot>.Success(last!);
        }

        // A load still in its pause cannot answer within the wait: the reader is not kept waiting for nothing.
        if (last is not null && (kept.NextLoadAt - now >= _freshWait ||
            await Task.WhenAny(loading, Task.Delay(_freshWait, _clock)) != loading))
        {
            return Result<EvaluationSnapshot>.Success(last);
        }

        return ForgottenIfMissing(campaignId, kept, await loading);
    }

    /// <summary>
    /// The campaign's evaluation with every change reported before this call, however long it takes: for a reader already
    /// shown the previous one (<see cref="GetAsync"/>, <see cref="IsUpdating"/>) whose page streams the new one after it.
    /// A load that began before a change does not cover it, so a second one may follow. Callers check the actor first.
    /// </summary>
    public async Task<Result<EvaluationSnapshot>?> FreshAsync(int campaignId)
    {
        var kept = Kept(campaignId);
        var version = kept.Version;
        while (true)
        {
            var (last, loading) = kept.Look(_clock.GetUtcNow(), Lifetime, () => LoadInBackground(campaignId, kept));
            if (loading is null)
            {
                return Result<EvaluationSnapshot>.Success(last!);
            }

            var loaded = ForgottenIfMissing(campaignId, kept, await loading);
            if (loaded is not { IsSuccess: true } || kept.Covers(version))
            {
                return loaded;
            }
        }
    }

    /// <summary>Whether a newer evaluation of the campaign than the one served is being made or waits to be.</summary>
    public bool IsUpdating(int campaignId) => _cache.TryGetValue(campaignId, out var kept) && kept.IsOutOfDate;

    /// <summary>
    /// Evaluates the campaign now, whatever is kept, and keeps the answer: for a step that acts on the verdicts (putting
    /// them to the council) and must not act on an out-of-date answer. Null when there is no such campaign. Callers check
    /// the actor first.
    /// </summary>
    public async Task<Result<EvaluationSnapshot>?> EvaluateNowAsync(int campaignId)
    {
        var kept = Kept(campaignId);
        var version = kept.Version;
        var fresh = await LoadAsync(campaignId, ReloadPlan.Whole);
        kept.Keep(fresh.Answer, version);
        return ForgottenIfMissing(campaignId, kept, fresh.Answer);
    }

    /// <summary>How many campaigns have an evaluation kept (or being made).</summary>
    internal int KeptCount => _cache.Count;

    /// <summary>
    /// A look at an id that names no campaign keeps nothing: otherwise anyone walking through ids would leave an entry
    /// for each. A campaign created later under that id starts a new one.
    /// </summary>
    private Result<EvaluationSnapshot>? ForgottenIfMissing(int campaignId, KeptEvaluation kept, Result<EvaluationSnapshot>? answer)
    {
        if (answer is null)
        {
            _cache.TryRemove(KeyValuePair.Create(campaignId, kept));
        }

        return answer;
    }

    /// <summary>Marks the kept evaluation of a campaign out of date (its data changed): the next look loads it again.</summary>
    public void Forget(int campaignId)
    {
        if (_cache.TryGetValue(campaignId, out var kept))
        {
            kept.MarkChanged(unitId: null);
        }
    }

    public void Dispose() => _changes.Dispose();

    private KeptEvaluation Kept(int campaignId) => _cache.GetOrAdd(campaignId, _ => new KeptEvaluation(_changedUnitsPause));

    /// <summary>
    /// One load on the thread pool, not on the reader's request: SQLite's "async" reads complete synchronously, so a load
    /// awaited in place ran whole (seconds at scale) before the reader got even the previous answer.
    /// </summary>
    private Task<Result<EvaluationSnapshot>?> LoadInBackground(int campaignId, KeptEvaluation kept) => Task.Run(async () =>
    {
        if (kept.NextLoadAt - _clock.GetUtcNow() is { Ticks: > 0 } pause)
        {
            await Task.Delay(pause, _clock);
        }

        var plan = kept.Plan();
        var started = _clock.GetUtcNow();
        try
        {
            var loaded = await LoadAsync(campaignId, plan);
            kept.Finished(loaded.Answer, plan.Version, _clock.GetUtcNow(), _clock.GetUtcNow() - started, loaded.ReadWhole);
            return loaded.Answer;
        }
        catch (Exception failure)
        {
            _logger.LogWarning(failure, "Evaluating campaign {CampaignId} failed; the next look loads it again", campaignId);
            kept.Loaded(_clock.GetUtcNow(), _clock.GetUtcNow() - started, readWhole: true);
            throw;
        }
    });

    /// <summary>A load's answer, and whether it read the whole campaign (else only some units, from the kept input).</summary>
    private readonly record struct LoadOutcome(Result<EvaluationSnapshot>? Answer, bool ReadWhole);

    private async Task<LoadOutcome> LoadAsync(int campaignId, ReloadPlan plan)
    {
        var started = Stopwatch.GetTimestamp();
        if (plan is { Last: { } last, Units: { } units } && await ReevaluateAsync(last, units) is { } reevaluated)
        {
            _logger.LogInformation("Evaluated campaign {CampaignId} in {ElapsedMs:0} ms, {Units} units read again",
                campaignId, Stopwatch.GetElapsedTime(started).TotalMilliseconds, units.Count);
            return new LoadOutcome(reevaluated, ReadWhole: false);
        }

        var loaded = await EvaluateAsync(campaignId);
        _logger.LogInformation("Evaluated campaign {CampaignId} in {ElapsedMs:0} ms",
            campaignId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new LoadOutcome(loaded, ReadWhole: true);
    }

    /// <summary>
    /// The last evaluation made again with the figures of <paramref name="unitIds"/> read afresh and everything else
    /// (people, history, rule set, blocs) as it was: what a change naming those units can alter. The engine starts from
    /// the last evaluation (<see cref="CampaignEvaluator.Reevaluate"/>): it scores those units, ranks their blocs and
    /// decides their people again, and keeps everyone else's verdicts. Null when reading those units is not enough
    /// (<see cref="EvaluationInputLoader.WithUnitsReadAgainAsync"/>) and the whole campaign must be read.
    /// </summary>
    private async Task<Result<EvaluationSnapshot>?> ReevaluateAsync(EvaluationSnapshot last, IReadOnlyCollection<int> unitIds)
    {
        await using var db = await _factory.CreateDbContextAsync();
        if (await EvaluationInputLoader.WithUnitsReadAgainAsync(db, last.Campaign.Id, last.Input, unitIds) is not { } input)
        {
            return null;
        }

        var evaluated = CampaignEvaluator.Reevaluate(last.Evaluation, input, last.Rules);
        if (!evaluated.IsSuccess)
        {
            return Result<EvaluationSnapshot>.Failure(evaluated.Errors);
        }

        // The progress counts of the other units stand: only the changed units' are read again, here, off any reader's request.
        var progress = last.CountedProgress is { } counted
            ? await MemberProgress.WithUnitsReadAgainAsync(db, last.Campaign.Id, counted, unitIds)
            : null;
        return Result<EvaluationSnapshot>.Success(EvaluationSnapshot.After(last, input, evaluated.Value, progress, _clock.GetUtcNow()));
    }

    private async Task<Result<EvaluationSnapshot>?> EvaluateAsync(int campaignId)
    {
        await using var db = await _factory.CreateDbContextAsync();
        if (await EvaluationInputLoader.LoadAsync(db, campaignId) is not { } loaded)
        {
            return null;
        }

        var rules = await _ruleSets.ForCampaignAsync(loaded.Campaign);
        if (!rules.IsSuccess)
        {
            return Result<EvaluationSnapshot>.Failure(rules.Errors);
        }

        var evaluated = CampaignEvaluator.EvaluateValidUnits(loaded.Input, rules.Value);
        if (!evaluated.IsSuccess)
        {
            return Result<EvaluationSnapshot>.Failure(evaluated.Errors);
        }

        var blocNames = await db.Blocs.AsNoTracking().Where(b => b.CampaignId == campaignId).Select(b => new { b.Id, b.Name })
            .ToDictionaryAsync(b => b.Id, b => b.Name);
        return Result<EvaluationSnapshot>.Success(new EvaluationSnapshot(loaded.Campaign, loaded.Input, rules.Value,
            evaluated.Value, blocNames, _clock.GetUtcNow()));
    }

    /// <summary>
    /// What a load starts from: the kept answer and the units whose figures changed since it was made, or
    /// <see cref="Units"/> null when the whole campaign must be read (nothing kept, a change that names no unit, an
    /// answer past its lifetime). <see cref="Version"/> counts the changes the load covers.
    /// </summary>
    private sealed record ReloadPlan(int Version, EvaluationSnapshot? Last, IReadOnlyCollection<int>? Units)
    {
        public static readonly ReloadPlan Whole = new(0, null, null);
    }

    /// <summary>
    /// What is kept of one campaign: the last good answer, the load under way, and a version counting reported changes
    /// (a load that started before a change does not make the answer up to date), with the unit each change named.
    /// Guarded by its own lock.
    /// </summary>
    private sealed class KeptEvaluation(TimeSpan changedUnitsPause)
    {
        /// <summary>Past this many changes not yet covered by a load, they are kept as one change of anything.</summary>
        private const int MostChangesKept = 1_000;

        private readonly Lock _gate = new();
        private readonly List<(int Version, int? UnitId)> _changes = [];
        private EvaluationSnapshot? _last;
        private Task<Result<EvaluationSnapshot>?>? _loading;
        private int _version;
        private int _lastVersion = -1;
        private bool _stale;

        public int Version
        {
            get { lock (_gate) { return _version; } }
        }

        private DateTimeOffset _lastLoadEnded;
        private TimeSpan _wholeReadTook;
        private TimeSpan _unitsReadTook;

        /// <summary>
        /// When the next load may start: as long after the last one ended as the last whole read took, or
        /// <see cref="UnitsReadSpacing"/> times as long as the last reading of changed units and at least the changed
        /// units' pause (a whole read of a province takes seconds; reading a few units again, a fraction of one, and need
        /// not wait for it).
        /// </summary>
        public DateTimeOffset NextLoadAt
        {
            get
            {
                lock (_gate)
                {
                    var spaced = _unitsReadTook * UnitsReadSpacing;
                    var pause = NextReadsWhole ? _wholeReadTook : spaced > changedUnitsPause ? spaced : changedUnitsPause;
                    return _lastLoadEnded + pause;
                }
            }
        }

        /// <summary>Whether the kept answer's load began after the change numbered <paramref name="version"/>.</summary>
        public bool Covers(int version)
        {
            lock (_gate)
            {
                return _last is not null && _lastVersion >= version;
            }
        }

        public bool IsOutOfDate
        {
            get { lock (_gate) { return _loading is not null || !UpToDate; } }
        }

        /// <summary>A good answer is kept, no change was reported since its load began, and it is within its lifetime.</summary>
        private bool UpToDate => _last is not null && _lastVersion == _version && !_stale;

        /// <summary>The last good answer, and the load to wait for when it is missing or out of date (started if none runs).</summary>
        public (EvaluationSnapshot? Last, Task<Result<EvaluationSnapshot>?>? Loading) Look(DateTimeOffset now, TimeSpan lifetime,
            Func<Task<Result<EvaluationSnapshot>?>> startLoad)
        {
            lock (_gate)
            {
                _stale |= _last is not null && now - _last.LoadedAt > lifetime;
                if (UpToDate)
                {
                    return (_last, null);
                }

                _loading ??= startLoad();
                return (_last, _loading);
            }
        }

        /// <summary>
        /// What the next load reads: only the units named by the changes since the kept answer's load began, when every
        /// such change named one and the answer is within its lifetime; else the whole campaign.
        /// </summary>
        public ReloadPlan Plan()
        {
            lock (_gate)
            {
                return NextReadsWhole
                    ? ReloadPlan.Whole with { Version = _version }
                    : new ReloadPlan(_version, _last, [.. ChangesSinceLast.Select(c => c.UnitId!.Value).Distinct()]);
            }
        }

        private IEnumerable<(int Version, int? UnitId)> ChangesSinceLast => _changes.Where(c => c.Version > _lastVersion);

        private bool NextReadsWhole => _last is null || _stale || ChangesSinceLast.Any(c => c.UnitId is null);

        /// <summary>
        /// Keeps a load's answer if it succeeded and is not older than the kept one; it is up to date only if no change was
        /// reported since the load began. A refusal or a missing campaign is answered, not kept: the next look asks again.
        /// </summary>
        public void Keep(Result<EvaluationSnapshot>? loaded, int versionAtStart)
        {
            lock (_gate)
            {
                KeepHeld(loaded, versionAtStart);
            }
        }

        /// <summary>
        /// The background load answered: its answer kept (as <see cref="Keep"/>) and the load ended in one step, so that no
        /// reader sees the new answer while it is still said to be updating.
        /// </summary>
        public void Finished(Result<EvaluationSnapshot>? loaded, int versionAtStart, DateTimeOffset now, TimeSpan took, bool readWhole)
        {
            lock (_gate)
            {
                KeepHeld(loaded, versionAtStart);
                EndLoadHeld(now, took, readWhole);
            }
        }

        /// <summary>The background load ended (answered or failed): the next of its kind may start once as long again has passed.</summary>
        public void Loaded(DateTimeOffset now, TimeSpan took, bool readWhole)
        {
            lock (_gate)
            {
                EndLoadHeld(now, took, readWhole);
            }
        }

        private void KeepHeld(Result<EvaluationSnapshot>? loaded, int versionAtStart)
        {
            if (loaded is { IsSuccess: true } ok)
            {
                if (versionAtStart >= _lastVersion)
                {
                    _last = ok.Value;
                    _lastVersion = versionAtStart;
                    _stale = false;
                    _changes.RemoveAll(c => c.Version <= versionAtStart);
                }
            }
            else
            {
                _last = null;
                _lastVersion = -1;
                _changes.RemoveAll(c => c.Version <= versionAtStart);
            }
        }

        private void EndLoadHeld(DateTimeOffset now, TimeSpan took, bool readWhole)
        {
            _loading = null;
            _lastLoadEnded = now;
            if (readWhole)
            {
                _wholeReadTook = took;
            }
            else
            {
                _unitsReadTook = took;
            }
        }

        /// <summary>A change was reported: of <paramref name="unitId"/>'s figures only, or (null) of anything.</summary>
        public void MarkChanged(int? unitId)
        {
            lock (_gate)
            {
                _version++;
                if (_changes.Count >= MostChangesKept)
                {
                    _changes.Clear();
                    unitId = null;
                }

                _changes.Add((_version, unitId));
            }
        }
    }
}
