using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Emulation.Tests.Browser;

/// <summary>
/// The English words that must not reach a Vietnamese page: every enum member name of the domain (a value printed
/// raw, "Scored", "GrassrootsEmulationFighter"), every component name of the app ("CriterionEditor"), and the
/// common words of a UI and of MudBlazor's own texts ("Previous month", "Select all rows", "Not a valid number").
/// Matched as whole words, case-sensitively for names, so "PDF" or a person's name never counts.
/// </summary>
internal static partial class EnglishWords
{
    private static readonly string[] Common =
    [
        "Add", "Apply", "Back", "Cancel", "Clear", "Close", "Column", "Columns", "Confirm", "Delete", "Download", "Edit",
        "Error", "Filter", "First", "Last", "Loading", "Month", "Next", "None", "Open", "Page", "Previous", "Remove",
        "Required", "Rows", "Save", "Search", "Select", "Submit", "Success", "Total", "Upload", "Warning", "Year",
        "all", "and", "between", "exceed", "exceeds", "field", "maximum", "minimum", "month", "must", "not", "number",
        "of", "per", "required", "row", "rows", "the", "valid", "with", "year",
    ];

    private static readonly Lazy<HashSet<string>> Words = new(() =>
    {
        var words = new HashSet<string>(Common, StringComparer.Ordinal);
        var domain = typeof(Emulation.Domain.Campaigns.Campaign).Assembly;
        foreach (var type in domain.GetTypes().Where(t => t.IsEnum))
        {
            words.UnionWith(Enum.GetNames(type).Where(IsWordLike));
        }

        var web = typeof(Emulation.Web.Components.Shared.ConfirmDialog).Assembly;
        words.UnionWith(web.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t) && !t.IsNested && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(t => t.Name).Where(IsWordLike));
        return words;
    });

    /// <summary>The English words in <paramref name="text"/>, each once.</summary>
    public static IReadOnlyList<string> In(string text) =>
        [.. Word().Matches(text).Select(m => m.Value).Where(Words.Value.Contains).Distinct()];

    /// <summary>Names of three letters or more with a lowercase letter (not "A", "KT" or a code like "HD").</summary>
    private static bool IsWordLike(string name) => name.Length >= 3 && name.Any(char.IsLower) && !name.Contains('_');

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
