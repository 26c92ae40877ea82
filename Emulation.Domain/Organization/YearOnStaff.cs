namespace Emulation.Domain.Organization;

/// <summary>A stretch of days on the staff within one year, both ends included.</summary>
public sealed record StaffPeriod(DateOnly From, DateOnly To);

/// <summary>
/// The stretches of a year a person was on the staff, read from their positions, and the months of working time they
/// make: each month with a day on the staff counts whole, so the recruitment month counts (recruited 4 May, on to
/// December: eight), as do the month of leaving and the month of coming back. A person who left on 31 March and came
/// back on 1 July worked nine months; the time between is not leave (Decree 90/2020 Art. 2(3) reads only leave while on
/// the staff). Maternity leave falls inside a stretch, so it is working time here as the law counts it.
/// </summary>
public sealed record YearOnStaff(int Year, IReadOnlyList<StaffPeriod> Periods)
{
    /// <summary>Months of the year with at least one day on the staff.</summary>
    public int Months => Periods
        .SelectMany(p => Enumerable.Range(p.From.Month, p.To.Month - p.From.Month + 1))
        .Distinct()
        .Count();

    /// <summary>Whether the positions show a break within the year or an end before it closed (left, or left and came back).</summary>
    public bool Interrupted => Periods.Count > 1 || (Periods.Count == 1 && Periods[0].To < new DateOnly(Year, 12, 31));

    /// <summary>
    /// The year's stretches from spans of days (a position's first day and, unless still held, its last), clipped to
    /// the year; spans that touch or overlap (a transfer the day after the last day elsewhere) are one stretch.
    /// </summary>
    public static YearOnStaff From(int year, IEnumerable<(DateOnly From, DateOnly? To)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var periods = new List<StaffPeriod>();
        foreach (var (from, to) in spans.Where(s => s.From <= end && (s.To is not { } last || last >= start)).OrderBy(s => s.From))
        {
            var period = new StaffPeriod(from < start ? start : from, to is { } last && last < end ? last : end);
            if (periods.Count > 0 && periods[^1].To.AddDays(1) >= period.From)
            {
                var merged = periods[^1];
                periods[^1] = merged with { To = merged.To > period.To ? merged.To : period.To };
            }
            else
            {
                periods.Add(period);
            }
        }

        return new YearOnStaff(year, periods);
    }
}
