using System.Collections.Concurrent;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services.Notifications;
using Microsoft.Extensions.Logging.Abstractions;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// Tells open progress views that a unit submitted, or an officer reviewed, something in a campaign, so they refresh
/// without a reload, and tells what keeps a campaign's evaluation (<see cref="Evaluation.EvaluationSnapshots"/>) about
/// every change, figures included. This instance's subscribers hear a change at once; the
/// <see cref="ICampaignChangeFeed"/> carries it to the other instances of the app, whose feed listener calls
/// <see cref="DeliverLocallyAsync"/>.
/// </summary>
public sealed class SubmissionNotifier(ICampaignChangeFeed feed, ILogger<SubmissionNotifier> logger)
{
    private readonly ConcurrentDictionary<Guid, (int CampaignId, int? UnitId, Func<Task> Handler)> _subscribers = new();
    private readonly ConcurrentDictionary<Guid, Func<CampaignChange, Task>> _everyCampaign = new();

    /// <summary>One instance, nothing carried elsewhere (benchmarks and tools).</summary>
    public SubmissionNotifier() : this(new InProcessChangeFeed(), NullLogger<SubmissionNotifier>.Instance)
    {
    }

    /// <summary>
    /// Submissions and reviews in one campaign (not <see cref="CampaignChangeKind.Edit"/>); with <paramref name="unitId"/>,
    /// only those that may concern that unit (<see cref="CampaignChange.Concerns"/>).
    /// </summary>
    public IDisposable Subscribe(int campaignId, Func<Task> onChange, int? unitId = null)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = (campaignId, unitId, onChange);
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    /// <summary>Every change of every kind in any campaign.</summary>
    public IDisposable SubscribeToEveryCampaign(Func<CampaignChange, Task> onChange)
    {
        var id = Guid.NewGuid();
        _everyCampaign[id] = onChange;
        return new Subscription(() => _everyCampaign.TryRemove(id, out _));
    }

    /// <summary>A change saved by this instance: the other instances first (the feed never throws), then our own views.</summary>
    public async Task PublishAsync(int campaignId, CampaignChangeKind kind = CampaignChangeKind.Submission, int? unitId = null)
    {
        var change = new CampaignChange(campaignId, kind, unitId);
        await feed.PublishAsync(change);
        await DeliverLocallyAsync(change);
    }

    /// <summary>
    /// Saves a change made through <paramref name="db"/> (<paramref name="save"/>) and, once saved, publishes it as
    /// <see cref="PublishAsync"/> does. A feed in the database writes its row in the same save: one transaction for the
    /// change and the news of it, and a change that is not saved is never announced.
    /// </summary>
    public async Task<Result> SaveAndPublishAsync(EmulationDbContext db, CampaignChange change, Func<Task<Result>> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        var carried = feed.Enlist(db, change);
        var saved = await save();
        if (saved.IsSuccess)
        {
            if (!carried)
            {
                await feed.PublishAsync(change);
            }

            await DeliverLocallyAsync(change);
        }

        return saved;
    }

    /// <summary>
    /// A change saved by another instance, as the feed reports it. What keeps the evaluation hears it first, so that no
    /// view reloads an evaluation that does not know of it yet; then the views reload side by side, each on its own
    /// circuit, so a save watched by hundreds of open pages waits for the slowest of them, not for their sum.
    /// </summary>
    public async Task DeliverLocallyAsync(CampaignChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await Task.WhenAll(_everyCampaign.Values.Select(handler => handler(change)));
        if (change.Kind != CampaignChangeKind.Edit)
        {
            await Task.WhenAll(_subscribers.Values
                .Where(s => s.CampaignId == change.CampaignId && change.Concerns(s.UnitId))
                .Select(s => ReloadAsync(s.Handler)));
        }
    }

    /// <summary>
    /// One view's reload. The change is saved before any view hears it: a view that fails to reload (a page whose
    /// request has ended, a reload that lost a race for the database) is logged, and fails neither the save that the
    /// person who made it would then be told was lost, nor the other views.
    /// </summary>
    private async Task ReloadAsync(Func<Task> view)
    {
        try
        {
            await view();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "An open view failed to reload after a campaign change");
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
