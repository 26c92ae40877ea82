using System.Text.Json;
using Emulation.Web.Data;
using Emulation.Web.Services.Submissions;
using StackExchange.Redis;

namespace Emulation.Web.Services.Notifications;

/// <summary>A change as it travels on the Redis channel.</summary>
public sealed record RedisChangeMessage(Guid Origin, int CampaignId, CampaignChangeKind Kind, int? UnitId = null);

/// <summary>
/// Publishes each change on a Redis pub/sub channel (<c>Notifications:Provider=Redis</c>): no polling, delivery in
/// milliseconds, but nothing is kept for an instance that is not listening at that moment.
/// </summary>
public sealed class RedisChangeFeed(IConnectionMultiplexer redis, AppInstance instance, ILogger<RedisChangeFeed> logger)
    : ICampaignChangeFeed
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("emulation:campaign-changes");

    public async Task PublishAsync(CampaignChange change)
    {
        try
        {
            var message = JsonSerializer.Serialize(new RedisChangeMessage(instance.Id, change.CampaignId, change.Kind, change.UnitId));
            await redis.GetSubscriber().PublishAsync(Channel, message);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "Could not publish {Kind} in campaign {Campaign} to Redis", change.Kind, change.CampaignId);
        }
    }

    /// <summary>Published once saved: a message sent before the commit could reach others ahead of the change.</summary>
    public bool Enlist(EmulationDbContext db, CampaignChange change) => false;
}

/// <summary>Hands the other instances' changes from the Redis channel to this instance's views.</summary>
public sealed class RedisChangeListener(IConnectionMultiplexer redis, SubmissionNotifier notifier, AppInstance instance,
    ILogger<RedisChangeListener> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetSubscriber().SubscribeAsync(RedisChangeFeed.Channel, (_, message) => DeliverInBackground(message));
        }
        catch (RedisException e)
        {
            // The multiplexer keeps the subscription and makes it again when the connection comes back.
            logger.LogError(e, "Could not subscribe to {Channel}; other instances' changes arrive once Redis is back",
                RedisChangeFeed.Channel);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAsync(RedisChangeFeed.Channel);

    /// <summary>The client calls handlers in order on its own thread: do not hold it while views reload.</summary>
    private void DeliverInBackground(RedisValue value) => _ = DeliverAsync(value);

    private async Task DeliverAsync(RedisValue value)
    {
        try
        {
            if (JsonSerializer.Deserialize<RedisChangeMessage>(value.ToString()) is { } message && message.Origin != instance.Id)
            {
                await notifier.DeliverLocallyAsync(new CampaignChange(message.CampaignId, message.Kind, message.UnitId));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "A change from Redis could not be delivered");
        }
    }
}
