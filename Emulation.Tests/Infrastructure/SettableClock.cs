namespace Emulation.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>A clock at <paramref name="hour"/> o'clock, office time, on <paramref name="day"/>.</summary>
    public static SettableClock OnOfficeDay(DateOnly day, int hour = 9) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), Emulation.Web.Services.OfficeTime.Offset));
}
