using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Extensions;

namespace Emulation.Web.Startup;

/// <summary>
/// A page's number in the address that cannot be read (<c>?page=abc</c>, <c>?year=99999999999</c>, <c>?page=1e308</c>)
/// makes Blazor throw while it sets the page's parameters, and the page shows its error instead of its content. Such a
/// value is dropped: a GET is sent on to the same address without it, as if it had not been given (the page's default).
/// </summary>
internal static class UnreadableQueryValues
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Func<string, bool>>> ReadersOfPage = new();

    /// <summary>How Blazor reads each type it supplies from the query (invariant culture), by the parameter's type.</summary>
    private static readonly Dictionary<Type, Func<string, bool>> Readers = new()
    {
        [typeof(int)] = v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        [typeof(long)] = v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        [typeof(decimal)] = v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        [typeof(double)] = v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        [typeof(float)] = v => float.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        [typeof(bool)] = v => bool.TryParse(v, out _),
        [typeof(Guid)] = v => Guid.TryParse(v, CultureInfo.InvariantCulture, out _),
        [typeof(DateOnly)] = v => DateOnly.TryParse(v, CultureInfo.InvariantCulture, out _),
        [typeof(DateTime)] = v => DateTime.TryParse(v, CultureInfo.InvariantCulture, out _),
        [typeof(TimeOnly)] = v => TimeOnly.TryParse(v, CultureInfo.InvariantCulture, out _),
    };

    public static IApplicationBuilder UseUnreadableQueryValuesDropped(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) && request.QueryString.HasValue &&
                context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page)
            {
                var readers = ReadersOfPage.GetOrAdd(page.Type, ReadersOf);
                var unreadable = request.Query.Where(pair => readers.TryGetValue(pair.Key, out var read) &&
                    pair.Value.Any(value => !string.IsNullOrEmpty(value) && !read(value))).Select(pair => pair.Key).ToHashSet();
                if (unreadable.Count > 0)
                {
                    var kept = new QueryBuilder(request.Query.Where(pair => !unreadable.Contains(pair.Key)));
                    context.Response.Redirect(request.PathBase + request.Path + kept.ToQueryString());
                    return;
                }
            }

            await next(context);
        });

    /// <summary>The page's query parameters of a type Blazor must read, by name (case-insensitive, as Blazor matches them).</summary>
    private static IReadOnlyDictionary<string, Func<string, bool>> ReadersOf(Type page)
    {
        var readers = new Dictionary<string, Func<string, bool>>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var type = property.PropertyType.IsArray ? property.PropertyType.GetElementType()! : property.PropertyType;
            if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query &&
                Readers.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var read))
            {
                readers[query.Name ?? property.Name] = read;
            }
        }

        return readers;
    }
}
