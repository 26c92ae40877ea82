using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>Cash rewards: multipliers per title and the base salary by effective date.</summary>
public sealed record CashRules
{
    public IReadOnlyList<CashMultiplier> Multipliers { get; init; } = [];
    public IReadOnlyList<BaseSalary> BaseSalaries { get; init; } = [];

    /// <summary>
    /// The amount after multiplying by the base salary is rounded up to this many đồng: tens of thousands (Decree 98/2023
    /// Art. 53(2), as Decree 91/2017 Art. 68(2) before it); 0 or 1 keeps whole đồng. A set stored before it existed reads the default.
    /// </summary>
    public decimal RoundUpTo { get; init; } = 10_000m;

    /// <summary>The provision the rounding is taken from, named with the amount.</summary>
    public string RoundingArticle { get; init; } = LegalArticles.CashRounding;

    public decimal? MultiplierFor(Title title) => Multipliers.FirstOrDefault(m => m.Title == title)?.Multiplier;

    /// <summary>The base salary in force on <paramref name="date"/>, or null before the first one.</summary>
    public BaseSalary? BaseSalaryOn(DateOnly date) =>
        BaseSalaries.Where(b => b.EffectiveFrom <= date).MaxBy(b => b.EffectiveFrom);

    /// <summary>
    /// Multiplier × base salary on the decision date (Decree 98/2023 Art. 53(1)), rounded up to <see cref="RoundUpTo"/>
    /// đồng (Art. 53(2): 0.3 × 2,340,000 = 702,000 is paid as 710,000); null if either is unknown.
    /// </summary>
    public decimal? AmountFor(Title title, DateOnly decisionDate) => Explain(title, decisionDate)?.AmountVnd;

    /// <summary>The base salary and rounding that apply to amounts decided on <paramref name="decisionDate"/>; null before any base salary.</summary>
    public CashBasis? BasisOn(DateOnly decisionDate) =>
        BaseSalaryOn(decisionDate) is { } salary ? new CashBasis(salary, RoundUpTo, RoundingArticle) : null;

    /// <summary>The amount of <see cref="AmountFor"/> with every figure and article it came from; null if it has none.</summary>
    public CashBreakdown? Explain(Title title, DateOnly decisionDate)
    {
        var multiplier = Multipliers.FirstOrDefault(m => m.Title == title);
        if (multiplier is null || BasisOn(decisionDate) is not { } basis)
        {
            return null;
        }

        decimal exact = Math.Round(multiplier.Multiplier * basis.BaseSalary.AmountVnd, 0, MidpointRounding.AwayFromZero);
        decimal amount = RoundUpTo > 1m ? Math.Ceiling(exact / RoundUpTo) * RoundUpTo : exact;
        return new CashBreakdown(title, multiplier.Multiplier, multiplier.Article, basis, exact, amount);
    }
}
