namespace Emulation.Domain.Rules;

/// <summary>
/// The office's working days: Monday to Friday, less the public holidays and compensatory days off the administrator
/// keeps as data (<see cref="PublicHoliday"/>). Pure functions of their inputs.
/// </summary>
public static class WorkingDays
{
    /// <summary>Whether <paramref name="day"/> is a working day: not a Saturday, a Sunday or a day off.</summary>
    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly> daysOff)
    {
        ArgumentNullException.ThrowIfNull(daysOff);
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !daysOff.Contains(day);
    }

    /// <summary>
    /// The last day of a window of <paramref name="count"/> working days that starts with an event on
    /// <paramref name="eventDay"/>. As the Civil Code counts periods in days (Bộ luật Dân sự 2015, Điều 147 khoản 1), the
    /// day of the event is not counted: the first day is the next working day after it.
    /// </summary>
    public static DateOnly LastDayOfWindow(DateOnly eventDay, int count, IReadOnlySet<DateOnly> daysOff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(daysOff);
        var day = eventDay;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, daysOff))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The working days from <paramref name="first"/> to <paramref name="last"/>, both included (0 when last &lt; first).</summary>
    public static int CountBetween(DateOnly first, DateOnly last, IReadOnlySet<DateOnly> daysOff)
    {
        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day, daysOff))
            {
                count++;
            }
        }

        return count;
    }
}
