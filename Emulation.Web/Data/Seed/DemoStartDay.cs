using Emulation.Web.Services;

namespace Emulation.Web.Data.Seed;

/// <summary>
/// The day a demo is seeded as if first started on, from <c>Emulation:DemoStartDay</c>: for a run that must find the
/// same demo whatever the calendar says (the test suite, whose cases name the demo's year). Without the setting the
/// demo starts on the day it is really started (<see cref="DemoSchedule"/>).
/// </summary>
public sealed class DemoStartDay(DateOnly day) : TimeProvider
{
    public const string Key = "Emulation:DemoStartDay";

    /// <summary>Nine in the morning of the day at the office.</summary>
    public override DateTimeOffset GetUtcNow() =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), OfficeTime.Offset).ToUniversalTime();

    /// <summary>The clock the demo is seeded by: the configured day's, else <paramref name="clock"/>.</summary>
    public static TimeProvider Or(IConfiguration configuration, TimeProvider clock) =>
        configuration.GetValue<DateOnly?>(Key) is { } configured ? new DemoStartDay(configured) : clock;
}
