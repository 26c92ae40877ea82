using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Emulation.Tests.Cluster;

/// <summary>A test app is one instance: it tells its own views and polls no database for other instances' changes.</summary>
public sealed class TestAppNotificationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public void TheDefaultTestApp_UsesTheInProcessFeed_AndRunsNoPoller()
    {
        Assert.IsType<InProcessChangeFeed>(fixture.App.Service<ICampaignChangeFeed>());
        Assert.DoesNotContain(fixture.App.Services.GetServices<IHostedService>(), s => s is ChangeNotificationPoller);
    }
}
