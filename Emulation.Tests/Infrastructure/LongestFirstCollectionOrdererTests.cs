using Emulation.Tests.Browser;
using Emulation.Tests.Faults;
using Xunit.v3;

namespace Emulation.Tests.Infrastructure;

public sealed class LongestFirstCollectionOrdererTests
{
    private static readonly XunitTestAssembly Assembly = new(typeof(LongestFirstCollectionOrdererTests).Assembly, null, null, null, null, null, null);

    [Fact]
    public void TheLongestCollections_StartFirst_LongestFirst_AndNoneIsLost()
    {
        var shortOne = new XunitTestCollection(Assembly, null, false, "Test collection for Emulation.Tests.Api.SomeApiTests");
        var importKill = new XunitTestCollection(Assembly, null, false, "Test collection for " + typeof(ImportKillTests).FullName + " (id: 0a1b)");
        var accessibility = new XunitTestCollection(Assembly, typeof(AccessibilityCollection), false, AccessibilityCollection.Name);
        var browser = new XunitTestCollection(Assembly, typeof(BrowserCollection), false, BrowserCollection.Name);

        var ordered = new LongestFirstCollectionOrderer().OrderTestCollections([shortOne, importKill, browser, accessibility]);

        Assert.Equal([accessibility, browser, importKill, shortOne], ordered);
    }

    [Fact]
    public void AClassOfItsOwn_IsRecognisedByTheNameXunitGivesItsCollection()
    {
        // This class runs in a collection of its own: the name xunit gave it is the one Rank reads.
        var own = Xunit.TestContext.Current.TestCollection!;

        Assert.Equal(typeof(LongestFirstCollectionOrdererTests).FullName, LongestFirstCollectionOrderer.OwnCollectionOf(own.TestCollectionDisplayName));
        Assert.Equal(LongestFirstCollectionOrderer.Longest.Count, LongestFirstCollectionOrderer.Rank(own));
    }
}
