using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// Keeps one copy of a markup text that many circuits show at the same time (a campaign's review charts for
/// everyone who has the dashboard open), so that each circuit holds a reference rather than its own copy.
/// </summary>
public sealed class SharedMarkup
{
    /// <summary>Enough for every campaign under review in both languages; past it the cache starts again.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The markup only: user text inside it must already be encoded by whoever built it.</summary>
    public MarkupString Share(string markup)
    {
        if (_texts.Count >= Capacity)
        {
            _texts.Clear();
        }

        return new MarkupString(_texts.GetOrAdd(markup, markup));
    }
}
