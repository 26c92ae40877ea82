using Emulation.Domain.Common;

namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// Finds a part of a name ignoring case and Vietnamese marks ("nguyen" finds "Nguyễn", "duc" finds "Đức"): names are
/// folded once (<see cref="Fold"/>) and kept, so a search folds only what was typed and compares plain characters.
/// </summary>
public static class NameSearch
{
    /// <summary>Lower case, without tone or vowel marks, and đ as d (<see cref="SearchText.Fold"/>).</summary>
    public static string Fold(string text) => SearchText.Fold(text);

    /// <summary>What was typed, folded; null when nothing was (no filter).</summary>
    public static string? Query(string? search) => string.IsNullOrWhiteSpace(search) ? null : Fold(search.Trim());

    /// <summary>Whether a folded name contains a folded query.</summary>
    public static bool Contains(string foldedName, string? foldedQuery) =>
        foldedQuery is null || foldedName.Contains(foldedQuery, StringComparison.Ordinal);
}
