using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Review;

/// <summary>The review dashboard keeps a campaign's evaluation a while, but never past a change to its data.</summary>
public sealed class EvaluationFreshnessTests : FreshAppTests
{
    private const int Campaign = 1;

    private static readonly Dictionary<string, decimal?> Targets = new()
    {
        ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
    };

    private ReviewDashboardService Dashboard => App.Service<ReviewDashboardService>();

    [Fact]
    public async Task ReturnedResults_AreNoLongerScored_OnTheNextLook()
    {
        var unit = (await App.Service<ReviewService>().ProgressAsync(TestActors.Officer, Campaign))
            .First(p => p.ResultStatus == SubmissionStatus.Submitted).UnitId;
        var before = await RowAsync(unit);

        var returned = await App.Service<ReviewService>()
            .ReturnAsync(TestActors.Officer, Campaign, unit, SubmissionKind.Results, "Thiếu minh chứng");

        Assert.True(returned.IsSuccess);
        Assert.NotNull(before);
        Assert.NotEqual(before, await RowAsync(unit));
    }

    [Fact]
    public async Task AUnitsFirstPledge_SavedAsADraft_BringsItIntoTheRanking()
    {
        var unit = await App.UnitIdAsync("TH");
        Assert.Null(await RowAsync(unit));

        var saved = await App.Service<SubmissionService>()
            .SavePledgeAsync(TestActors.HeadOf(unit), Campaign, unit, Targets, null, submit: false);

        Assert.True(saved.IsSuccess);
        Assert.NotNull(await RowAsync(unit));
    }

    [Fact]
    public async Task AnEdit_ReachesWhatKeepsEvaluations_ButNotTheProgressViews()
    {
        var notifier = new SubmissionNotifier();
        var progress = 0;
        var every = new List<CampaignChange>();
        using var view = notifier.Subscribe(Campaign, () =>
        {
            progress++;
            return Task.CompletedTask;
        });
        using var all = notifier.SubscribeToEveryCampaign(change =>
        {
            every.Add(change);
            return Task.CompletedTask;
        });

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Edit);
        await notifier.PublishAsync(Campaign, CampaignChangeKind.Review);

        Assert.Equal(1, progress);
        Assert.Equal([new CampaignChange(Campaign, CampaignChangeKind.Edit), new CampaignChange(Campaign, CampaignChangeKind.Review)], every);
    }

    private async Task<UnitRow?> RowAsync(int unitId) =>
        (await Dashboard.UnitsAsync(TestActors.Council, Campaign, new UnitQuery(PageSize: ReviewDashboardService.MaxPageSize)))
        .Rows.SingleOrDefault(r => r.UnitId == unitId);
}
