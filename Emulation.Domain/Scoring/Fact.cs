namespace Emulation.Domain.Scoring;

/// <summary>
/// A fact a condition was decided on, e.g. ("rating", "Excellent"). Values are invariant text: numbers with a point,
/// dates as yyyy-MM-dd, enum names, "yes"/"no" (<see cref="FactValues"/>); the web layer displays them.
/// </summary>
public readonly record struct Fact(string Name, string Value);
