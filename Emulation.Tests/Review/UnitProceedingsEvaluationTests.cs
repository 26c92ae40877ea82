using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Review;

/// <summary>
/// Decree 152/2025 Art. 4(4) end to end: the officer records that a unit is under inspection, and the evaluation (the
/// review dashboard's, read again for the one unit, and a whole read of the campaign) defers its titles with the
/// proceedings condition failed; cleared, they are granted again.
/// </summary>
public sealed class UnitProceedingsEvaluationTests : FreshAppTests
{
    private const int Campaign = 1;

    [Fact]
    public async Task AUnitUnderInspection_HasItsTitlesDeferred_AndClearedIsRecommendedAgain()
    {
        var dashboard = App.Service<ReviewDashboardService>();
        var proceedings = App.Service<ProceedingsService>();
        var granted = (await dashboard.RecommendationsAsync(TestActors.Officer, Campaign,
                new RecommendationQuery(Title: Title.AdvancedLabourCollective, Status: RecommendationStatus.Recommended, PageSize: 100)))
            .Rows.First(r => r.PersonId is null);
        var unit = granted.UnitId;
        var year = (await proceedings.GetAsync(TestActors.Officer, Campaign, unit))!.Year;

        var recorded = await proceedings.RecordAsync(TestActors.Officer, Campaign, unit,
            "Thanh tra công vụ theo Quyết định số 12/QĐ-TTr", new DateOnly(year, 10, 1), versionRead: null);
        Assert.True(recorded.IsSuccess, string.Join("; ", recorded.Errors));

        var deferred = await UnitTitleAsync(dashboard, unit);
        Assert.Equal(RecommendationStatus.Deferred, deferred.Status);
        Assert.Contains(deferred.Explanation.Conditions, c => c.Code == "proceedings.none" && !c.Passed);
        Assert.Equal(RecommendationStatus.Deferred, await WholeReadStatusAsync(unit));

        var version = (await proceedings.GetAsync(TestActors.Officer, Campaign, unit))!.Recorded!.Version;
        var cleared = await proceedings.ClearAsync(TestActors.Officer, Campaign, unit, version);
        Assert.True(cleared.IsSuccess, string.Join("; ", cleared.Errors));

        var again = await UnitTitleAsync(dashboard, unit);
        Assert.Equal(RecommendationStatus.Recommended, again.Status);
        Assert.Contains(again.Explanation.Conditions, c => c.Code == "proceedings.none" && c.Passed);
        Assert.Equal(RecommendationStatus.Recommended, await WholeReadStatusAsync(unit));
    }

    private static async Task<RecommendationView> UnitTitleAsync(ReviewDashboardService dashboard, int unit) =>
        (await dashboard.RecommendationsAsync(TestActors.Officer, Campaign,
            new RecommendationQuery(UnitId: unit, Title: Title.AdvancedLabourCollective, PageSize: 100)))
        .Rows.Single(r => r.PersonId is null);

    /// <summary>The unit's verdict as a keeper of its own, reading the whole campaign, gives it.</summary>
    private async Task<RecommendationStatus> WholeReadStatusAsync(int unit)
    {
        using var whole = new EvaluationSnapshots(App.Service<IDbContextFactory<EmulationDbContext>>(), App.Service<RuleSetService>(),
            TimeProvider.System, App.Service<SubmissionNotifier>(), NullLogger<EvaluationSnapshots>.Instance,
            Options.Create(new EvaluationOptions()));
        var snapshot = (await whole.EvaluateNowAsync(Campaign))!.Value;
        return snapshot.Evaluation.Recommendations
            .Single(r => r.PersonId is null && r.UnitId == unit && r.Title == Title.AdvancedLabourCollective).Status;
    }
}
