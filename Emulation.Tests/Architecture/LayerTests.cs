using System.Reflection;
using Emulation.Domain.Campaigns;
using Emulation.Web.Services;
using NetArchTest.Rules;

namespace Emulation.Tests.Architecture;

/// <summary>
/// The layers in their order, read from the compiled code (method bodies included): the domain needs nothing but the
/// base class library, the API does not reach into the components, and endpoints are mapped only under <c>Api/</c>.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Web = typeof(Actor).Assembly;
    private static readonly Assembly Domain = typeof(Campaign).Assembly;

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var others = Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name is not ("netstandard" or "mscorlib") && !name.StartsWith("System", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(others);
    }

    [Fact]
    public void Domain_TypesDependOnlyOnSystemAndTheDomain()
    {
        var result = Types.InAssembly(Domain)
            .Should().OnlyHaveDependencyOn("System", "Emulation.Domain")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Api_DoesNotDependOnComponents()
    {
        var result = Types.InAssembly(Web)
            .That().ResideInNamespace("Emulation.Web.Api")
            .Should().NotHaveDependencyOnAny("Emulation.Web.Components")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    /// <summary>
    /// Whatever maps a route (<c>MapGet</c>, <c>MapPost</c>, <c>MapGroup</c>…) lives under <c>Api/</c>. Two exceptions,
    /// each for its reason: the start-up registration that puts the API's groups together with OpenAPI and the health
    /// probes, and the theme's style sheet, which renders the layout's theme component (it belongs with the layout,
    /// and the API must not depend on components).
    /// </summary>
    [Fact]
    public void Endpoints_AreMappedOnlyUnderApi()
    {
        var result = Types.InAssembly(Web)
            .That().HaveDependencyOnAny("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions")
            .And().DoNotHaveName("ApiRegistration", "ThemeStyleSheetEndpoint")
            .Should().ResideInNamespace("Emulation.Web.Api")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    private static string Failing(NetArchTest.Rules.TestResult result) =>
        string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
