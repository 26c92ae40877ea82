using System.Globalization;

namespace Emulation.Tests.Infrastructure;

/// <summary>Reads through a service as a reader of one language does (the app sets both cultures per request or circuit).</summary>
internal static class Cultures
{
    /// <summary>
    /// Runs <paramref name="read"/> under <paramref name="culture"/>; the test's own culture is untouched afterwards, as
    /// what an async method sets does not flow back to its caller.
    /// </summary>
    public static async Task<T> ReadInAsync<T>(string culture, Func<Task<T>> read)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return await read();
    }
}
