using System.Collections.Concurrent;

namespace Emulation.Tests.Infrastructure;

/// <summary>One migrated, seeded app shared by the tests of a class that only read, or write to their own rows.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _signedIn = new(StringComparer.Ordinal);

    public EmulationAppFactory App { get; } = new();

    public ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A cookie client signed in as <paramref name="userName"/>, one per user for the whole class: for tests that only
    /// read pages as that user, where signing in again for each request would cost more than the request.
    /// </summary>
    public Task<HttpClient> SignedInAsync(string userName) =>
        _signedIn.GetOrAdd(userName, name => new Lazy<Task<HttpClient>>(() => App.SignedInClientAsync(name))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values.Where(c => c.IsValueCreated))
        {
            (await client.Value).Dispose();
        }

        await App.DisposeAsync();
    }
}
