using System.Runtime.InteropServices;

namespace Emulation.Domain.Common;

/// <summary>Reading the engine's input lists in hot loops without an interface call per item.</summary>
internal static class ReadOnlyLists
{
    /// <summary>
    /// The items as a span: arrays and lists (what callers pass) are read in place; any other list is copied once.
    /// </summary>
    public static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> items) => items switch
    {
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list),
        _ => items.ToArray(),
    };
}
