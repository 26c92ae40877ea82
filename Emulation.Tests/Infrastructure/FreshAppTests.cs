namespace Emulation.Tests.Infrastructure;

/// <summary>Base for test classes whose tests change data: each test gets its own migrated, seeded app.</summary>
public abstract class FreshAppTests(params (string Key, string Value)[] settings) : IAsyncLifetime
{
    protected EmulationAppFactory App { get; } = new(settings);

    public virtual ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
