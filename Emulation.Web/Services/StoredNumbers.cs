using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;

namespace Emulation.Web.Services;

/// <summary>
/// Whether a number fits the column it is stored in (<see cref="DecimalLimits"/>): SQL Server refuses a number with too
/// many digits before the point and rounds one with too many after it, SQLite keeps either; both are refused here,
/// before anything is saved, naming the item (a criterion's code, a title).
/// </summary>
public static class StoredNumbers
{
    public const string Code = "number.too_many_digits";

    public static bool Fits(decimal value, int precision, int scale) =>
        decimal.Round(value, scale) == value && Math.Abs(decimal.Truncate(value)) < PowerOfTen(precision - scale);

    public static bool FitsFigure(decimal value) => Fits(value, DecimalLimits.FigurePrecision, DecimalLimits.FigureScale);

    public static bool FitsPercent(decimal value) => Fits(value, DecimalLimits.PercentPrecision, DecimalLimits.PercentScale);

    /// <summary>The refusal of <paramref name="item"/>'s number: at most so many digits before the point and so many after.</summary>
    public static DomainError TooManyDigits(string item, int precision, int scale) =>
        new(Code, $"{item}: at most {precision - scale} digits before the point and {scale} after it.", item)
        {
            Facts = DomainError.FactsOf(("whole", precision - scale), ("decimals", scale)),
        };

    /// <summary>The refusal of a figure (a target, a result, a scoring table's number) of <paramref name="item"/>.</summary>
    public static DomainError FigureTooLong(string item) => TooManyDigits(item, DecimalLimits.FigurePrecision, DecimalLimits.FigureScale);

    /// <summary>The figures of <paramref name="values"/> (a pledge's targets, a unit's results) that do not fit, by code.</summary>
    public static List<DomainError> FigureRefusals(IEnumerable<KeyValuePair<string, decimal?>> values) =>
        [.. values.Where(v => v.Value is { } n && !FitsFigure(n))
            .Select(v => FigureTooLong(v.Key))];

    /// <summary>The numbers of a scoring table that do not fit: points, weights, points per unit and bands' figures.</summary>
    public static List<DomainError> TableRefusals(IEnumerable<Criterion> criteria) =>
        [.. criteria.Where(c => !FitsFigure(c.MaxPoints) || !FitsFigure(c.Weight) || !FitsFigure(c.PointsPerUnit) ||
                c.Bands.Any(b => !FitsFigure(b.MinRatio) || !FitsFigure(b.ShareOfMax)))
            .Select(c => FigureTooLong(c.Code))];

    /// <summary>The numbers of a campaign that do not fit: its table's and its titles' quotas.</summary>
    public static List<DomainError> CampaignRefusals(Campaign campaign) =>
        [.. TableRefusals(campaign.Criteria), .. campaign.OfferedTitles.Select(t => QuotaRefusal(t.Title.ToString(), t.QuotaPercent)).OfType<DomainError>()];

    /// <summary>A title's quota that does not fit its column (at most 100.00 percent, two decimals), or null.</summary>
    public static DomainError? QuotaRefusal(string title, decimal? percent) =>
        percent is { } p && !FitsPercent(p) ? TooManyDigits(title, DecimalLimits.PercentPrecision, DecimalLimits.PercentScale) : null;

    private static decimal PowerOfTen(int exponent)
    {
        var power = 1m;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10m;
        }

        return power;
    }
}
