using System.Globalization;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// One day of a plain form (<see cref="FormDatePickers"/>): its field name, label, the day shown at first as the form
/// sends it (yyyy-MM-dd; anything else shows an empty field) and a test id.
/// </summary>
public sealed record FormDate(string Name, string Label, string? Value, string? TestId = null)
{
    /// <summary>How a day travels in the form and the address.</summary>
    public const string Wire = "yyyy-MM-dd";

    public DateOnly? Initial =>
        DateOnly.TryParseExact(Value, Wire, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
