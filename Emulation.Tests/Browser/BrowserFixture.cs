using System.Collections.Concurrent;
using Emulation.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Emulation.Tests.Browser;

/// <summary>The real app listening on a free loopback port, and the run's Debian headless Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's build of Chromium's headless shell (package <c>chromium-headless-shell</c>, the same Blink as the
    /// browser, without the browser's user interface): the full browser in headless mode took about 1.6 times its
    /// processor time on the accessibility walk (136 against 84 CPU-seconds) and started seven times as many processes.
    /// </summary>
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    private readonly ChromiumFixture _chromium = new();

    public EmulationAppFactory App { get; } = new();
    public IBrowser Browser => _chromium.Browser;
    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// Each user's cookies after their first sign-in through the form on this app (Playwright's storage state, as JSON),
    /// which their later sessions in the collection start from (<see cref="BrowserSession.SignInAsync(BrowserFixture, string, string)"/>).
    /// </summary>
    public ConcurrentDictionary<string, string> SignedInStates { get; } = new(StringComparer.Ordinal);

    public async ValueTask InitializeAsync()
    {
        BaseUrl = Listen(App);
        await _chromium.InitializeAsync();
    }

    /// <summary>Starts <paramref name="app"/> on a free loopback port and returns its address.</summary>
    public static string Listen(EmulationAppFactory app)
    {
        app.UseKestrel(0);
        app.StartServer();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    /// <summary>
    /// Debian's Chromium headless shell, offline. Expectations wait up to 15 s, not Playwright's 5: CI runs the
    /// collections side by side on two cores, where a save's round trip through the circuit can take longer than 5 s.
    /// </summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await App.DisposeAsync();
    }
}

/// <summary>
/// The run's Chromium (<see cref="ChromiumForTheRun"/>) for the tests that start a server of their own (a child process,
/// another installation): as a class fixture, each such class runs beside the browser collections instead of in one of them.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync() => Browser = await ChromiumForTheRun.BrowserAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
