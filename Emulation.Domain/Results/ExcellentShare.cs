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
        int excellent = 0, good = 0, rated = 0;
        foreach (var rating in ratings)
        {
            if (rating == QualityRating.NotRated)
            {
                continue;
            }

            rated++;
            excellent += rating == QualityRating.Excellent ? 1 : 0;
            good += rating == QualityRating.Good ? 1 : 0;
        }

        int baseCount = rule.Base switch
        {
            ExcellentShareBase.Good => good,
            ExcellentShareBase.AllRated => rated,
            _ => good + excellent,
        };
        bool exceptional = rule.IsExceptional(unitRating);
        decimal cap = exceptional ? rule.ExceptionalCapPercent : rule.CapPercent;
        return new ExcellentShareVerdict(excellent, baseCount, rule.Base, cap, exceptional, rule.Rounding.ShareOf(baseCount, cap));
    }
}
