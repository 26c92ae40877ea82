using System.Text.RegularExpressions;

namespace Emulation.Tests.Architecture;

/// <summary>
/// On a phone a MudTable shows each row as a card, and a cell names its column only through its DataLabel: without
/// it the card is a pile of bare values ("2025", "Không", "Không"). Every cell under a header with a name must carry
/// that name.
/// </summary>
public sealed partial class TableCardLabelsTests
{
    [Fact]
    public void EveryCellUnderANamedHeader_CarriesThatNameForThePhoneCard()
    {
        var web = Path.Combine(DomainPurityTests.RepositoryRoot(), "Emulation.Web");
        var unlabelled = Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => UnlabelledCells(File.ReadAllText(path)).Select(cell => $"{Path.GetRelativePath(web, path)}: {cell}"))
            .ToList();

        Assert.True(unlabelled.Count == 0, "Cells without the DataLabel of their column:\n" + string.Join("\n", unlabelled));
    }

    [Fact]
    public void ACellWithoutItsColumnsName_IsFound()
    {
        const string table = """
            <HeaderContent><MudTh>@L["Campaign.Year"]</MudTh><MudTh /></HeaderContent>
            <RowTemplate><MudTd>@context.Year</MudTd><MudTd><MudButton /></MudTd></RowTemplate>
            """;

        Assert.Equal(["column 1 (Campaign.Year)"], UnlabelledCells(table));
    }

    /// <summary>Pairs each table's header cells with its row template's cells, in order.</summary>
    private static IEnumerable<string> UnlabelledCells(string markup)
    {
        foreach (Match table in Table().Matches(markup))
        {
            var headers = Header().Matches(table.Groups["headers"].Value)
                .Select(h => HeaderName().Match(h.Value) is { Success: true } name ? name.Groups[1].Value : null)
                .ToList();
            var cells = Cell().Matches(table.Groups["rows"].Value).ToList();
            for (var i = 0; i < Math.Min(headers.Count, cells.Count); i++)
            {
                if (headers[i] is { } name && !cells[i].Value.Contains("DataLabel=", StringComparison.Ordinal))
                {
                    yield return $"column {i + 1} ({name})";
                }
            }
        }
    }

    [GeneratedRegex(@"<HeaderContent>(?<headers>.*?)</HeaderContent>.*?<RowTemplate>(?<rows>.*?)</RowTemplate>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"<MudTh\b[^>]*/>|<MudTh\b.*?</MudTh>", RegexOptions.Singleline)]
    private static partial Regex Header();

    [GeneratedRegex(@"@L\[""([A-Za-z.]+)""\]")]
    private static partial Regex HeaderName();

    [GeneratedRegex(@"<MudTd\b[^>]*>")]
    private static partial Regex Cell();
}
