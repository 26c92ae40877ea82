using Emulation.Web.Data.Auditing;

namespace Emulation.Web.Services.Audit;

/// <summary>The viewer's filters; dates are whole days at the office's offset, both ends included. Pages count from 0.</summary>
public sealed record AuditQuery(string? UserName = null, string? Entity = null, DateOnly? From = null, DateOnly? To = null,
    int Page = 0, int PageSize = 25);

public sealed record AuditRow(long Id, DateTime At, string UserName, string Entity, string EntityKey, AuditAction Action,
    string? Before, string? After)
{
    /// <summary>The enum type's name of each field that holds one ("Status" → "CampaignStatus"), so the page words it.</summary>
    public IReadOnlyDictionary<string, string> EnumFields { get; init; } = new Dictionary<string, string>();

    /// <summary>The stored values read back field by field, in the order they were recorded, before beside after.</summary>
    public IReadOnlyList<AuditChange> Changes => AuditChange.Read(Before, After, EnumFields);
}

/// <summary>
/// One field of an audited row: its property name (<c>FullName</c>) and its value before and after as text, with
/// JSON's escapes undone (<c>\u1EC7</c> reads "ệ"); <see cref="Flag"/> is set for yes/no values the page words, and
/// <see cref="EnumType"/> names the enum of a field that holds one, whose labels the page shows.
/// </summary>
public sealed record AuditChange(string Field, string? Before, string? After, bool Flag = false, string? EnumType = null)
{
    public static IReadOnlyList<AuditChange> Read(string? before, string? after,
        IReadOnlyDictionary<string, string>? enumFields = null)
    {
        var old = Values(before);
        var now = Values(after);
        return [.. old.Keys.Concat(now.Keys).Distinct(StringComparer.Ordinal).Select(field =>
        {
            var (b, bFlag) = old.GetValueOrDefault(field);
            var (a, aFlag) = now.GetValueOrDefault(field);
            return new AuditChange(Name(field), b, a, bFlag || aFlag, enumFields?.GetValueOrDefault(field));
        })];
    }

    /// <summary>A moment as the trail stores it (ISO 8601 with a time, "2026-12-05T02:07:13.39+00:00"); null for any other value.</summary>
    public static DateTimeOffset? Moment(string value) =>
        value.Length >= 16 && value[4] == '-' && value[10] == 'T' && char.IsAsciiDigit(value[0])
        && DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>A day as the trail stores it ("2026-03-31"); null for any other value.</summary>
    public static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    /// <summary>
    /// A number with a fraction as the trail stores it ("95.5", invariant); null for any other value, so that codes,
    /// years and whole numbers are shown as stored.
    /// </summary>
    public static decimal? Fraction(string value) =>
        value.Contains('.', StringComparison.Ordinal)
        && decimal.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The property's name as the resources know it: backing fields and EF's own columns lose their underscores.</summary>
    public static string Name(string field)
    {
        var trimmed = field.TrimStart('_');
        return trimmed.Length == 0 ? field : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    private static Dictionary<string, (string? Text, bool Flag)> Values(string? json)
    {
        var values = new Dictionary<string, (string?, bool)>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                values[""] = (json, false);
                return values;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    System.Text.Json.JsonValueKind.String => (property.Value.GetString(), false),
                    System.Text.Json.JsonValueKind.Null => (null, false),
                    System.Text.Json.JsonValueKind.True => (bool.TrueString, true),
                    System.Text.Json.JsonValueKind.False => (bool.FalseString, true),
                    System.Text.Json.JsonValueKind.Number => (property.Value.GetRawText(), false),
                    _ => (System.Text.Json.JsonSerializer.Serialize(property.Value, Readable), false),
                };
            }
        }
        catch (System.Text.Json.JsonException)
        {
            values[""] = (json, false);
        }

        return values;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>
/// A page of the trail. <see cref="Accounts"/> names the accounts and roles the trail records by their ids (an account's
/// user name, a role's code name), so that "d64dda53-…" reads "nv.th1".
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total)
{
    public IReadOnlyDictionary<string, AuditAccountName> Accounts { get; init; } = new Dictionary<string, AuditAccountName>();
}

/// <summary>What an id in the trail stands for: an account (<see cref="IsRole"/> false, its user name) or a role (its code name).</summary>
public sealed record AuditAccountName(string Name, bool IsRole);
