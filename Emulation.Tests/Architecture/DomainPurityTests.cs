using System.Reflection;
using Emulation.Domain.Campaigns;

namespace Emulation.Tests.Architecture;

/// <summary>The domain stays pure C#: no EF Core, no ASP.NET, no I/O, no clock.</summary>
public sealed class DomainPurityTests
{
    private static readonly Assembly Domain = typeof(Campaign).Assembly;

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.Extensions")]
    [InlineData("MudBlazor")]
    [InlineData("Emulation.Web")]
    public void Domain_DoesNotReference(string forbidden) =>
        Assert.DoesNotContain(Domain.GetReferencedAssemblies(),
            a => a.Name!.StartsWith(forbidden, StringComparison.Ordinal));

    [Fact]
    public void Domain_ProjectHasNoPackageReferences()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "Emulation.Domain", "Emulation.Domain.csproj"));
        Assert.DoesNotContain("PackageReference", project, StringComparison.Ordinal);
    }

    [Fact]
    public void Domain_SourceNeverReadsTheClockOrTheDisk()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "Emulation.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f =>
            {
                var text = File.ReadAllText(f);
                return text.Contains("DateTime.Now", StringComparison.Ordinal) ||
                    text.Contains("DateTime.UtcNow", StringComparison.Ordinal) ||
                    text.Contains("DateTimeOffset.Now", StringComparison.Ordinal) ||
                    text.Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal) ||
                    text.Contains("System.IO", StringComparison.Ordinal);
            })
            .ToList();
        Assert.Empty(offenders);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Emulation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Emulation.sln not found above the test binaries.");
    }
}
