namespace Emulation.Domain.Common;

/// <summary>
/// How many digits a stored number has (precision) and how many of them follow the point (scale): the database's
/// decimal columns are declared with them and every input is held to them, so that a number is refused alike on every
/// provider rather than rounded by one and kept whole by another.
/// </summary>
public static class DecimalLimits
{
    /// <summary>Figures: targets, results, points, weights.</summary>
    public const int FigurePrecision = 18;

    public const int FigureScale = 4;

    /// <summary>A campaign's quota of a title, in percent (at most 100.00).</summary>
    public const int PercentPrecision = 5;

    public const int PercentScale = 2;

    /// <summary>Sums of money in đồng, whole.</summary>
    public const int MoneyPrecision = 18;

    public const int MoneyScale = 0;
}
