using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Emulation.Tests.Architecture;

/// <summary>Every text a page asks for exists in Vietnamese and in English.</summary>
public sealed partial class LocalizationTests
{
    private static string Resources => Path.Combine(DomainPurityTests.RepositoryRoot(), "Emulation.Web", "Resources");

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys()
    {
        var vi = Keys("SharedResource.resx");
        var en = Keys("SharedResource.en.resx");
        Assert.Empty(vi.Except(en));
        Assert.Empty(en.Except(vi));
    }

    /// <summary>MudBlazor's own texts (date picker, table, pager, number field) all come from our resources, in both languages.</summary>
    [Fact]
    public void EveryMudBlazorText_HasOurTranslation()
    {
        var vi = Keys("SharedResource.resx");
        var mud = new System.Resources.ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudBlazor.MudLocalizer).Assembly)
            .GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToList();

        Assert.Contains("MudBaseDatePicker_PrevMonth", mud);
        Assert.DoesNotContain(mud, key => !vi.Contains("Mud." + key));
    }

    [Fact]
    public void EveryKeyUsedInTheUi_IsTranslated()
    {
        var known = Keys("SharedResource.resx");
        var web = Path.Combine(DomainPurityTests.RepositoryRoot(), "Emulation.Web");
        var used = Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(known));
    }

    [Fact]
    public void EveryEnumShownToUsers_HasALabel()
    {
        var known = Keys("SharedResource.resx");
        Type[] shown =
        [
            typeof(Emulation.Domain.Campaigns.CampaignStatus), typeof(Emulation.Domain.Campaigns.CampaignKind),
            typeof(Emulation.Domain.Campaigns.CriterionKind), typeof(Emulation.Domain.Campaigns.ScoringMethod),
            typeof(Emulation.Domain.Pledges.SubmissionStatus), typeof(Emulation.Domain.Results.QualityRating),
            typeof(Emulation.Domain.Results.DisciplineLevel), typeof(Emulation.Domain.Results.InitiativeLevel),
            typeof(Emulation.Domain.Awards.Title), typeof(Emulation.Domain.Awards.AwardKind),
            typeof(Emulation.Domain.Awards.NominationStatus), typeof(Emulation.Domain.Scoring.RecommendationStatus),
            typeof(Emulation.Domain.Decisions.DecisionKind),
        ];
        var missing = shown.SelectMany(t => Enum.GetNames(t).Select(n => $"Enum.{t.Name}.{n}")).Where(k => !known.Contains(k));
        Assert.Empty(missing);
    }

    [GeneratedRegex("L\\[\"(?<key>[A-Za-z]+\\.[A-Za-z.]+)\"")]
    private static partial Regex UsedKey();
}
