using Emulation.Web.Services.Notifications;
using StackExchange.Redis;

namespace Emulation.Web.Startup;

/// <summary>
/// How a change saved on one instance reaches the live views on the others, chosen by <c>Notifications:Provider</c>:
/// the shared database (default), Redis pub/sub, or nothing beyond this process.
/// </summary>
internal static class NotificationRegistration
{
    public static IServiceCollection AddEmulationNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions();
        services.AddSingleton(options);
        services.AddSingleton<AppInstance>();
        switch (string.IsNullOrWhiteSpace(options.Provider) ? NotificationProviders.Database : options.Provider)
        {
            case var p when Is(p, NotificationProviders.InProcess):
                services.AddSingleton<ICampaignChangeFeed, InProcessChangeFeed>();
                break;
            case var p when Is(p, NotificationProviders.Redis):
                var redis = ConfigurationOptions.Parse(options.Redis ?? throw new InvalidOperationException(
                    "Notifications:Redis (host:port) is required when Notifications:Provider is Redis."));
                // Start even while Redis is down; the client keeps reconnecting and restores the subscription.
                redis.AbortOnConnectFail = false;
                services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
                services.AddSingleton<ICampaignChangeFeed, RedisChangeFeed>();
                services.AddHostedService<RedisChangeListener>();
                break;
            case var p when Is(p, NotificationProviders.Database):
                services.AddSingleton<ICampaignChangeFeed, DatabaseChangeFeed>();
                services.AddHostedService<ChangeNotificationPoller>();
                break;
            default:
                throw new InvalidOperationException(
                    $"Notifications:Provider is '{options.Provider}'; expected Database, Redis or InProcess.");
        }

        return services;
    }

    private static bool Is(string provider, string name) => string.Equals(provider, name, StringComparison.OrdinalIgnoreCase);
}
