using System.Text.Json;
using System.Text.RegularExpressions;

using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Rules;

/// <summary>Decree 152/2025 is a rule set of its own: every difference from Decree 98/2023 has its article, every identity its reason.</summary>
[Trait("Category", "Fast")]
public sealed partial class Decree152RuleSetTests
{
    /// <summary>Every leaf setting by path; list elements share a path with <c>[]</c>, their values joined in order.</summary>
    private static Dictionary<string, string> Settings(RuleSet rules)
    {
        var leaves = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Walk(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}");
                    }

                    break;
                case JsonValueKind.Array when e.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.Object):
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item, path + "[]");
                    }

                    break;
                default:
                    if (!leaves.TryGetValue(path, out var values))
                    {
                        leaves[path] = values = [];
                    }

                    values.Add(e.GetRawText());
                    break;
            }
        }

        Walk(JsonSerializer.SerializeToElement(rules), "");
        return leaves.ToDictionary(l => l.Key, l => string.Join("|", l.Value), StringComparer.Ordinal);
    }

    private static bool Covers(RuleSetNote note, string path) =>
        path == note.Setting || path.StartsWith(note.Setting + ".", StringComparison.Ordinal) ||
        path.StartsWith(note.Setting + "[]", StringComparison.Ordinal);

    [Fact]
    public void Decree152_IsNotADecree98Copy_EveryIdentityHasAReason()
    {
        var d98 = Settings(RuleSetCatalog.Decree98);
        var d152 = Settings(RuleSetCatalog.Decree152);

        var same = d152.Where(s => d98.TryGetValue(s.Key, out var v) && v == s.Value).Select(s => s.Key).ToList();
        var unexplained = same.Where(path => !RuleSetCatalog.Decree152CarriedOver.Any(n => Covers(n, path))).ToList();

        Assert.Empty(unexplained);
    }

    [Fact]
    public void Decree152_EveryDifferenceFromDecree98_HasItsArticle()
    {
        var d98 = Settings(RuleSetCatalog.Decree98);
        var d152 = Settings(RuleSetCatalog.Decree152);

        var different = d152.Keys.Union(d98.Keys)
            .Where(k => !d98.TryGetValue(k, out var a) || !d152.TryGetValue(k, out var b) || a != b).ToList();
        var unexplained = different.Where(path => !RuleSetCatalog.Decree152Differences.Any(n => Covers(n, path))).ToList();

        Assert.NotEmpty(different);
        Assert.Empty(unexplained);
        Assert.All(RuleSetCatalog.Decree152Differences, n => Assert.False(string.IsNullOrWhiteSpace(n.Basis)));
    }

    /// <summary>A note that no longer matches a setting would hide nothing: the lists stay in step with the data.</summary>
    [Fact]
    public void Decree152_NotesNameRealSettings()
    {
        var paths = Settings(RuleSetCatalog.Decree152).Keys.ToList();

        Assert.All(RuleSetCatalog.Decree152CarriedOver.Concat(RuleSetCatalog.Decree152Differences),
            n => Assert.Contains(paths, p => Covers(n, p)));
    }

    [Fact]
    public void Decree152Art33_7_TheAwardPeriodRule_IsADifference()
    {
        Assert.True(RuleSetCatalog.Decree152.Individuals.AwardPeriodStartsAfterPreviousAward);
        Assert.False(RuleSetCatalog.Decree98.Individuals.AwardPeriodStartsAfterPreviousAward);
        Assert.Contains(RuleSetCatalog.Decree152Differences,
            n => n.Setting == "Individuals.AwardPeriodStartsAfterPreviousAward" && n.Basis == LegalArticles.AwardPeriod);
    }

    // Decree 98/2023 Art. 71–72 (kept by Decree 152/2025): every multiplier with its article.

    [Theory]
    [InlineData(Title.CertificateOfCommendation, 710_000)]
    [InlineData(Title.CollectiveCertificateOfCommendation, 1_410_000)]
    [InlineData(Title.ProvincialCertificateOfMerit, 2_340_000)]
    [InlineData(Title.CollectiveProvincialCertificateOfMerit, 4_680_000)]
    public void Decree98Art72_CertificatesEarnTheirMultiple_ACollectiveTwiceAnIndividual(Title title, int expected)
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            Assert.Equal(expected, rules.Cash.AmountFor(title, new DateOnly(2025, 12, 31)));
        }
    }

    [Fact]
    public void Decree98Art71_72_EveryMultiplierCitesItsArticle()
    {
        foreach (var rules in RuleSetCatalog.All)
        {
            Assert.All(rules.Cash.Multipliers, m => Assert.Matches(ArticlePattern(), m.Article));
            Assert.All(rules.Cash.Multipliers, m => Assert.Contains("98/2023", m.Article, StringComparison.Ordinal));
        }

        Assert.All(RuleSetCatalog.Decree152.Cash.Multipliers, m => Assert.Contains("152/2025", m.Article, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"Điều 7[12]")]
    private static partial Regex ArticlePattern();
}
