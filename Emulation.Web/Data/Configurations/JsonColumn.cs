using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Emulation.Web.Data.Configurations;

/// <summary>
/// An immutable domain value kept as JSON in one text column (an explanation, a ballot's outcome): enums by name, so
/// the stored text reads and survives reordering the enums.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A value as the column stores it, read back outside EF Core (the audit trail keeps the same text); null when it is not one.</summary>
    public static T? Read<T>(string json) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, s_options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>For a nullable column: EF Core stores null as null and never passes it to the converter.</summary>
    public static ValueConverter<T?, string> Converter<T>() where T : class =>
        new(value => JsonSerializer.Serialize(value!, s_options),
            json => JsonSerializer.Deserialize<T>(json, s_options));
}
