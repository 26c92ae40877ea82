using System.Collections.Concurrent;

namespace Emulation.Web.Services.Submissions;

/// <summary>
/// Tells open progress views that a unit submitted, or an officer reviewed, something in a campaign, so they refresh
/// without a reload. In-process: every circuit of this server instance hears every publication.
/// </summary>
public sealed class SubmissionNotifier
{
    private readonly ConcurrentDictionary<Guid, (int CampaignId, Func<Task> Handler)> _subscribers = new();

    public IDisposable Subscribe(int campaignId, Func<Task> onChange)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = (campaignId, onChange);
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    public async Task PublishAsync(int campaignId)
    {
        foreach (var (_, (campaign, handler)) in _subscribers)
        {
            if (campaign == campaignId)
            {
                await handler();
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
