using Emulation.Domain.Common;

namespace Emulation.Domain.Rules;

/// <summary>
/// A day the office does not work although it is a weekday: a public holiday (Tết Nguyên đán by the lunar calendar,
/// Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9 and its adjacent day, 1/1) or a compensatory day off. The administrator keeps them,
/// since the Prime Minister fixes each year's days off only months ahead.
/// </summary>
public sealed class PublicHoliday
{
    public const int NameMaxLength = 200;

    private PublicHoliday(DateOnly date, string name)
    {
        Date = date;
        Name = name;
    }

    public DateOnly Date { get; private set; }

    public string Name { get; private set; }

    public static Result<PublicHoliday> Create(DateOnly date, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Result<PublicHoliday>.Failure(HolidayErrors.NameRequired());
        }

        if (CleanText.Refusal(name) is { } unclean)
        {
            return Result<PublicHoliday>.Failure(unclean);
        }

        var clean = CleanText.Normalize(name);
        return clean.Length > NameMaxLength
            ? Result<PublicHoliday>.Failure(HolidayErrors.NameTooLong())
            : Result<PublicHoliday>.Success(new PublicHoliday(date, clean));
    }
}

public static class HolidayErrors
{
    public static DomainError NameRequired() => new("holiday.name_required", "A day off needs a name.");

    public static DomainError DateRequired() => new("holiday.date_required", "A day off needs its date.");

    public static DomainError NameTooLong() =>
        new("holiday.name_too_long", $"The name is longer than {PublicHoliday.NameMaxLength} characters.",
            PublicHoliday.NameMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The item is the day, dd/MM/yyyy.</summary>
    public static DomainError AlreadyListed(DateOnly date) =>
        new("holiday.already_listed", $"{date:yyyy-MM-dd} is already a day off.",
            date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

    public static DomainError NotFound() => new("holiday.not_found", "There is no such day off.");
}
