using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<(string What, string Culture, string UiCulture), MarkupString>> _madeFrom = new();

    /// <summary>The markup only: user text inside it must already be encoded by whoever built it.</summary>
    public MarkupString Share(string markup)
    {
        if (_texts.Count >= Capacity)
        {
            _texts.Clear();
        }

        return new MarkupString(_texts.GetOrAdd(markup, markup));
    }

    /// <summary>
    /// The markup <paramref name="make"/> draws from <paramref name="source"/> in the current cultures, drawn once for
    /// each source, kind and cultures and kept as long as the source: for data that does not change once made (what a
    /// kept evaluation shows on every view), so a kept markup is never stale. <paramref name="what"/> names the drawing.
    /// </summary>
    public MarkupString MadeFrom<T>(T source, string what, Func<T, string> make) where T : class
    {
        ArgumentNullException.ThrowIfNull(make);
        return _madeFrom.GetValue(source, _ => new())
            .GetOrAdd((what, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name), _ => Share(make(source)));
    }
}
