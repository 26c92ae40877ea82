using System.Collections.Concurrent;

namespace CircuitLoad;

/// <summary>Counts which JavaScript functions the server asked the (pretend) browser to run, across all circuits.</summary>
public sealed class JsCallLog
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public void Record(string identifier) => _calls.AddOrUpdate(identifier, 1, (_, n) => n + 1);

    public IReadOnlyList<KeyValuePair<string, int>> MostCalled() =>
        [.. _calls.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)];
}
