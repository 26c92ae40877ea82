namespace Emulation.Tests.Browser;

/// <summary>Browser tests share one app and one Chromium and run one after another: two cores cannot carry more.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
