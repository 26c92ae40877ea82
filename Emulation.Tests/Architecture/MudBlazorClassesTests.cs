using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Emulation.Tests.Architecture;

/// <summary>
/// Our markup uses MudBlazor through its components. Where a file of ours names one of MudBlazor's CSS classes, the
/// class must exist in the package's style sheet, so that an upgrade that drops or renames it fails here rather than
/// silently unstyling a page.
/// </summary>
public sealed partial class MudBlazorClassesTests
{
    [Fact]
    public void EveryMudClassOurFilesName_ExistsInThePackagesStyleSheet()
    {
        var styleSheet = File.ReadAllText(PackageStyleSheet());
        var web = Path.Combine(DomainPurityTests.RepositoryRoot(), "Emulation.Web");
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".razor", StringComparison.Ordinal) || path.EndsWith(".cs", StringComparison.Ordinal) ||
                           path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => MudClass().Matches(File.ReadAllText(path)).Select(m => (Path: Path.GetRelativePath(web, path), Class: m.Groups[1].Value)))
            .ToList();

        var missing = used.Where(u => !styleSheet.Contains("." + u.Class, StringComparison.Ordinal))
            .Select(u => $"{u.Path}: {u.Class}").Distinct().ToList();

        Assert.True(missing.Count == 0, "MudBlazor classes not in MudBlazor.min.css:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void ThePackagesStyleSheet_IsFoundAndHasItsClasses()
    {
        var styleSheet = File.ReadAllText(PackageStyleSheet());

        Assert.Contains(".mud-button-root", styleSheet, StringComparison.Ordinal);
    }

    /// <summary>MudBlazor.min.css of the version the solution pins, in the NuGet package folder.</summary>
    private static string PackageStyleSheet()
    {
        var props = XDocument.Load(Path.Combine(DomainPurityTests.RepositoryRoot(), "Directory.Packages.props"));
        var version = props.Descendants("PackageVersion").Single(p => (string?)p.Attribute("Include") == "MudBlazor").Attribute("Version")!.Value;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(packages, "mudblazor", version, "staticwebassets", "MudBlazor.min.css");
    }

    // A class name, not a CSS custom property such as var(--mud-palette-primary).
    [GeneratedRegex(@"(?<![-\w])(mud-[a-z0-9]+(?:-[a-z0-9]+)*)")]
    private static partial Regex MudClass();
}
