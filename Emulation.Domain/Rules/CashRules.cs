using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>Cash rewards: multipliers per title and the base salary by effective date.</summary>
public sealed record CashRules
{
    public IReadOnlyList<CashMultiplier> Multipliers { get; init; } = [];
    public IReadOnlyList<BaseSalary> BaseSalaries { get; init; } = [];

    public decimal? MultiplierFor(Title title) => Multipliers.FirstOrDefault(m => m.Title == title)?.Multiplier;

    /// <summary>The base salary in force on <paramref name="date"/>, or null before the first one.</summary>
    public BaseSalary? BaseSalaryOn(DateOnly date) =>
        BaseSalaries.Where(b => b.EffectiveFrom <= date).MaxBy(b => b.EffectiveFrom);

    /// <summary>Multiplier × base salary on the decision date, rounded to whole đồng; null if either is unknown.</summary>
    public decimal? AmountFor(Title title, DateOnly decisionDate)
    {
        decimal? multiplier = MultiplierFor(title);
        BaseSalary? salary = BaseSalaryOn(decisionDate);
        return multiplier is null || salary is null
            ? null
            : Math.Round(multiplier.Value * salary.AmountVnd, 0, MidpointRounding.AwayFromZero);
    }
}
