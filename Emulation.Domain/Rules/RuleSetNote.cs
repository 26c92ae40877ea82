namespace Emulation.Domain.Rules;

/// <summary>
/// A note on one setting of a rule set compared with another: <paramref name="Setting"/> is its path (e.g.
/// <c>Individuals.MeritInitiatives</c>; <c>[]</c> stands for every element of a list), <paramref name="Basis"/> the
/// article or reason.
/// </summary>
public sealed record RuleSetNote(string Setting, string Basis);
