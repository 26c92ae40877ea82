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

    /// <summary>The fields that hold a collection stored whole with the row (a pledge's "Targets"), read item by item.</summary>
    public IReadOnlySet<string> CollectionFields { get; init; } = new HashSet<string>();

    /// <summary>The stored values read back field by field, in the order they were recorded, before beside after.</summary>
    public IReadOnlyList<AuditChange> Changes => AuditChange.Read(Before, After, EnumFields, CollectionFields);
}

/// <summary>
/// One field of an audited row: its property name (<c>FullName</c>) and its value before and after as text, with
/// JSON's escapes undone (<c>\u1EC7</c> reads "ệ"); <see cref="Flag"/> is set for yes/no values the page words, and
/// <see cref="EnumType"/> names the enum of a field that holds one, whose labels the page shows. In a collection field
/// (a pledge's <c>Targets</c>), one item that changed: <see cref="Item"/> is the item's first value (its criterion's
/// code), and <see cref="Part"/> the name of the value shown when the item has more than one besides.
/// </summary>
public sealed record AuditChange(string Field, string? Before, string? After, bool Flag = false, string? EnumType = null,
    string? Item = null, string? Part = null)
{
    public static IReadOnlyList<AuditChange> Read(string? before, string? after,
        IReadOnlyDictionary<string, string>? enumFields = null, IReadOnlySet<string>? collectionFields = null)
    {
        var old = Values(before);
        var now = Values(after);
        return [.. old.Keys.Concat(now.Keys).Distinct(StringComparer.Ordinal).SelectMany(field =>
        {
            var (b, bFlag) = old.GetValueOrDefault(field);
            var (a, aFlag) = now.GetValueOrDefault(field);
            return collectionFields?.Contains(field) == true
                ? ItemChanges(Name(field), b, a)
                : [new AuditChange(Name(field), b, a, bFlag || aFlag, enumFields?.GetValueOrDefault(field))];
        })];
    }

    /// <summary>
    /// The items of a collection that differ before and after, each named by its first value (a criterion's code):
    /// added ones have no value before, removed ones none after, unchanged ones are left out.
    /// </summary>
    private static IEnumerable<AuditChange> ItemChanges(string field, string? before, string? after)
    {
        var old = Items(before);
        var now = Items(after);
        foreach (var item in old.Keys.Concat(now.Keys).Distinct(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(item) ?? [];
            var @is = now.GetValueOrDefault(item) ?? [];
            var parts = was.Keys.Concat(@is.Keys).Distinct(StringComparer.Ordinal).ToList();
            foreach (var part in parts)
            {
                var (b, bFlag) = was.GetValueOrDefault(part);
                var (a, aFlag) = @is.GetValueOrDefault(part);
                if (!SameValue(b, a) || !was.ContainsKey(part) || !@is.ContainsKey(part))
                {
                    yield return new AuditChange(field, b, a, bFlag || aFlag, Item: item, Part: parts.Count > 1 ? Name(part) : null);
                }
            }
        }
    }

    /// <summary>Equal texts, or numbers equal but for trailing zeros (5 and 5.0: a figure typed again the same).</summary>
    private static bool SameValue(string? before, string? after) =>
        before == after || (before is not null && after is not null
            && decimal.TryParse(before, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var b)
            && decimal.TryParse(after, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var a)
            && b == a);

    /// <summary>A collection's items as stored (a JSON array of objects), by their first value, each with its other values.</summary>
    private static Dictionary<string, Dictionary<string, (string? Text, bool Flag)>> Items(string? json)
    {
        var items = new Dictionary<string, Dictionary<string, (string?, bool)>>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return items;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array)
            {
                return items;
            }

            foreach (var element in document.RootElement.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.Object))
            {
                var values = element.EnumerateObject().Select(p => (p.Name, Value: Text(p.Value))).ToList();
                if (values.Count == 0)
                {
                    continue;
                }

                // Two items with one first value (never so for targets or results, one per criterion) are told apart by their rank.
                var key = values[0].Value.Text ?? "–";
                var name = key;
                for (var rank = 2; items.ContainsKey(name); rank++)
                {
                    name = $"{key} ({rank})";
                }

                items[name] = values.Skip(1).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }

        return items;
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
                values[property.Name] = Text(property.Value);
            }
        }
        catch (System.Text.Json.JsonException)
        {
            values[""] = (json, false);
        }

        return values;
    }

    /// <summary>A stored value as text, and whether it is a yes/no.</summary>
    private static (string? Text, bool Flag) Text(System.Text.Json.JsonElement value) => value.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => (value.GetString(), false),
        System.Text.Json.JsonValueKind.Null => (null, false),
        System.Text.Json.JsonValueKind.True => (bool.TrueString, true),
        System.Text.Json.JsonValueKind.False => (bool.FalseString, true),
        System.Text.Json.JsonValueKind.Number => (value.GetRawText(), false),
        _ => (System.Text.Json.JsonSerializer.Serialize(value, Readable), false),
    };

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
