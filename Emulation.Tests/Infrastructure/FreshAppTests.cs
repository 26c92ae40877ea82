namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Base for test classes whose tests change data: each test gets its own migrated, seeded app, on the system clock or on
/// a <see cref="SettableClock"/> the test moves.
/// </summary>
public abstract class FreshAppTests(SettableClock? clock, params (string Key, string Value)[] settings) : IAsyncLifetime
{
    protected FreshAppTests(params (string Key, string Value)[] settings)
        : this(null, settings)
    {
    }

    protected EmulationAppFactory App { get; } = new(settings) { Clock = clock };

    /// <summary>The app's clock, for a class that gave one.</summary>
    protected SettableClock Clock => clock ?? throw new InvalidOperationException("This class's app runs on the system clock.");

    public virtual ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
