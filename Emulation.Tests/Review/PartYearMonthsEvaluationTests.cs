using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Review;

/// <summary>
/// Part-year staff: a year's record kept as twelve months before the person's leaving and return were entered is read
/// with the months the positions give, and the explanation says so; once the head records their own figure with a
/// reason, that figure is read and the officer's explanation carries the reason.
/// </summary>
public sealed class PartYearMonthsEvaluationTests : FreshAppTests
{
    private const int Campaign = 1;

    [Fact]
    public async Task WithoutTheHeadsFigure_TheMonthsComeFromThePositions_WithTheirReasonTheHeadsFigureIsRead()
    {
        var dashboard = App.Service<ReviewDashboardService>();
        int year;
        await using (var db = await App.DbAsync())
        {
            year = (await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == Campaign)).Year;
        }

        var person = (await dashboard.RecommendationsAsync(TestActors.Officer, Campaign,
                new RecommendationQuery(Title: Title.AdvancedWorker, Status: RecommendationStatus.Recommended, PageSize: 500)))
            .Rows.First(r => r.PersonId is not null);
        var (unit, id) = (person.UnitId, person.PersonId!.Value);
        var people = App.Service<PeopleService>();
        var left = await people.LeaveAsync(TestActors.Admin, id, new PersonLeaving(LeaveReason.Resigned, new DateOnly(year, 3, 31), null));
        Assert.True(left.IsSuccess, string.Join("; ", left.Errors));
        var back = await people.ReturnAsync(TestActors.Admin, id, new PersonReturn(new DateOnly(year, 11, 1), unit, "Chuyên viên"));
        Assert.True(back.IsSuccess, string.Join("; ", back.Errors));

        // Three months to March and two from November: five, under the six months worked the title needs.
        var counted = await AdvancedWorkerAsync(dashboard, unit, id);
        Assert.Equal(RecommendationStatus.NotEligible, counted.Status);
        var working = Assert.Single(counted.Explanation.Conditions, c => c.Code == "aw.working_time");
        Assert.Equal(("5", "monthsFrom.positions"), (Fact(working, "monthsWorked"), Fact(working, "monthsFrom")));
        Assert.Contains("tính theo quá trình công tác", Wording.Condition(Wording.Vietnamese, Wording.VietnameseCulture, working),
            StringComparison.Ordinal);

        var head = TestActors.HeadOf(unit);
        var submissions = App.Service<SubmissionService>();
        var rows = await submissions.GetStaffYearAsync(head, unit, year);
        var row = rows.Single(r => r.PersonId == id);
        Assert.Equal(12, row.MonthsWorked);
        Assert.True(row.MonthsDifferFromPositions);
        Assert.Equal("staff.months_reason_required",
            Assert.Single((await submissions.SaveStaffYearAsync(head, unit, year, rows)).Errors).Code);

        row.MonthsWorkedReason = "Nghỉ không lương đã được hủy, vẫn công tác cả năm";
        var saved = await submissions.SaveStaffYearAsync(head, unit, year, rows);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));

        var recorded = await AdvancedWorkerAsync(dashboard, unit, id);
        Assert.Equal(RecommendationStatus.Recommended, recorded.Status);
        var typed = Assert.Single(recorded.Explanation.Conditions, c => c.Code == "aw.working_time");
        Assert.Equal(("12", "monthsFrom.head"), (Fact(typed, "monthsWorked"), Fact(typed, "monthsFrom")));
        Assert.Contains("lý do: Nghỉ không lương đã được hủy", Wording.Condition(Wording.Vietnamese, Wording.VietnameseCulture, typed),
            StringComparison.Ordinal);
    }

    private static string Fact(Condition condition, string name) => condition.Facts.Single(f => f.Name == name).Value;

    private static async Task<RecommendationView> AdvancedWorkerAsync(ReviewDashboardService dashboard, int unit, int person) =>
        (await dashboard.RecommendationsAsync(TestActors.Officer, Campaign,
            new RecommendationQuery(UnitId: unit, Title: Title.AdvancedWorker, PageSize: 500)))
        .Rows.Single(r => r.PersonId == person);
}
