using System.Text.Json;
using System.Text.Json.Serialization;
using Emulation.Domain.Common;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Api;

/// <summary>
/// The API's JSON: its serializer options, the cap on a request body, and 400 problems naming fields. The framework
/// binds bodies and checks their fields (<see cref="ApiFieldAttribute"/>); malformed JSON, wrong types and unknown
/// enum names reach <see cref="ApiExceptionHandler"/>, which names the field the reader stopped at
/// (<c>criteria[2].maxPoints</c>). What needs the database or the domain is checked by the endpoint into
/// <see cref="FieldErrors"/>.
/// </summary>
internal static class ApiJson
{
    /// <summary>
    /// Larger bodies are refused: by their <c>Content-Length</c> before anything is read, and whatever they declare
    /// (a chunked body declares nothing), by the bytes actually read, which never go past this.
    /// </summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// camelCase names, enums as camelCase strings (never numbers), no duplicate keys, no comments, and no member the
    /// request does not have: a misspelt or miscased field (<c>signerPositon</c>, <c>NominationIds</c>) is a 400 naming
    /// it, never silently dropped while the rest is saved.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = false;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    /// <summary>
    /// Reads an API request's body into memory before the endpoint binds it, refusing it (false) as soon as it has
    /// more than <see cref="MaxBodyBytes"/>: by its <c>Content-Length</c> before anything is read, else by the bytes
    /// actually read (a chunked body declares nothing). The framework's JSON reader then reads the copy.
    /// </summary>
    public static async Task<bool> BufferBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return true;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return false;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return false;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own cap on the body (set for /api in UseEmulationApi) ends the read the same way.
            return false;
        }

        request.Body = new MemoryStream(buffer.ToArray(), writable: false);
        request.ContentLength = buffer.Length;
        return true;
    }

    /// <summary>One field's error: <paramref name="key"/> is the text's key in the shared resources.</summary>
    public static LocalizedProblem Invalid(string field, string key, params object[] args)
    {
        var errors = new FieldErrors();
        errors.Add(field, key, args);
        return Invalid(errors);
    }

    public static LocalizedProblem Invalid(FieldErrors errors) => new(errors);

    /// <summary>
    /// Domain errors as a validation problem; <paramref name="fieldOf"/> names the field each concerns. Someone else
    /// saving first is no bad input but a clash the caller resolves by reading again, answered as every lost race is
    /// (<see cref="ApiPreconditions.StateRefusal"/>: 412 when the caller named a version, else 409).
    /// </summary>
    public static LocalizedProblem Invalid(HttpContext context, IReadOnlyList<DomainError> errors, Func<DomainError, string> fieldOf)
    {
        if (ApiPreconditions.StateRefusal(context, errors) is { } clash)
        {
            return clash;
        }

        var fields = new FieldErrors();
        foreach (var error in errors)
        {
            fields.Add(fieldOf(error), error);
        }

        return Invalid(fields);
    }

    /// <summary>404 with the detail under <paramref name="key"/> (<c>Api.NotFound.Unit</c> with the unit's code).</summary>
    public static LocalizedProblem NotFound(string key, params object[] args) => ApiProblems.NotFound(key, args);

    /// <summary><c>$.criteria[2].maxPoints</c> → <c>criteria[2].maxPoints</c>.</summary>
    public static string FieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}

/// <summary>
/// Field errors collected while checking a request, keyed by the field's path. Messages are kept as resource keys
/// (<c>Api.Field.*</c>) or domain errors and put into words only when the answer is written, in the caller's language.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<Func<IStringLocalizer, string>>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string key, params object[] args) => Add(field, l => l[key, args]);

    /// <summary>A domain error as <c>code: text</c>, so a program can read the code and a person the text.</summary>
    public void Add(string field, DomainError error) => Add(field, l => $"{error.Code}: {l.Describe(error)}");

    public void Required(string field, object? value)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s))
        {
            Add(field, RequiredKey);
        }
    }

    /// <summary>
    /// Required text of at most <paramref name="maxLength"/> characters, clean by the domain's <see cref="CleanText"/>
    /// rule (line breaks and tabs only where <paramref name="multiLine"/>).
    /// </summary>
    public void Text(string field, string? value, int maxLength, bool required = true, bool multiLine = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, RequiredKey);
            }

            return;
        }

        if (value.Trim().Length > maxLength)
        {
            Add(field, "Api.Field.MaxLength", maxLength);
        }

        if (CleanText.Refusal(value, multiLine) is { } unclean)
        {
            Add(field, unclean);
        }
    }

    /// <summary><see cref="Text"/> for a unit's or a person's code, which is part of addresses (<see cref="CleanText.CodeRefusal"/>).</summary>
    public void Code(string field, string? value, int maxLength)
    {
        Text(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && CleanText.IsClean(value) && CleanText.CodeRefusal(value) is { } refused)
        {
            Add(field, refused);
        }
    }

    public void Range(string field, decimal? value, decimal min, decimal max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, RequiredKey);
            }

            return;
        }

        if (value < min || value > max)
        {
            Add(field, BetweenKey, min, max);
        }
    }

    public const string RequiredKey = "Api.Field.Required";
    public const string BetweenKey = "Api.Field.Between";

    public Dictionary<string, string[]> ToDictionary(IStringLocalizer localizer) =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(text => text(localizer)).ToArray(), StringComparer.Ordinal);

    private void Add(string field, Func<IStringLocalizer, string> text)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(text);
    }
}
