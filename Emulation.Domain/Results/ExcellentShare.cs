using Emulation.Domain.Rules;

namespace Emulation.Domain.Results;

/// <summary>The cap on the share of staff rated "Hoàn thành xuất sắc nhiệm vụ" (<see cref="ExcellentShareRule"/>), as a pure check.</summary>
public static class ExcellentShare
{
    /// <summary>
    /// Whether <paramref name="ratings"/> (one unit's or one agency's, for one year) keep within the cap;
    /// <paramref name="unitRating"/> is the unit's own collective rating that year, which may allow the exceptional cap.
    /// </summary>
    public static ExcellentShareVerdict Check(IEnumerable<QualityRating> ratings, ExcellentShareRule rule,
        QualityRating? unitRating = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(rule);
        var tally = new ExcellentShareTally();
        foreach (var rating in ratings)
        {
            tally.Add(rating);
        }

        return Check(tally, rule, unitRating);
    }

    /// <summary>The same check over ratings already counted.</summary>
    internal static ExcellentShareVerdict Check(ExcellentShareTally tally, ExcellentShareRule rule, QualityRating? unitRating = null)
    {
        int baseCount = rule.Base switch
        {
            ExcellentShareBase.Good => tally.Good,
            ExcellentShareBase.AllRated => tally.Rated,
            _ => tally.Good + tally.Excellent,
        };
        bool exceptional = rule.IsExceptional(unitRating);
        decimal cap = exceptional ? rule.ExceptionalCapPercent : rule.CapPercent;
        return new ExcellentShareVerdict(tally.Excellent, baseCount, rule.Base, cap, exceptional, rule.Rounding.ShareOf(baseCount, cap));
    }
}
