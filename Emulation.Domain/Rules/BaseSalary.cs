namespace Emulation.Domain.Rules;

/// <summary>The base salary (lương cơ sở) in VND from a date on.</summary>
public sealed record BaseSalary(DateOnly EffectiveFrom, decimal AmountVnd, string Source);
