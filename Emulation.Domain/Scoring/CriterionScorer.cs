using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Scoring;

/// <summary>Scores one criterion from a reported value and pledged target. Input is validated beforehand.</summary>
public static class CriterionScorer
{
    /// <summary>With lower-is-better criteria a zero result is the best possible; its ratio is reported as this.</summary>
    public const decimal BestRatio = 10m;

    public static ScoreLine Score(Criterion criterion, decimal? value, decimal? target) =>
        Score(criterion, WeightedMaximum(criterion), value, target);

    /// <summary>The line's maximum: weighted, negative for a penalty. The same for every unit, so computed once per criterion.</summary>
    internal static decimal WeightedMaximum(Criterion criterion)
    {
        decimal max = Normalize(criterion.MaxPoints * criterion.Weight);
        return criterion.Kind == CriterionKind.Penalty ? -max : max;
    }

    /// <param name="max">The criterion's <see cref="WeightedMaximum"/>.</param>
    internal static ScoreLine Score(Criterion criterion, decimal max, decimal? value, decimal? target)
    {
        var figures = Figures(criterion, value, target, out decimal? ratio);
        return new ScoreLine(criterion, figures.Value, target, ratio, figures.Points, max, figures.Status);
    }

    /// <summary>The points and status of one criterion; <paramref name="ratio"/> is the achievement ratio (null without a value or target).</summary>
    internal static LineFigures Figures(Criterion criterion, decimal? value, decimal? target, out decimal? ratio)
    {
        if (value is not { } v)
        {
            // Only a scored criterion can be missing; a bonus or penalty line the unit did not report scores 0.
            ratio = null;
            return new LineFigures(null, target, 0m, criterion.Kind == CriterionKind.Scored ? LineStatus.Missing : LineStatus.NotReported);
        }

        ratio = criterion.NeedsTarget && target is { } t ? Ratio(criterion.Direction, v, t) : null;
        (decimal raw, bool capped) = Raw(criterion, v, ratio);
        decimal points = Normalize(Math.Round(raw * criterion.Weight, 2, MidpointRounding.AwayFromZero));
        if (criterion.Kind == CriterionKind.Penalty)
        {
            points = -points;
        }

        return new LineFigures(v, target, points, capped ? LineStatus.Capped : LineStatus.Scored);
    }

    /// <summary>Drops trailing zeros (48.00 → 48) so explanations read naturally; the value is unchanged.</summary>
    /// <remarks>
    /// Dividing by one with 28 decimal places strips them, but decimal division is slow; the usual values (a
    /// mantissa under 2^64) are stripped digit by digit instead, with the same result, scale and sign.
    /// </remarks>
    public static decimal Normalize(decimal value)
    {
        byte scale = value.Scale;
        if (scale == 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        ulong mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] != 0 || mantissa == 0)
        {
            return value / 1.000000000000000000000000000000000m;
        }

        if (mantissa % 10 != 0)
        {
            return value;
        }

        do
        {
            mantissa /= 10;
            scale--;
        }
        while (scale > 0 && mantissa % 10 == 0);

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, bits[3] < 0, scale);
    }

    /// <summary>
    /// A higher-is-better ratio is reported up to this (a result a million times its target): above it the division
    /// of a huge value by a tiny target would overflow, and no band or proportion tells such ratios apart.
    /// </summary>
    public const decimal MaxRatio = 1_000_000m;

    /// <remarks>Compared before dividing: a tiny divisor (a value or target of 10⁻²⁷) must cap the ratio, not overflow.</remarks>
    public static decimal Ratio(CriterionDirection direction, decimal value, decimal target)
    {
        if (direction == CriterionDirection.HigherIsBetter)
        {
            return target == 0m ? BestRatio
                : target <= decimal.MaxValue / MaxRatio && value >= target * MaxRatio ? MaxRatio
                : value / target;
        }

        return value == 0m || (value <= decimal.MaxValue / BestRatio && target >= BestRatio * value) ? BestRatio : target / value;
    }

    private static (decimal Raw, bool Capped) Raw(Criterion criterion, decimal value, decimal? ratio)
    {
        decimal max = criterion.MaxPoints;
        switch (criterion.Method)
        {
            case ScoringMethod.ProportionalToTarget:
                decimal r = ratio ?? 0m;
                return r >= 1m ? (max, r > 1m) : (max * r, false);
            case ScoringMethod.Bands:
                decimal rb = ratio ?? 0m;
                ScoreBand? band = null;
                foreach (var b in criterion.Bands)
                {
                    if (rb >= b.MinRatio && (band is null || b.MinRatio > band.MinRatio))
                    {
                        band = b;
                    }
                }

                return (band is null ? 0m : max * band.ShareOfMax, false);
            case ScoringMethod.YesNo:
                return (value >= 1m ? max : 0m, false);
            case ScoringMethod.CouncilPoints:
                return value > max ? (max, true) : (value, false);
            default:
                decimal raw = value * criterion.PointsPerUnit;
                return raw > max ? (max, true) : (raw, false);
        }
    }
}
