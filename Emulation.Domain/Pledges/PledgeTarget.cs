namespace Emulation.Domain.Pledges;

/// <summary>The value a unit pledges to reach on one criterion.</summary>
public sealed record PledgeTarget(string CriterionCode, decimal Target);
