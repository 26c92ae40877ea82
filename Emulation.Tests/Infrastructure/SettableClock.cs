namespace Emulation.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
