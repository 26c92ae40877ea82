namespace Emulation.Tests.Infrastructure;

/// <summary>
/// Base for test classes whose tests share one migrated, seeded app (<see cref="AppFixture"/>): each test only reads,
/// is refused, or writes to data of its own (a campaign, unit or person it creates), so no test's data changes another's
/// assertion. Tests of a class run one after another; a class that needs a fresh database per test (counts of all rows,
/// the seeded state after a change, a clock or settings of its own) derives from <see cref="FreshAppTests"/> instead.
/// </summary>
public abstract class SharedAppTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    protected EmulationAppFactory App => fixture.App;

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
