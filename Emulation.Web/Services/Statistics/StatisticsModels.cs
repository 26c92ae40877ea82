using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Statistics;

namespace Emulation.Web.Services.Statistics;

/// <summary>The two year-end reports: the Home Affairs sector's form 0603.N/BNV-TĐKT and the province's own summary.</summary>
public enum StatisticsReport
{
    HomeAffairs,
    Summary,
}

/// <summary>
/// What a report covers: awards decided from <see cref="From"/> to <see cref="To"/> (both included), in the whole
/// organisation or in one unit and the units under it. The pages and the downloads keep it in the address.
/// </summary>
public sealed record StatisticsQuery(DateOnly From, DateOnly To, int? UnitId)
{
    public const int MaxYears = 50;
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The whole of the year <paramref name="today"/> falls in, for the whole organisation.</summary>
    public static StatisticsQuery YearOf(DateOnly today) => new(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), null);

    /// <summary>
    /// Reads the address's values (<c>from</c>, <c>to</c> as yyyy-MM-dd, <c>unit</c>); a blank one takes the current
    /// year's or the whole organisation; an unreadable one, or a period that ends before it starts, is refused.
    /// </summary>
    public static Result<StatisticsQuery> Parse(string? from, string? to, string? unit, DateOnly today)
    {
        var errors = new List<DomainError>();
        var year = YearOf(today);
        var start = ReadDate(from, year.From, "StatsFrom", errors);
        var end = ReadDate(to, year.To, "StatsTo", errors);
        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var parsed = TypedNumber.Parse(unit, CultureInfo.InvariantCulture, wholeOnly: true, 1, int.MaxValue);
            if (parsed.Value is { } id)
            {
                unitId = (int)id;
            }
            else
            {
                errors.Add(StatisticsErrors.BadUnit(unit));
            }
        }

        if (errors.Count == 0 && start > end)
        {
            errors.Add(StatisticsErrors.PeriodReversed());
        }
        else if (errors.Count == 0 && end.Year - start.Year >= MaxYears)
        {
            errors.Add(StatisticsErrors.PeriodTooLong(MaxYears));
        }

        return errors.Count > 0 ? Result<StatisticsQuery>.Failure(errors) : Result<StatisticsQuery>.Success(new(start, end, unitId));
    }

    /// <summary>The address query that holds this period and organisation (and, for a drill-down, the figure).</summary>
    public string ToQueryString(StatCell? cell = null, StatisticsReport? report = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (report is { } r)
        {
            query.Add(new("report", r.ToString()));
        }

        if (cell is not null)
        {
            query.Add(new("row", cell.Row));
            query.Add(new("col", cell.Column));
        }

        query.Add(new("from", From.ToString(DateFormat, CultureInfo.InvariantCulture)));
        query.Add(new("to", To.ToString(DateFormat, CultureInfo.InvariantCulture)));
        if (UnitId is { } unit)
        {
            query.Add(new("unit", unit.ToString(CultureInfo.InvariantCulture)));
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("", query);
    }

    public string FromText => From.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string ToText => To.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ReadDate(string? text, DateOnly fallback, string item, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) &&
            date.Year is >= 1945 and <= 2100)
        {
            return date;
        }

        errors.Add(StatisticsErrors.BadDate(item, text));
        return fallback;
    }
}

public static class StatisticsErrors
{
    public static DomainError BadDate(string item, string typed) =>
        new("StatisticsBadDate", $"'{typed}' is not a date (yyyy-MM-dd, 1945–2100).", item)
        {
            Facts = DomainError.FactsOf(("typed", typed)),
        };

    public static DomainError BadUnit(string typed) =>
        new("StatisticsBadUnit", $"'{typed}' is not a unit of the organisation.", "Unit") { Facts = DomainError.FactsOf(("typed", typed)) };

    public static DomainError NoSuchFigure() => new("StatisticsNoSuchFigure", "The report has no such figure.");

    public static DomainError PeriodReversed() => new("StatisticsPeriodReversed", "The period ends before it starts.");

    public static DomainError PeriodTooLong(int years) =>
        new("StatisticsPeriodTooLong", $"A report covers at most {years} years.") { Facts = DomainError.FactsOf(("years", years)) };
}

/// <summary>A column of a report: its code in the form, and whether the records hold what it counts.</summary>
public sealed record StatColumnView(string Code, bool Tracked);

/// <summary>
/// A row of a report: its code, its name when it is data (a unit), how it reads, its unit of count, and one figure
/// per column (null: a heading, or a figure the records do not hold).
/// </summary>
public sealed record StatRowView(string Code, string? Name, RowStyle Style, string? CountUnit, IReadOnlyList<int?> Figures);

public sealed record StatUnitOption(int Id, string Name);

/// <summary>A report filled from the records, with the revoked awards it left out and the units it may be asked for.</summary>
public sealed record StatisticsSheet(StatisticsReport Report, StatisticsQuery Query, string ReportingUnit,
    IReadOnlyList<StatColumnView> Columns, IReadOnlyList<StatRowView> Rows, int RevokedExcluded,
    IReadOnlyList<StatUnitOption> Units)
{
    public int? Figure(string row, string column)
    {
        var r = Rows.FirstOrDefault(x => x.Code == row);
        var c = Columns.Select((x, i) => (x.Code, i)).FirstOrDefault(x => x.Code == column);
        return r is null || c.Code is null ? null : r.Figures[c.i];
    }
}

/// <summary>An award one figure counts: its decision (number, date, issuer), recipient, title and kind.</summary>
public sealed record StatListRow(int AwardId, string DecisionNumber, DateOnly DecisionDate, string IssuerName,
    string RecipientName, int? PersonId, int UnitId, string UnitNameAtDecision, Title Title, AwardKind Kind,
    bool Collective, int? DecisionId, string? RevokedByNumber);

/// <summary>The list behind one figure; <see cref="RowName"/> names a unit row.</summary>
public sealed record StatisticsList(StatisticsReport Report, StatisticsQuery Query, string ReportingUnit, StatCell Cell,
    string? RowName, IReadOnlyList<StatListRow> Rows);
