using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Scoring;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Review;

/// <summary>
/// Phòng Kinh tế's results are returned for amendment, so they are no longer submitted: its row reads "Thiếu số liệu"
/// with 0,00 points. Its staff's titles rest on the ratings its head entered, which are a draft until the unit submits:
/// they are decided and explained but wait (Chưa xét), the explanation says the unit's results are not submitted, and
/// none reaches a nomination, neither from the recommendations nor by hand.
/// </summary>
public sealed class UnsubmittedUnitTitlesTests : FreshAppTests
{
    private const int Campaign = 1;

    private async Task<IReadOnlyList<RecommendationView>> PeopleAsync() =>
        (await App.Service<ReviewDashboardService>().RecommendationsAsync(TestActors.Officer, Campaign,
            new RecommendationQuery(PageSize: 5000))).Rows.Where(r => r.PersonId is not null).ToList();

    /// <summary>Results opened, then Phòng Kinh tế's returned to its head: its unit id.</summary>
    private async Task<int> ReturnedUnitAsync()
    {
        await App.Service<CampaignService>().MoveAsync(TestActors.Officer, Campaign, CampaignStep.OpenResults);
        var kt = await App.UnitIdAsync("KT");
        var returned = await App.Service<ReviewService>().ReturnAsync(TestActors.Officer, Campaign, kt, SubmissionKind.Results,
            "Thiếu minh chứng chỉ tiêu văn bản");
        Assert.True(returned.IsSuccess, string.Join("; ", returned.Errors));
        return kt;
    }

    [Fact]
    public async Task UnsubmittedUnit_StaffTitlesWait_AndTheExplanationSaysTheResultsAreNotSubmitted()
    {
        var kt = await ReturnedUnitAsync();

        var people = await PeopleAsync();
        var unsubmitted = people.Where(r => r.UnitId == kt).ToList();
        var submitted = people.Where(r => r.UnitId != kt).ToList();

        Assert.NotEmpty(unsubmitted);
        Assert.DoesNotContain(unsubmitted, r => r.Status == RecommendationStatus.Recommended);
        var waiting = unsubmitted.Where(r => r.Status == RecommendationStatus.Deferred).ToList();
        Assert.NotEmpty(waiting);
        Assert.All(waiting, r => Assert.False(Assert.Single(r.Explanation.Conditions, c => c.Code == "unit.results_submitted").Passed));
        Assert.Contains(submitted, r => r.Status == RecommendationStatus.Recommended);
        Assert.DoesNotContain(submitted.SelectMany(r => r.Explanation.Conditions), c => c.Code == "unit.results_submitted");

        var localizer = App.Service<IStringLocalizer<SharedResource>>();
        var text = await Cultures.ReadInAsync("vi-VN", () => Task.FromResult(
            Wording.Explain(localizer, CultureInfo.GetCultureInfo("vi-VN"), waiting[0].Explanation, waiting[0].Subject)));
        Assert.Contains("Đơn vị Phòng Kinh tế chưa gửi kết quả", text, StringComparison.Ordinal);
        Assert.Contains("CHƯA XÉT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsubmittedUnit_NoneOfItsStaffIsNominated_FromTheRecommendations_NorByHand()
    {
        var kt = await ReturnedUnitAsync();
        await App.Service<CampaignService>().MoveAsync(TestActors.Officer, Campaign, CampaignStep.StartReview);
        var nominations = App.Service<NominationService>();

        var added = await nominations.NominateRecommendedAsync(TestActors.Officer, Campaign);

        Assert.True(added.IsSuccess, string.Join("; ", added.Errors));
        Assert.True(added.Value > 0);
        await using var db = await App.DbAsync();
        Assert.False(await db.Nominations.AnyAsync(n => n.CampaignId == Campaign && n.UnitId == kt && n.PersonId != null));
        var person = await db.People.Where(p => p.UnitId == kt).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

        var byHand = await nominations.AddAsync(TestActors.Officer, Campaign, new AddNominationInput
        {
            UnitId = kt,
            PersonId = person,
            Title = Title.AdvancedWorker,
            Reason = "Trưởng phòng đã xếp loại hoàn thành tốt nhiệm vụ",
        });

        var error = Assert.Single(byHand.Errors);
        Assert.Equal(("nomination.results_not_submitted", "Phòng Kinh tế"), (error.Code, error.Item));
        var text = await Cultures.ReadInAsync("vi-VN", () =>
            Task.FromResult(App.Service<IStringLocalizer<SharedResource>>().Describe(error)));
        Assert.Equal("Phòng Kinh tế chưa gửi kết quả: xếp loại cán bộ của đơn vị còn là bản nháp, chưa thể đề nghị danh hiệu thi đua hằng năm.", text);
        Assert.False(await db.Nominations.AnyAsync(n => n.UnitId == kt && n.PersonId == person));
    }
}
