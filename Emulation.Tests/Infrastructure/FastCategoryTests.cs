using System.Reflection;
using Xunit.v3;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// The fast subset (<c>./test.sh --fast</c>, <c>dotnet test --filter Category=Fast</c>) is exactly the domain tests and
/// the component tests: a new class there is in it, and nothing that starts a server or a browser is.
/// </summary>
public sealed class FastCategoryTests
{
    public const string Category = "Category";
    public const string Fast = "Fast";

    private static readonly string[] FastNamespaces = ["Emulation.Tests.Domain", "Emulation.Tests.Components"];

    [Fact]
    public void DomainAndComponentTestClasses_AndOnlyThey_AreInTheFastCategory()
    {
        var testClasses = typeof(FastCategoryTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()))
            .ToList();

        var missing = testClasses.Where(t => InFastNamespace(t) && !IsFast(t)).Select(t => t.FullName).ToList();
        var extra = testClasses.Where(t => !InFastNamespace(t) && IsFast(t)).Select(t => t.FullName).ToList();

        Assert.True(missing.Count == 0, $"Add [Trait(\"{Category}\", \"{Fast}\")] to: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"Not domain or component tests, so not in the fast subset: {string.Join(", ", extra)}");
        Assert.Contains(testClasses, IsFast);
    }

    private static bool InFastNamespace(Type type) =>
        FastNamespaces.Any(n => type.Namespace == n || type.Namespace?.StartsWith(n + ".", StringComparison.Ordinal) == true);

    private static bool IsFast(Type type) =>
        type.GetCustomAttributes(inherit: true).OfType<ITraitAttribute>()
            .SelectMany(a => a.GetTraits())
            .Any(t => t.Key == Category && t.Value == Fast);
}
