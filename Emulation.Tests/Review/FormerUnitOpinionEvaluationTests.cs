using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Review;

/// <summary>
/// A person transferred on 1 July spent six months of the year in the former unit: the new unit reviews the year on
/// the former unit's opinion. Read from the positions the transfer recorded, through the review dashboard: deferred
/// with the condition failed until the head records on the staff grid that the opinion came, then recommended.
/// </summary>
public sealed class FormerUnitOpinionEvaluationTests : FreshAppTests
{
    private const int Campaign = 1;

    [Fact]
    public async Task TransferredAfterSixMonths_IsDeferredUntilTheFormerUnitsOpinion_ThenRecommended()
    {
        var dashboard = App.Service<ReviewDashboardService>();
        int year;
        await using (var db = await App.DbAsync())
        {
            year = (await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == Campaign)).Year;
        }

        var recommended = (await dashboard.RecommendationsAsync(TestActors.Officer, Campaign,
                new RecommendationQuery(Title: Title.AdvancedWorker, Status: RecommendationStatus.Recommended, PageSize: 500)))
            .Rows.Where(r => r.PersonId is not null).ToList();
        var mover = recommended[0];
        var newUnit = recommended.First(r => r.UnitId != mover.UnitId).UnitId;

        var moved = await App.Service<PeopleService>().TransferAsync(TestActors.Admin, mover.PersonId!.Value,
            new PersonTransfer(newUnit, "Chuyên viên", new DateOnly(year, 7, 1)));
        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors));

        var deferred = await AdvancedWorkerAsync(dashboard, newUnit, mover.PersonId.Value);
        Assert.Equal(RecommendationStatus.Deferred, deferred.Status);
        var awaited = Assert.Single(deferred.Explanation.Conditions, c => c.Code == "transfer.former_unit_opinion");
        Assert.False(awaited.Passed);
        Assert.Contains(awaited.Facts, f => f.Name == "months" && f.Value == "6");

        var head = TestActors.HeadOf(newUnit);
        var submissions = App.Service<SubmissionService>();
        var rows = await submissions.GetStaffYearAsync(head, newUnit, year);
        var row = rows.Single(r => r.PersonId == mover.PersonId);
        Assert.Equal((6, true), (row.MonthsInFormerUnitFromPositions, row.MayHaveFormerUnit));
        row.FormerUnitOpinionReceived = true;
        var saved = await submissions.SaveStaffYearAsync(head, newUnit, year, rows);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));

        var again = await AdvancedWorkerAsync(dashboard, newUnit, mover.PersonId.Value);
        Assert.Equal(RecommendationStatus.Recommended, again.Status);
        Assert.Contains(again.Explanation.Conditions, c => c.Code == "transfer.former_unit_opinion" && c.Passed);
    }

    private static async Task<RecommendationView> AdvancedWorkerAsync(ReviewDashboardService dashboard, int unit, int person) =>
        (await dashboard.RecommendationsAsync(TestActors.Officer, Campaign,
            new RecommendationQuery(UnitId: unit, Title: Title.AdvancedWorker, PageSize: 500)))
        .Rows.Single(r => r.PersonId == person);
}
