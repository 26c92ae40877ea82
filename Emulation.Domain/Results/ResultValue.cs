namespace Emulation.Domain.Results;

/// <summary>The value a unit achieved on one criterion.</summary>
public sealed record ResultValue(string CriterionCode, decimal Value);
