using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;

namespace Emulation.Tests.Integration;

/// <summary>
/// Who hears a campaign's change, in what order, that a save does not wait for the open views one by one, and that a
/// view failing to reload does not fail the save.
/// </summary>
public sealed class SubmissionNotifierTests
{
    private const int Campaign = 7;

    [Fact]
    public async Task AViewOfOneUnit_HearsItsOwnUnitsChanges_AndThoseOfNoUnit_NotAnotherUnits()
    {
        var notifier = new SubmissionNotifier();
        var heard = 0;
        using var view = notifier.Subscribe(Campaign, () => Task.FromResult(Interlocked.Increment(ref heard)), unitId: 3);

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Review, unitId: 4);
        await notifier.PublishAsync(Campaign + 1, CampaignChangeKind.Review, unitId: 3);
        Assert.Equal(0, heard);

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Review, unitId: 3);
        await notifier.PublishAsync(Campaign, CampaignChangeKind.Submission);
        Assert.Equal(2, heard);
    }

    [Fact]
    public async Task TheViewsReload_SideBySide_NotOneAfterAnother()
    {
        var notifier = new SubmissionNotifier();
        // The first view finishes only once the second has started: one after another, the save would never return.
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var first = notifier.Subscribe(Campaign, () => secondStarted.Task);
        using var second = notifier.Subscribe(Campaign, () =>
        {
            secondStarted.TrySetResult();
            return Task.CompletedTask;
        });

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Submission).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(secondStarted.Task.IsCompleted);
    }

    [Fact]
    public async Task AViewThatFailsToReload_FailsNeitherTheSave_NorTheOtherViews()
    {
        var notifier = new SubmissionNotifier();
        var heard = 0;
        // A page whose request ended while it was reloading: its renderer's services are gone.
        using var gone = notifier.Subscribe(Campaign, () => throw new ObjectDisposedException("IServiceProvider"));
        using var failing = notifier.Subscribe(Campaign, async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("The database is busy.");
        });
        using var live = notifier.Subscribe(Campaign, () => Task.FromResult(Interlocked.Increment(ref heard)));

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Submission, unitId: 2);

        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task WhatKeepsTheEvaluation_HearsAChangeBeforeAnyView()
    {
        var notifier = new SubmissionNotifier();
        var order = new List<string>();
        using var view = notifier.Subscribe(Campaign, () =>
        {
            lock (order) { order.Add("view"); }
            return Task.CompletedTask;
        });
        using var evaluation = notifier.SubscribeToEveryCampaign(async _ =>
        {
            await Task.Yield();
            lock (order) { order.Add("evaluation"); }
        });

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Review, unitId: 1);

        Assert.Equal(["evaluation", "view"], order);
    }

    [Fact]
    public async Task ADraftEdit_ReachesTheEvaluation_ButNoView()
    {
        var notifier = new SubmissionNotifier();
        var views = 0;
        var changes = new List<CampaignChange>();
        using var view = notifier.Subscribe(Campaign, () => Task.FromResult(Interlocked.Increment(ref views)));
        using var evaluation = notifier.SubscribeToEveryCampaign(change =>
        {
            changes.Add(change);
            return Task.CompletedTask;
        });

        await notifier.PublishAsync(Campaign, CampaignChangeKind.Edit, unitId: 2);

        Assert.Equal(0, views);
        Assert.Equal([new CampaignChange(Campaign, CampaignChangeKind.Edit, 2)], changes);
    }
}
