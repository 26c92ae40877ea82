using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Emulation.Tests.Review;

/// <summary>The review dashboard keeps a campaign's evaluation a while, but never past a change to its data.</summary>
/// <remarks>
/// The tests share one app: most evaluate through an <see cref="EvaluationSnapshots"/> of their own and assert nothing of
/// the figures; the two that change figures each change a different unit (the first with submitted results, TH).
/// </remarks>
public sealed class EvaluationFreshnessTests(AppFixture fixture) : SharedAppTests(fixture)
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
        var unit = (await App.Service<ReviewService>().ProgressAsync(TestActors.Officer, Campaign))!.Rows
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

    [Fact]
    public async Task AnAnswerPastItsLifetime_IsServedAtOnce_WhileOneRefreshReplacesIt()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using var snapshots = Snapshots(clock, new SubmissionNotifier(), TimeSpan.Zero);
        var first = (await snapshots.GetAsync(Campaign))!.Value;

        clock.Advance(EvaluationSnapshots.Lifetime + TimeSpan.FromSeconds(1));
        var served = (await snapshots.GetAsync(Campaign))!.Value;
        var refreshed = await FirstOtherThanAsync(snapshots, first);

        Assert.Same(first, served);
        Assert.Equal(clock.GetUtcNow(), refreshed.LoadedAt);
        Assert.Same(refreshed, (await snapshots.GetAsync(Campaign))!.Value);
    }

    [Fact]
    public async Task AForgottenCampaign_IsLoadedAfresh_OnTheNextLook()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using var snapshots = Snapshots(clock, new SubmissionNotifier(), TimeSpan.FromMinutes(2));
        var first = (await snapshots.GetAsync(Campaign))!.Value;

        snapshots.Forget(Campaign);

        Assert.NotSame(first, (await snapshots.GetAsync(Campaign))!.Value);
    }

    [Fact]
    public async Task AChangedCampaign_IsShownAsBefore_AndSaidToBeUpdating_UntilItsNewEvaluationIsMade()
    {
        var notifier = new SubmissionNotifier();
        using var snapshots = Snapshots(TimeProvider.System, notifier, TimeSpan.Zero);
        var first = (await snapshots.GetAsync(Campaign))!.Value;
        Assert.False(snapshots.IsUpdating(Campaign));

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Edit);
        var served = (await snapshots.GetAsync(Campaign))!.Value;
        var updating = snapshots.IsUpdating(Campaign);
        var fresh = await FirstOtherThanAsync(snapshots, first);

        Assert.Same(first, served);
        Assert.True(updating);
        Assert.True(fresh.LoadedAt >= first.LoadedAt);
        Assert.False(snapshots.IsUpdating(Campaign));
    }

    [Fact]
    public async Task ChangesReportedWhileALoadRuns_StartOneMoreLoad_NotOneEach()
    {
        var notifier = new SubmissionNotifier();
        var logger = new CountingEvaluationLogger();
        using var snapshots = Snapshots(TimeProvider.System, notifier, TimeSpan.Zero, logger);
        var first = (await snapshots.GetAsync(Campaign))!.Value;

        for (var change = 0; change < 5; change++)
        {
            await notifier.PublishAsync(Campaign, CampaignChangeKind.Edit);
            await snapshots.GetAsync(Campaign);
        }

        await FirstOtherThanAsync(snapshots, first);
        while (snapshots.IsUpdating(Campaign))
        {
            await snapshots.GetAsync(Campaign);
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        // The first look, the load the first change started, and one more for the changes reported while it ran.
        Assert.InRange(logger.Evaluations, 2, 3);
    }

    [Fact]
    public async Task SavesReportedDuringThePauseAfterAReading_AreReadOnce_AndALookMeanwhileIsAnsweredAtOnce()
    {
        var notifier = new SubmissionNotifier();
        var logger = new CountingEvaluationLogger();
        var wait = TimeSpan.FromSeconds(2);
        var pause = 2 * wait;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using var snapshots = Snapshots(clock, notifier, wait, logger, changedUnitsPause: pause);
        var first = (await snapshots.GetAsync(Campaign))!.Value;
        var unit = first.Input.Units[0].UnitId;

        // The clock stands still: a look that waited for the reading (up to the wait, on this clock) would never end.
        var served = new List<EvaluationSnapshot>();
        for (var save = 0; save < 5; save++)
        {
            await notifier.PublishAsync(Campaign, CampaignChangeKind.Edit, unit);
            var look = snapshots.GetAsync(Campaign);
            Assert.True(await Task.WhenAny(look, Task.Delay(TimeSpan.FromMinutes(1))) == look,
                $"Look {save + 1} waited for the clock to move.");
            served.Add((await look)!.Value);
        }

        var fresh = await AfterThePauseAsync(snapshots, clock, pause, first);

        // Each look got the kept answer at once instead of waiting for a reading that could not start within the wait.
        Assert.All(served, s => Assert.Same(first, s));
        Assert.False(snapshots.IsUpdating(Campaign));
        Assert.True(fresh.LoadedAt >= first.LoadedAt);
        // The whole read, then one reading of the unit for the five saves.
        Assert.Equal(2, logger.Evaluations);
        Assert.Equal(1, logger.FromKeptInput);
    }

    [Fact]
    public async Task LooksAtIdsThatNameNoCampaign_KeepNothing()
    {
        using var snapshots = Snapshots(TimeProvider.System, new SubmissionNotifier(), TimeSpan.FromSeconds(5));
        await snapshots.GetAsync(Campaign);
        var kept = snapshots.KeptCount;

        for (var id = 900_000; id < 900_050; id++)
        {
            Assert.Null(await snapshots.GetAsync(id));
            Assert.Null(await snapshots.EvaluateNowAsync(id));
        }

        Assert.Equal(kept, snapshots.KeptCount);
        Assert.NotNull(await snapshots.GetAsync(Campaign));
    }

    private EvaluationSnapshots Snapshots(TimeProvider clock, SubmissionNotifier notifier, TimeSpan freshWait,
        ILogger<EvaluationSnapshots>? logger = null, TimeSpan? changedUnitsPause = null) =>
        new(App.Service<IDbContextFactory<EmulationDbContext>>(), App.Service<RuleSetService>(), clock, notifier,
            logger ?? NullLogger<EvaluationSnapshots>.Instance, Options.Create(new EvaluationOptions
            {
                FreshWait = freshWait,
                ChangedUnitsPause = changedUnitsPause ?? TimeSpan.Zero,
            }));

    /// <summary>Waits (up to a generous bound, not a timing assertion) for the refresh running behind the kept answer.</summary>
    private static async Task<EvaluationSnapshot> FirstOtherThanAsync(EvaluationSnapshots snapshots, EvaluationSnapshot kept)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var current = (await snapshots.GetAsync(Campaign))!.Value;
            if (!ReferenceEquals(current, kept))
            {
                return current;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        throw new TimeoutException("The stale evaluation was never replaced.");
    }

    /// <summary>
    /// Moves <paramref name="clock"/> past the pause until the reading it held back has been made (the reading may not yet
    /// have asked the clock for its pause when the clock first moves), then returns the new answer.
    /// </summary>
    private static async Task<EvaluationSnapshot> AfterThePauseAsync(EvaluationSnapshots snapshots, FakeTimeProvider clock,
        TimeSpan pause, EvaluationSnapshot kept)
    {
        for (var attempt = 0; attempt < 600 && snapshots.IsUpdating(Campaign); attempt++)
        {
            clock.Advance(pause);
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        return await FirstOtherThanAsync(snapshots, kept);
    }

    private async Task<UnitRow?> RowAsync(int unitId) =>
        (await Dashboard.UnitsAsync(TestActors.Council, Campaign, new UnitQuery(PageSize: ReviewDashboardService.MaxPageSize)))
        .Rows.SingleOrDefault(r => r.UnitId == unitId);
}
