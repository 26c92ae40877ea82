using System.Text.Json;
using System.Text.Json.Serialization;
using Emulation.Domain.Common;
using Emulation.Web.Services;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Api;

/// <summary>
/// Reading request bodies and answering with problem details. Bodies are read here rather than by the framework's
/// binder so that malformed JSON, wrong types and unknown enum names become 400 problem details naming the field
/// (<c>criteria[2].maxPoints</c>) instead of an empty 400 or an exception.
/// </summary>
internal static class ApiJson
{
    /// <summary>Larger bodies are refused before they are parsed.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>camelCase names, enums as camelCase strings (never numbers), no duplicate keys, no comments.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = false;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context) where T : class
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return (null, Invalid("$", "The body must be JSON (Content-Type: application/json)."));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, Invalid("$", $"The body is larger than {MaxBodyBytes} bytes."));
        }

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, context.RequestAborted);
            return value is null ? (null, Invalid("$", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(FieldPath(e.Path), "The value is not valid JSON for this field (wrong type, unknown name or malformed)."));
        }
        catch (NotSupportedException)
        {
            return (null, Invalid("$", "The body cannot be read as this resource."));
        }
        catch (BadHttpRequestException e)
        {
            return (null, Invalid("$", e.Message));
        }
    }

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Invalid(FieldErrors errors) => TypedResults.ValidationProblem(errors.ToDictionary());

    /// <summary>Domain errors as a validation problem; <paramref name="fieldOf"/> names the field each concerns.</summary>
    public static IResult Invalid(IEnumerable<DomainError> errors, Func<DomainError, string> fieldOf)
    {
        // Someone else saved first: not bad input but a clash the caller resolves by reading again.
        if (errors.FirstOrDefault(e => e.Code == ConcurrencyErrors.Code) is { } clash)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                detail: $"{clash.Code}: {clash.Message}");
        }

        var fields = new FieldErrors();
        foreach (var error in errors)
        {
            fields.Add(fieldOf(error), $"{error.Code}: {error.Message}");
        }

        return Invalid(fields);
    }

    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: what);

    /// <summary><c>$.criteria[2].maxPoints</c> → <c>criteria[2].maxPoints</c>.</summary>
    private static string FieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}

/// <summary>Field errors collected while checking a request, keyed by the field's path.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Required(string field, object? value)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s))
        {
            Add(field, "The field is required.");
        }
    }

    /// <summary>Required text of at most <paramref name="maxLength"/> characters.</summary>
    public void Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "The field is required.");
            }

            return;
        }

        if (value.Trim().Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }
    }

    public void Range(string field, decimal? value, decimal min, decimal max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "The field is required.");
            }

            return;
        }

        if (value < min || value > max)
        {
            Add(field, $"Must be between {min} and {max}.");
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
