using Emulation.Tests.Browser;
using Emulation.Tests.Cluster;
using Emulation.Tests.Faults;
using Emulation.Tests.Imports;
using Emulation.Tests.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(LongestFirstCollectionOrderer))]

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Starts the collections that take longest first, the rest after them in xunit's own random order. Collections run
/// beside each other, but each runs its tests one after another: a long one started late, when the short ones are
/// done, runs alone on the end of the suite while the second core idles.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    /// <summary>
    /// The longest, longest first (a run's per-class times, trx): the browser collections, then the classes that
    /// start app processes of their own or import large workbooks.
    /// </summary>
    public static readonly IReadOnlyList<Type> Longest =
    [
        typeof(AccessibilityCollection), typeof(BrowserCollection), typeof(SecondBrowserCollection),
        typeof(StaffImportTests), typeof(ServerRestartBrowserTests), typeof(ImportKillTests), typeof(SeveralInstancesTests),
    ];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(
        IReadOnlyCollection<TTestCollection> testCollections) where TTestCollection : notnull, ITestCollection
    {
        ArgumentNullException.ThrowIfNull(testCollections);
        var rank = testCollections.ToDictionary(c => c, c => Rank(c));
        var first = testCollections.Where(c => rank[c] < Longest.Count).OrderBy(c => rank[c]);
        var rest = DefaultTestCollectionOrderer.Instance.OrderTestCollections(
            [.. testCollections.Where(c => rank[c] == Longest.Count)]);
        return [.. first, .. rest];
    }

    /// <summary>
    /// The collection's place in <see cref="Longest"/>, else its length: a named collection by its definition class, a
    /// class's own collection by the class its name is made of.
    /// </summary>
    public static int Rank(ITestCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        for (var i = 0; i < Longest.Count; i++)
        {
            if (collection.TestCollectionClassName == Longest[i].FullName ||
                OwnCollectionOf(collection.TestCollectionDisplayName) == Longest[i].FullName)
            {
                return i;
            }
        }

        return Longest.Count;
    }

    /// <summary>The class a class's own collection is named after ("Test collection for Emulation.Tests.X (id: …)"), else null.</summary>
    public static string? OwnCollectionOf(string displayName)
    {
        const string prefix = "Test collection for ";
        ArgumentNullException.ThrowIfNull(displayName);
        return displayName.StartsWith(prefix, StringComparison.Ordinal)
            ? displayName[prefix.Length..].Split(' ')[0]
            : null;
    }
}
