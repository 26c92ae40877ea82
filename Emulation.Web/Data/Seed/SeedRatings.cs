using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Web.Data.Seed;

/// <summary>
/// Keeps a seeded unit's year of staff ratings lawful: the cap on excellent ratings (<see cref="ExcellentShareRule"/>) of
/// the national rule set in force that year, counted unit by unit as the built-in sets count it. The ratings are drawn
/// first and capped after, so a seed's random sequence does not depend on the cap.
/// </summary>
internal static class SeedRatings
{
    /// <summary>
    /// <paramref name="drawn"/> with the excellent ratings beyond the cap of <paramref name="year"/> rated good, the last
    /// ones first (so a caller lists first those it would rather keep excellent); a year no rule set covers keeps all.
    /// </summary>
    public static QualityRating[] WithinCap(IReadOnlyList<QualityRating> drawn, int year)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        var ratings = drawn.ToArray();
        var rules = RuleSetCatalog.InForce(new DateOnly(year, 12, 31));
        if (!rules.IsSuccess)
        {
            return ratings;
        }

        // Rating one good may raise the base (when only "good" counts), so the cap is checked again after each change.
        var last = ratings.Length - 1;
        while (!ExcellentShare.Check(ratings, rules.Value.ExcellentShare).IsWithinCap)
        {
            while (ratings[last] != QualityRating.Excellent)
            {
                last--;
            }

            ratings[last] = QualityRating.Good;
        }

        return ratings;
    }
}
