using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>The share of ALL council members whose "yes" a title needs (Decree 98/2023 Art. 30(7)).</summary>
/// <param name="Strict">True for "more than" (simple majority), false for "at least".</param>
public sealed record VoteThreshold(Title Title, Fraction ShareOfAllMembers, bool Strict = false);
