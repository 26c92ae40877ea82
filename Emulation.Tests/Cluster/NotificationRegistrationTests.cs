using Emulation.Web.Services.Notifications;
using Emulation.Web.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Emulation.Tests.Cluster;

/// <summary>
/// <c>Notifications:Provider</c> picks how changes travel between instances. No Redis server runs here, so the Redis
/// choice is checked by what it registers; nothing is resolved, so nothing connects.
/// </summary>
public sealed class NotificationRegistrationTests
{
    [Theory]
    [InlineData(null, typeof(DatabaseChangeFeed), typeof(ChangeNotificationPoller))]
    [InlineData("Database", typeof(DatabaseChangeFeed), typeof(ChangeNotificationPoller))]
    [InlineData("redis", typeof(RedisChangeFeed), typeof(RedisChangeListener))]
    [InlineData("InProcess", typeof(InProcessChangeFeed), null)]
    public void Provider_ChoosesTheFeedAndItsListener(string? provider, Type feed, Type? listener)
    {
        var services = Register(("Notifications:Provider", provider), ("Notifications:Redis", "redis.internal:6379"));

        Assert.Equal(feed, services.Single(d => d.ServiceType == typeof(ICampaignChangeFeed)).ImplementationType);
        Assert.Equal(listener, services.SingleOrDefault(d => d.ServiceType == typeof(IHostedService))?.ImplementationType);
    }

    [Fact]
    public void Redis_WithoutAnAddress_IsRefusedAtStart() =>
        Assert.Contains("Notifications:Redis", Assert.Throws<InvalidOperationException>(() =>
            Register(("Notifications:Provider", "Redis"))).Message, StringComparison.Ordinal);

    [Fact]
    public void UnknownProvider_IsRefusedAtStart() =>
        Assert.Contains("'Kafka'", Assert.Throws<InvalidOperationException>(() =>
            Register(("Notifications:Provider", "Kafka"))).Message, StringComparison.Ordinal);

    [Fact]
    public void PollInterval_IsReadFromConfiguration()
    {
        var services = Register(("Notifications:PollInterval", "00:00:02"));

        var options = (NotificationOptions)services.Single(d => d.ServiceType == typeof(NotificationOptions)).ImplementationInstance!;
        Assert.Equal(TimeSpan.FromSeconds(2), options.PollInterval);
    }

    private static ServiceCollection Register(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddEmulationNotifications(configuration);
        return services;
    }
}
