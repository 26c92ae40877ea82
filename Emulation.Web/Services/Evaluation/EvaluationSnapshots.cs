using System.Collections.Concurrent;
using System.Diagnostics;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// One campaign evaluated once, with what the review dashboard pages and filters over: the grids page through this
/// in memory rather than rendering (or explaining) every verdict.
/// </summary>
public sealed class EvaluationSnapshot
{
    private readonly Lazy<FoldedNames> _foldedNames;

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
        var recommendedByUnit = new Dictionary<int, int>();
        foreach (var r in evaluation.Recommendations)
        {
            if (r.Status == RecommendationStatus.Recommended)
            {
                recommendedByUnit[r.UnitId] = recommendedByUnit.GetValueOrDefault(r.UnitId) + 1;
            }
        }

        RecommendedByUnit = recommendedByUnit;
        _foldedNames = new Lazy<FoldedNames>(() => new FoldedNames(
            UnitNames.ToDictionary(u => u.Key, u => NameSearch.Fold(u.Value)),
            [.. input.People.Select(p => (p.PersonId, NameSearch.Fold(p.FullName)))]));
    }

    /// <summary>A snapshot of an evaluation already made (tools and benchmarks that have no database).</summary>
    public static EvaluationSnapshot Create(Campaign campaign, EvaluationInput input, RuleSet rules, CampaignEvaluation evaluation,
        IReadOnlyDictionary<int, string> blocNames, DateTimeOffset loadedAt) =>
        new(campaign, input, rules, evaluation, blocNames, loadedAt);

    public Campaign Campaign { get; }
    public EvaluationInput Input { get; }
    public RuleSet Rules { get; }
    public CampaignEvaluation Evaluation { get; }
    public IReadOnlyDictionary<int, string> BlocNames { get; }
    public IReadOnlyDictionary<int, string> UnitNames { get; }
    public IReadOnlyDictionary<int, int?> UnitBlocs { get; }
    public IReadOnlyDictionary<int, UnitScore> Scores { get; }
    public IReadOnlyDictionary<int, int> RecommendedByUnit { get; }
    public DateTimeOffset LoadedAt { get; }

    public string BlocName(int? blocId) => blocId is { } id ? BlocNames.GetValueOrDefault(id, "") : "";

    /// <summary>Unit and people's names folded for searching (<see cref="NameSearch.Fold"/>), made on the first search.</summary>
    public FoldedNames Folded => _foldedNames.Value;
}

/// <summary>The names of a snapshot as <see cref="NameSearch"/> compares them.</summary>
public sealed record FoldedNames(IReadOnlyDictionary<int, string> Units, IReadOnlyList<(int PersonId, string Name)> People);

/// <summary>
/// The one evaluation pipeline: loads a campaign (<see cref="EvaluationInputLoader"/>), finds the rule set in force
/// for it and runs the engine. The review dashboard, its what-if sandbox, the REST API (<see cref="ScoreboardService"/>)
/// and the nomination step all read the answer here.
/// Evaluates a campaign and keeps the answer, so paging, filtering and the what-if sandbox do
/// not reload 100,000 people per click. Concurrent requests share one load. Refusals (bad rule set, bad data) and
/// failures are not kept. A change to the campaign reported through the <see cref="SubmissionNotifier"/> (on this
/// instance or, through the change feed, on another) drops its kept answer at once, so the next look waits for a fresh
/// one. An answer older than <see cref="Lifetime"/> (a safety net for changes nobody reported) is still served while
/// one refresh runs behind it: a full evaluation takes seconds at scale, and every open dashboard waiting on it at
/// once was the first thing to break under load.
/// </summary>
public sealed class EvaluationSnapshots : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<int, KeptEvaluation> _cache = new();
    private readonly IDbContextFactory<EmulationDbContext> _factory;
    private readonly RuleSetService _ruleSets;
    private readonly TimeProvider _clock;
    private readonly ILogger<EvaluationSnapshots> _logger;
    private readonly IDisposable _changes;

    public EvaluationSnapshots(IDbContextFactory<EmulationDbContext> factory, RuleSetService ruleSets, TimeProvider clock,
        SubmissionNotifier notifier, ILogger<EvaluationSnapshots> logger)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        _factory = factory;
        _ruleSets = ruleSets;
        _clock = clock;
        _logger = logger;
        _changes = notifier.SubscribeToEveryCampaign(change =>
        {
            // A ballot changes no figure the evaluation reads.
            if (change.Kind == Notifications.CampaignChangeKind.Ballot)
            {
                return Task.CompletedTask;
            }

            Forget(change.CampaignId);
            return Task.CompletedTask;
        });
    }

    /// <summary>Null when there is no such campaign. Callers check the actor first.</summary>
    public async Task<Result<EvaluationSnapshot>?> GetAsync(int campaignId)
    {
        var kept = _cache.GetOrAdd(campaignId, id => new KeptEvaluation(() => LoadAsync(id)));
        Result<EvaluationSnapshot>? loaded;
        try
        {
            loaded = await kept.Load;
        }
        catch
        {
            _cache.TryRemove(KeyValuePair.Create(campaignId, kept));
            throw;
        }

        if (loaded is not { IsSuccess: true } ok)
        {
            _cache.TryRemove(KeyValuePair.Create(campaignId, kept));
        }
        else if (_clock.GetUtcNow() - ok.Value.LoadedAt > Lifetime && kept.TryStartRefresh())
        {
            _ = RefreshAsync(campaignId, kept);
        }

        return loaded;
    }

    /// <summary>
    /// Evaluates the campaign now, whatever is kept, and keeps the answer: for a step that acts on the verdicts (putting
    /// them to the council) and must not act on an answer up to <see cref="Lifetime"/> old. Null when there is no such
    /// campaign. Callers check the actor first.
    /// </summary>
    public async Task<Result<EvaluationSnapshot>?> EvaluateNowAsync(int campaignId)
    {
        var fresh = await LoadAsync(campaignId);
        if (fresh is { IsSuccess: true })
        {
            _cache[campaignId] = new KeptEvaluation(() => Task.FromResult<Result<EvaluationSnapshot>?>(fresh));
        }
        else
        {
            Forget(campaignId);
        }

        return fresh;
    }

    /// <summary>Drops the kept evaluation of a campaign (after its data changed).</summary>
    public void Forget(int campaignId) => _cache.TryRemove(campaignId, out _);

    public void Dispose() => _changes.Dispose();

    /// <summary>
    /// Replaces a stale answer with a fresh one, unless the campaign was forgotten meanwhile (the fresh answer may have
    /// read data from before that change) or the evaluation now fails (the next look loads, and reports, it again).
    /// </summary>
    private async Task RefreshAsync(int campaignId, KeptEvaluation stale)
    {
        try
        {
            var fresh = await LoadAsync(campaignId);
            if (fresh is { IsSuccess: true })
            {
                _cache.TryUpdate(campaignId, new KeptEvaluation(() => Task.FromResult<Result<EvaluationSnapshot>?>(fresh)), stale);
            }
            else
            {
                _cache.TryRemove(KeyValuePair.Create(campaignId, stale));
            }
        }
        catch (Exception failure)
        {
            // Nobody awaits a refresh: whatever it throws is logged here and the next look loads (and reports) it again.
            _logger.LogWarning(failure, "Refreshing the evaluation of campaign {CampaignId} failed; the next look loads it again", campaignId);
            _cache.TryRemove(KeyValuePair.Create(campaignId, stale));
        }
    }

    private async Task<Result<EvaluationSnapshot>?> LoadAsync(int campaignId)
    {
        var started = Stopwatch.GetTimestamp();
        var loaded = await EvaluateAsync(campaignId);
        _logger.LogInformation("Evaluated campaign {CampaignId} in {ElapsedMs:0} ms",
            campaignId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return loaded;
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

        var blocNames = await db.Blocs.AsNoTracking().Where(b => b.CampaignId == campaignId).ToDictionaryAsync(b => b.Id, b => b.Name);
        return Result<EvaluationSnapshot>.Success(new EvaluationSnapshot(loaded.Campaign, loaded.Input, rules.Value,
            evaluated.Value, blocNames, _clock.GetUtcNow()));
    }

    /// <summary>
    /// One campaign's load, started by whoever asks first and shared by everyone who asks while it runs (lazily: the
    /// dictionary may build an entry for each of several racing callers but keeps one), and whether a refresh is under way.
    /// </summary>
    private sealed class KeptEvaluation(Func<Task<Result<EvaluationSnapshot>?>> load)
    {
        private readonly Lazy<Task<Result<EvaluationSnapshot>?>> _load = new(load);
        private int _refreshing;

        public Task<Result<EvaluationSnapshot>?> Load => _load.Value;

        public bool TryStartRefresh() => Interlocked.Exchange(ref _refreshing, 1) == 0;
    }
}
