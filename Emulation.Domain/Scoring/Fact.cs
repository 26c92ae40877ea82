namespace Emulation.Domain.Scoring;

/// <summary>A fact a condition was decided on, e.g. ("rating", "Excellent"). Values are invariant text.</summary>
public readonly record struct Fact(string Name, string Value)
{
    public string Display(string culture) => FactValues.Localize(Value, culture);
}
