using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>A title's cash reward as a multiple of the base salary (never an amount), with the article that sets it.</summary>
public sealed record CashMultiplier(Title Title, decimal Multiplier, string Article = "");
