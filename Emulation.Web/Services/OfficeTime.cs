using System.Globalization;

namespace Emulation.Web.Services;

/// <summary>
/// The office's time zone, one for the whole app: every time shown (status history, audit trail, rule sets, evidence,
/// refusals, tokens) and every local calendar day (deadlines, documents) is read at this offset, whatever the
/// server's or the browser's own zone. Vietnam keeps UTC+7 all year; <c>Emulation:UtcOffset</c> ("07:00") sets it.
/// </summary>
public static class OfficeTime
{
    public const string SettingKey = "Emulation:UtcOffset";

    public static TimeSpan Offset { get; private set; } = TimeSpan.FromHours(7);

    /// <summary>Reads <see cref="SettingKey"/> once at start-up; a missing value keeps UTC+7.</summary>
    public static void Configure(IConfiguration configuration)
    {
        if (configuration[SettingKey] is { Length: > 0 } text)
        {
            Offset = TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// The moment at the office's offset; one too near the end (or start) of time to shift, such as the lockout end of a
    /// disabled account (<see cref="DateTimeOffset.MaxValue"/>), stays at its own.
    /// </summary>
    public static DateTimeOffset Local(DateTimeOffset at) =>
        at.UtcTicks + Offset.Ticks is var shifted && (shifted > DateTime.MaxValue.Ticks || shifted < DateTime.MinValue.Ticks)
            ? at
            : at.ToOffset(Offset);

    /// <summary>A stored UTC time (a <see cref="DateTime"/> of any kind, taken as UTC) at the office's offset.</summary>
    public static DateTimeOffset Local(DateTime utc) => Local(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>The office's calendar day of a moment.</summary>
    public static DateOnly Date(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    /// <summary>
    /// Today in the office, at midnight, as a form's date picker holds a day (a decision's date, a dossier's): the
    /// server's own <see cref="DateTime.Today"/> is the day before until 07:00 in Vietnam on a server kept at UTC.
    /// </summary>
    public static DateTime Today(TimeProvider clock) => Date(clock.GetUtcNow()).ToDateTime(TimeOnly.MinValue);

    /// <summary>Date and time as the reader's culture writes them ("05/03/2026 14:30" in vi-VN), at the office's offset.</summary>
    public static string Format(DateTimeOffset at) => Local(at).ToString("g", CultureInfo.CurrentCulture);

    public static string Format(DateTime utc) => Local(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string Format(DateTimeOffset? at) => at is { } value ? Format(value) : "–";

    /// <summary>A calendar day as the reader's culture writes it ("05/03/2026" in vi-VN): the one way pages show a day.</summary>
    public static string Format(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string Format(DateOnly? day) => day is { } value ? Format(value) : "–";
}
