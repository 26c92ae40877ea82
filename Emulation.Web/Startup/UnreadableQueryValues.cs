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

    /// <summary>
    /// The values of the address an endpoint's handler could not read (<c>?year=abc</c>, <c>?title=nothing</c>), by its
    /// parameters' names: the framework answers them with an empty 400 that names nothing.
    /// </summary>
    public static IReadOnlyList<string> OfEndpoint(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        IEnumerable<ParameterInfo> parameters =
            metadata?.GetOrderedMetadata<Microsoft.AspNetCore.Http.Metadata.IParameterBindingMetadata>() is { Count: > 0 } bound
                ? bound.Select(b => b.ParameterInfo)
                : metadata?.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        var names = new List<string>();
        foreach (var parameter in parameters)
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            Func<string, bool>? read = type.IsEnum ? v => Enum.TryParse(type, v, ignoreCase: true, out _) : Readers.GetValueOrDefault(type);
            if (parameter.Name is { } name && read is not null && context.Request.Query.TryGetValue(name, out var values) &&
                values.Any(value => !string.IsNullOrEmpty(value) && !read(value)))
            {
                names.Add(name);
            }
        }

        return names;
    }

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
