using CsCheck;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Properties;

/// <summary>The working-day calendar of public consultation: weekends and the administrator's days off are skipped.</summary>
[Trait("Category", "Fast")]
public sealed class WorkingDaysPropertyTests
{
    private static readonly DateOnly Origin = new(2024, 1, 1);

    /// <summary>A publication day in 2024–2030, a window of 1–40 working days, and up to 30 days off in the next 120 days.</summary>
    private static readonly Gen<(DateOnly Day, int Count, HashSet<DateOnly> Off)> Windows =
        Gen.Select(Gen.Int[0, 7 * 365], Gen.Int[1, 40], Gen.Int[1, 120].Array[0, 30])
            .Select(t =>
            {
                var day = Origin.AddDays(t.Item1);
                return (day, t.Item2, t.Item3.Select(d => day.AddDays(d)).ToHashSet());
            });

    [Fact]
    public void TheLastDay_IsAWorkingDay_AfterThePublication_WithExactlyTheCountOfWorkingDaysFromTheNextDay()
    {
        Windows.Sample(w =>
        {
            var last = WorkingDays.LastDayOfWindow(w.Day, w.Count, w.Off);
            return last > w.Day && WorkingDays.IsWorkingDay(last, w.Off) &&
                WorkingDays.CountBetween(w.Day.AddDays(1), last, w.Off) == w.Count;
        });
    }

    [Fact]
    public void ADayOffMore_NeverEndsTheWindowEarlier_AndOneWorkingDayMore_AlwaysEndsItLater()
    {
        Gen.Select(Windows, Gen.Int[1, 120]).Sample((w, extra) =>
        {
            var last = WorkingDays.LastDayOfWindow(w.Day, w.Count, w.Off);
            var moreOff = new HashSet<DateOnly>(w.Off) { w.Day.AddDays(extra) };
            return WorkingDays.LastDayOfWindow(w.Day, w.Count, moreOff) >= last &&
                WorkingDays.LastDayOfWindow(w.Day, w.Count + 1, w.Off) > last;
        });
    }

    [Fact]
    public void WithoutDaysOff_FiveWorkingDays_EndAWeekLater_OrOnTheComingFridayFromAWeekend()
    {
        Gen.Int[0, 7 * 365].Sample(offset =>
        {
            var day = Origin.AddDays(offset);
            var last = WorkingDays.LastDayOfWindow(day, 5, new HashSet<DateOnly>());
            var expected = day.DayOfWeek switch
            {
                DayOfWeek.Saturday => day.AddDays(6),
                DayOfWeek.Sunday => day.AddDays(5),
                _ => day.AddDays(7),
            };
            return last == expected;
        });
    }

    [Fact]
    public void TenWorkingDays_AcrossTet2026_SkipTheFiveDaysOff()
    {
        HashSet<DateOnly> tet = [new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20)];

        // Published on Friday 13/02: 23–27/02 and 02–06/03 are the ten working days.
        Assert.Equal(new DateOnly(2026, 3, 6), WorkingDays.LastDayOfWindow(new DateOnly(2026, 2, 13), 10, tet));
        Assert.Equal(new DateOnly(2026, 2, 27), WorkingDays.LastDayOfWindow(new DateOnly(2026, 2, 13), 10, new HashSet<DateOnly>()));
    }

    [Fact]
    public void TenWorkingDays_AcrossGioToAnd30April2026_SkipTheCompensatoryMondayAndTheHolidays()
    {
        HashSet<DateOnly> off = [new(2026, 4, 27), new(2026, 4, 30), new(2026, 5, 1)];

        // Published on Thursday 23/04: 24, 28, 29/04 and 04–08, 11, 12/05.
        Assert.Equal(new DateOnly(2026, 5, 12), WorkingDays.LastDayOfWindow(new DateOnly(2026, 4, 23), 10, off));
    }

    [Fact]
    public void AWindowOfNoWorkingDays_IsABug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.LastDayOfWindow(Origin, 0, new HashSet<DateOnly>()));
    }
}
