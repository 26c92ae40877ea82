namespace Emulation.Tests.Browser;

/// <summary>
/// Browser tests share an app per collection and run one after another within it. The browser tests
/// are split over three collections (<see cref="BrowserCollection"/>, <see cref="SecondBrowserCollection"/>,
/// <see cref="AccessibilityCollection"/>), each with its own app, so that they run beside each other:
/// a browser test mostly waits for the server or the browser, and one chain of all of them was most of the suite's time.
/// All of them open their contexts in the run's one Chromium (<see cref="ChromiumForTheRun"/>). Tests that start a
/// server of their own take only that Chromium (<see cref="ChromiumFixture"/>) as a class fixture; those
/// whose server is an app of their own derive from <see cref="OwnAppBrowserTests"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <inheritdoc cref="BrowserCollection"/>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser 2";
}

/// <summary>The accessibility tests' own app: they visit every page of seven roles.</summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: accessibility";
}
