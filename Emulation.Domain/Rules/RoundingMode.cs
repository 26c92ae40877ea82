namespace Emulation.Domain.Rules;

/// <summary>How a quota's fractional head count becomes a whole number of awards.</summary>
public enum RoundingMode
{
    Down,
    Up,
    Nearest,
}
