namespace Emulation.Tests.Infrastructure;

/// <summary>One migrated, seeded app shared by the tests of a class that only read, or write to their own rows.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public EmulationAppFactory App { get; } = new();

    public ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
