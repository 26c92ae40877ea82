using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Statistics;

/// <summary>
/// A campaign as form 0601.N counts it: its kind and the days it runs (a yearly campaign its calendar year, a thematic
/// or period one its own first and last day).
/// </summary>
public sealed record CountedCampaign(int CampaignId, CampaignKind Kind, DateOnly StartsOn, DateOnly EndsOn)
{
    /// <summary>The days <paramref name="kind"/> of campaign of <paramref name="year"/> runs: its own, else its calendar year.</summary>
    public static (DateOnly StartsOn, DateOnly EndsOn) Run(CampaignKind kind, int year, DateOnly? startsOn, DateOnly? endsOn) =>
        kind != CampaignKind.Yearly && startsOn is { } start && endsOn is { } end
            ? (start, end)
            : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Whether the campaign runs on at least one day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool RunsWithin(DateOnly from, DateOnly to) => StartsOn <= to && EndsOn >= from;
}

/// <summary>
/// Biểu số 0601.N/BNV-TĐKT, "Số phong trào thi đua" (<see cref="HomeAffairsForms.Circular"/>): the emulation campaigns
/// (phong trào thi đua) by the level that launched them (columns 2–4, column 1 their total), by scope (rows 02–05), by
/// length (rows 06–10) and by way of organising (rows 11–12). Every campaign here is launched by the organisation
/// itself, an agency: column 4 and row 05; campaigns launched by the central or provincial level, and the blocs' own
/// campaigns, are not recorded, so columns 2–3 and rows 02–04 stay blank. The layout as the provincial peer implements
/// it; see README.
/// </summary>
public static class HomeAffairsForm0601
{
    public const string Number = "0601.N/BNV-TĐKT";

    public const string TotalColumn = "1";
    public const string AgencyColumn = "4";

    /// <summary>Columns 1–4: total; central (Hội đồng Thi đua – Khen thưởng Trung ương); ministry or province; agency, organisation, unit.</summary>
    public static IReadOnlyList<string> Columns { get; } = [TotalColumn, "2", "3", AgencyColumn];

    public static IReadOnlySet<string> NotTrackedColumns { get; } = new HashSet<string>(StringComparer.Ordinal) { "2", "3" };

    public static IReadOnlyList<FormRow> Rows { get; } =
    [
        new("01", RowStyle.Total),
        new("ByScope", RowStyle.Heading),
        new("02", RowStyle.NotTracked),
        new("03", RowStyle.NotTracked),
        new("04", RowStyle.NotTracked),
        new("05", RowStyle.Item),
        new("ByLength", RowStyle.Heading),
        new("06", RowStyle.Item),
        new("07", RowStyle.Item),
        new("08", RowStyle.Item),
        new("09", RowStyle.Item),
        new("10", RowStyle.Item),
        new("ByMethod", RowStyle.Heading),
        new("11", RowStyle.Item),
        new("12", RowStyle.Item),
    ];

    public static FormLayout Layout { get; } = new(Number, Columns, NotTrackedColumns, Rows);

    /// <summary>
    /// The row of the campaign's length, its first and last day included: under a year (06), exactly one year (07), one
    /// year up to three (08), three up to five (09), five or more (10); whole years as <see cref="Campaign.WholeYears"/>.
    /// </summary>
    public static string LengthRow(DateOnly startsOn, DateOnly endsOn)
    {
        var years = Campaign.WholeYears(startsOn, endsOn);
        return years switch
        {
            0 => "06",
            1 when endsOn == startsOn.AddYears(1).AddDays(-1) => "07",
            < 3 => "08",
            < 5 => "09",
            _ => "10",
        };
    }

    /// <summary>Thematic and period campaigns are "thi đua theo chuyên đề" (11); a yearly one "thường xuyên hằng năm" (12).</summary>
    public static string MethodRow(CampaignKind kind) => kind == CampaignKind.Yearly ? "12" : "11";

    public static IEnumerable<StatCell> CellsOf(CountedCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        string[] rows = ["01", "05", LengthRow(campaign.StartsOn, campaign.EndsOn), MethodRow(campaign.Kind)];
        return rows.SelectMany(row => new[] { new StatCell(row, TotalColumn), new StatCell(row, AgencyColumn) });
    }
}
