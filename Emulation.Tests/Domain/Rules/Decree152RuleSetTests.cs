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

    // Decree 98/2023 Art. 54 and Decree 152/2025 Art. 54(1): the Giấy khen kept at 0.3, a province's Bằng khen raised
    // from 1.0 to 1.5; a collective's twice an individual's.

    [Theory]
    [InlineData(Title.CertificateOfCommendation, 710_000, 710_000)]
    [InlineData(Title.CollectiveCertificateOfCommendation, 1_410_000, 1_410_000)]
    [InlineData(Title.ProvincialCertificateOfMerit, 2_340_000, 3_510_000)]
    [InlineData(Title.CollectiveProvincialCertificateOfMerit, 4_680_000, 7_020_000)]
    public void Decree152Art54_1_CertificatesEarnTheirDecreesMultiple_ACollectiveTwiceAnIndividual(Title title, int underDecree98,
        int underDecree152)
    {
        var on = new DateOnly(2025, 12, 31);

        Assert.Equal(underDecree98, RuleSetCatalog.Decree98.Cash.AmountFor(title, on));
        Assert.Equal(underDecree152, RuleSetCatalog.Decree152.Cash.AmountFor(title, on));
    }

    [Fact]
    public void EveryMultiplier_CitesItsOwnDecree()
    {
        Assert.All(RuleSetCatalog.Decree98.Cash.Multipliers, m => Assert.StartsWith("Nghị định 98/2023/NĐ-CP", m.Article, StringComparison.Ordinal));
        Assert.All(RuleSetCatalog.Decree152.Cash.Multipliers, m => Assert.StartsWith("Nghị định 152/2025/NĐ-CP", m.Article, StringComparison.Ordinal));
        Assert.DoesNotContain(RuleSetCatalog.All.SelectMany(r => r.Cash.Multipliers), m => ArticlePattern().IsMatch(m.Article));
    }

    /// <summary>Decree 98/2023's Art. 71–72 are not its cash articles (the titles' amounts are in Art. 54), so none cites them.</summary>
    [GeneratedRegex(@"Điều 7[12]")]
    private static partial Regex ArticlePattern();
}
