using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Statistics;

namespace Emulation.Web.Services.Statistics;

/// <summary>
/// The year-end reports: the Home Affairs sector's forms 0603.N (<see cref="HomeAffairs"/>, the provincial awards),
/// 0601.N (<see cref="Movements"/>, the campaigns) and 0602.N (<see cref="StateAwards"/>, the state-level awards),
/// and the province's own summary.
/// </summary>
public enum StatisticsReport
{
    HomeAffairs,
    Summary,
    Movements,
    StateAwards,
}

/// <summary>Where each report lives: its page, its download, the download's file name and endpoint; the form it fills.</summary>
public static class StatisticsReports
{
    /// <summary>In the order the pages offer them: the three forms by number, then the summary.</summary>
    public static IReadOnlyList<StatisticsReport> InOrder { get; } =
        [StatisticsReport.Movements, StatisticsReport.StateAwards, StatisticsReport.HomeAffairs, StatisticsReport.Summary];

    /// <summary>The Home Affairs form the report fills; null for the province's summary.</summary>
    public static FormLayout? Form(StatisticsReport report) => report switch
    {
        StatisticsReport.HomeAffairs => HomeAffairsForm0603.Layout,
        StatisticsReport.Movements => HomeAffairsForm0601.Layout,
        StatisticsReport.StateAwards => HomeAffairsForm0602.Layout,
        _ => null,
    };

    /// <summary>The page's address, relative to the base: /statistics is form 0603.N, as before the other forms came.</summary>
    public static string Page(StatisticsReport report) => report == StatisticsReport.HomeAffairs ? "statistics" : "statistics/" + Slug(report);

    /// <summary>The download's address, relative to the base.</summary>
    public static string Download(StatisticsReport report) => $"documents/statistics/{Slug(report)}.xlsx";

    public static string EndpointName(StatisticsReport report) => report switch
    {
        StatisticsReport.HomeAffairs => "GetHomeAffairsStatistics",
        StatisticsReport.Summary => "GetStatisticsSummary",
        _ => $"Get{report}Statistics",
    };

    /// <summary>The downloaded file's name, without the period.</summary>
    public static string FileStem(StatisticsReport report) => Form(report) is { } form
        ? "bieu-" + form.Number.Replace('.', '-').Replace('/', '-').Replace("Đ", "D", StringComparison.Ordinal)
        : "tong-hop-khen-thuong";

    /// <summary>The report a page address names; the Home Affairs form 0603.N for /statistics itself.</summary>
    public static StatisticsReport FromPage(string relativePath)
    {
        var path = relativePath.Split('?', '#')[0].TrimEnd('/');
        return Enum.GetValues<StatisticsReport>().FirstOrDefault(r => r != StatisticsReport.HomeAffairs && path.EndsWith("/" + Slug(r), StringComparison.Ordinal),
            StatisticsReport.HomeAffairs);
    }

    private static string Slug(StatisticsReport report) => report switch
    {
        StatisticsReport.HomeAffairs => "home-affairs",
        StatisticsReport.Summary => "summary",
        StatisticsReport.Movements => "movements",
        StatisticsReport.StateAwards => "state-awards",
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, null),
    };
}

/// <summary>
/// What a report covers: awards decided from <see cref="From"/> to <see cref="To"/> (both included), in the whole
/// organisation or in one unit and the units under it. The pages and the downloads keep it in the address.
/// </summary>
public sealed record StatisticsQuery(DateOnly From, DateOnly To, int? UnitId)
{
    public const int MaxYears = 50;
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// The statistical reporting period of <paramref name="year"/> (Thông tư 02/2023/TT-BNV, as the page says): from
    /// 1 December of the year before to 30 November of that year, for the whole organisation.
    /// </summary>
    public static StatisticsQuery ReportingPeriodOf(int year) => new(new DateOnly(year - 1, 12, 1), new DateOnly(year, 11, 30), null);

    /// <summary>
    /// Reads the address's values (<c>from</c>, <c>to</c> as yyyy-MM-dd, <c>unit</c>); a blank one takes the reporting
    /// period of the current year (<see cref="ReportingPeriodOf"/>) or the whole organisation; an unreadable one, or a
    /// period that ends before it starts, is refused.
    /// </summary>
    public static Result<StatisticsQuery> Parse(string? from, string? to, string? unit, DateOnly today)
    {
        var errors = new List<DomainError>();
        var year = ReportingPeriodOf(today.Year);
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

/// <summary>
/// An award one figure counts: its decision (number, date, issuer, and who signed it when it was issued here), recipient,
/// title and kind.
/// </summary>
public sealed record StatListRow(int AwardId, string DecisionNumber, DateOnly DecisionDate, string IssuerName,
    string RecipientName, int? PersonId, int UnitId, string UnitNameAtDecision, Title Title, AwardKind Kind,
    bool Collective, int? DecisionId, string? RevokedByNumber, string? SignerName = null, string? SignerPosition = null)
{
    /// <summary>Issued by a decision made in this app, rather than recorded from a decision document issued outside it.</summary>
    public bool IssuedHere => DecisionId is not null;

    /// <summary>Who signed, as every list of awards names them (<see cref="Decisions.SignatureLine"/>).</summary>
    public string Signature => Decisions.SignatureLine.Of(IssuerName, SignerPosition, SignerName);
}

/// <summary>A campaign form 0601.N counts: its name and code, year, kind, status and the days it runs.</summary>
public sealed record StatCampaignRow(int CampaignId, string Name, string? Code, int Year, CampaignKind Kind,
    CampaignStatus Status, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>
/// The list behind one figure: the awards it counts (<see cref="Rows"/>), or for form 0601.N the campaigns
/// (<see cref="Campaigns"/>); <see cref="RowName"/> names a unit row.
/// </summary>
public sealed record StatisticsList(StatisticsReport Report, StatisticsQuery Query, string ReportingUnit, StatCell Cell,
    string? RowName, IReadOnlyList<StatListRow> Rows, IReadOnlyList<StatCampaignRow> Campaigns)
{
    /// <summary>How many items the list holds: the figure it stands behind.</summary>
    public int Count => Rows.Count + Campaigns.Count;
}
