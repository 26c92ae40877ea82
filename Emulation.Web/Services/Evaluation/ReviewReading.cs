using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// One view of the review dashboard (<see cref="ReviewDashboardService.ReadAsync"/>): the kept evaluation the actor was
/// found to be allowed to read, looked up once, from which every part of the page is drawn.
/// </summary>
public sealed class ReviewReading
{
    private static readonly ReviewPage<UnitRow> NoUnits = new([], 0);
    private static readonly ReviewPage<RecommendationView> NoVerdicts = new([], 0);

    private readonly ReviewDashboardService _dashboard;
    private readonly Actor _actor;
    private readonly int _campaignId;

    internal ReviewReading(ReviewDashboardService dashboard, Actor actor, int campaignId, Result<EvaluationSnapshot> snapshot)
    {
        _dashboard = dashboard;
        _actor = actor;
        _campaignId = campaignId;
        Snapshot = snapshot;
    }

    /// <summary>The evaluation this view shows, or the engine's refusal of the campaign's data or rule set.</summary>
    public Result<EvaluationSnapshot> Snapshot { get; }

    /// <summary>The dashboard's head: the campaign, its rule set, the charts' data and whether a newer evaluation is on its way.</summary>
    public async Task<Result<ReviewSummary>> SummaryAsync() => Snapshot.IsSuccess
        ? Result<ReviewSummary>.Success(await _dashboard.SummaryAsync(_actor, _campaignId, Snapshot.Value))
        : Result<ReviewSummary>.Failure(Snapshot.Errors);

    /// <summary>Ranked units, by bloc then rank, filtered by bloc and by a part of the unit's name.</summary>
    public ReviewPage<UnitRow> Units(UnitQuery query) =>
        Snapshot.IsSuccess ? ReviewDashboardService.Units(Snapshot.Value, query, CultureInfo.CurrentUICulture) : NoUnits;

    /// <summary>A unit's score breakdown with explanations; null when the unit is not ranked in the campaign.</summary>
    public UnitScorecard? Scorecard(int unitId) => Snapshot.IsSuccess ? ReviewDashboardService.Scorecard(Snapshot.Value, unitId) : null;

    /// <summary>Verdicts filtered by bloc, unit, title, status and name, one page at a time.</summary>
    public ReviewPage<RecommendationView> Recommendations(RecommendationQuery query) =>
        Snapshot.IsSuccess ? ReviewDashboardService.Recommendations(Snapshot.Value, query) : NoVerdicts;
}
