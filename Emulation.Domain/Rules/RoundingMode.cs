namespace Emulation.Domain.Rules;

/// <summary>How a quota's fractional head count becomes a whole number of awards.</summary>
public enum RoundingMode
{
    Down,
    Up,
    Nearest,
}

public static class RoundingModes
{
    /// <summary><paramref name="percent"/>% of <paramref name="count"/>, made a whole number the way <paramref name="mode"/> says.</summary>
    public static int ShareOf(this RoundingMode mode, int count, decimal percent)
    {
        decimal exact = count * percent / 100m;
        decimal rounded = mode switch
        {
            RoundingMode.Up => Math.Ceiling(exact),
            RoundingMode.Nearest => Math.Round(exact, MidpointRounding.AwayFromZero),
            _ => Math.Floor(exact),
        };
        return (int)rounded;
    }
}
