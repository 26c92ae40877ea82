using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>
/// What every amount decided on one day shares: the base salary then in force (with the decree that set it), and the
/// rounding up to <see cref="RoundUpTo"/> đồng with the article that requires it.
/// </summary>
public sealed record CashBasis(BaseSalary BaseSalary, decimal RoundUpTo, string RoundingArticle);

/// <summary>
/// How an award's cash was reached, as data: the multiplier and its article, the <see cref="CashBasis"/> of the decision
/// date, the exact product and the amount after rounding. The web layer words it where the amount is shown.
/// </summary>
public sealed record CashBreakdown(Title Title, decimal Multiplier, string MultiplierArticle, CashBasis Basis, decimal ExactVnd,
    decimal AmountVnd)
{
    /// <summary>Whether the rounding changed the amount (0.3 × 2,340,000 = 702,000, paid as 710,000).</summary>
    public bool Rounded => AmountVnd != ExactVnd;
}
