using Emulation.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>
/// Base for browser test classes whose tests need an app of their own, since they change what the browser collections'
/// shared apps rely on or start from other <paramref name="settings"/>: each test's app listens on a free loopback port,
/// and Debian's Chromium is a class fixture, so such a class runs beside the browser collections instead of in one.
/// </summary>
public abstract class OwnAppBrowserTests(ChromiumFixture chromium, params (string Key, string Value)[] settings)
    : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    protected EmulationAppFactory App { get; } = new(settings);

    protected IBrowser Browser => chromium.Browser;

    /// <summary>The app's address, once it listens.</summary>
    protected string BaseUrl { get; private set; } = "";

    public ValueTask InitializeAsync()
    {
        BaseUrl = BrowserFixture.Listen(App);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
