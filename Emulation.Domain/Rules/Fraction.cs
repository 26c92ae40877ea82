namespace Emulation.Domain.Rules;

/// <summary>An exact share such as 2/3 or 9/10, compared without rounding.</summary>
public sealed record Fraction(int Numerator, int Denominator)
{
    public static Fraction TwoThirds { get; } = new(2, 3);
    public static Fraction FourFifths { get; } = new(4, 5);
    public static Fraction NineTenths { get; } = new(9, 10);
    public static Fraction Half { get; } = new(1, 2);

    public bool IsValid => Denominator > 0 && Numerator >= 0 && Numerator <= Denominator;

    /// <summary>Whether <paramref name="count"/> out of <paramref name="total"/> reaches this share (≥, or &gt; when strict).</summary>
    public bool IsReachedBy(long count, long total, bool strict = false)
    {
        long left = count * Denominator;
        long right = total * Numerator;
        return strict ? left > right : left >= right;
    }

    /// <summary>The smallest count out of <paramref name="total"/> that reaches this share.</summary>
    public long MinimumCount(long total, bool strict = false)
    {
        long product = total * Numerator;
        long quotient = product / Denominator;
        bool exact = product % Denominator == 0;
        return exact ? (strict ? quotient + 1 : quotient) : quotient + 1;
    }

    public override string ToString() => $"{Numerator}/{Denominator}";
}
