using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Statistics;

/// <summary>
/// Biểu số 0603.N/BNV-TĐKT, "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh, thành phố trực
/// thuộc Trung ương", of the Home Affairs sector's statistical report regime (<see cref="HomeAffairsForms.Circular"/>):
/// the awards the provincial chairman granted, by form (columns 2–5, column 1 their total), by recipient (rows 02–10)
/// and by way of commendation (rows 11–17). The form's layout as the provincial peer implements it; see README.
/// </summary>
public static class HomeAffairsForm0603
{
    public const string Number = "0603.N/BNV-TĐKT";

    public const string TotalColumn = "1";
    public const string MeritColumn = "2";
    public const string FighterColumn = "3";
    public const string FlagColumn = "4";
    public const string BadgeColumn = "5";

    /// <summary>Columns 1–5: total, Bằng khen, Chiến sĩ thi đua cấp tỉnh, Cờ thi đua, Huy hiệu (kỷ niệm chương).</summary>
    public static IReadOnlyList<string> Columns { get; } = [TotalColumn, MeritColumn, FighterColumn, FlagColumn, BadgeColumn];

    /// <summary>Column 5: commemorative badges are not recorded here, so it stays blank.</summary>
    public static IReadOnlySet<string> NotTrackedColumns { get; } = new HashSet<string>(StringComparer.Ordinal) { BadgeColumn };

    public static IReadOnlyList<FormRow> Rows { get; } =
    [
        new("01", RowStyle.Total),
        new("ByRecipient", RowStyle.Heading),
        new("02", RowStyle.Item, "Tập thể"),
        new("03", RowStyle.NotTracked, "Doanh nghiệp"),
        new("04", RowStyle.NotTracked, "Hộ"),
        new("05", RowStyle.Item, "Người"),
        new("06", RowStyle.NotTracked, "Người"),
        new("07", RowStyle.NotTracked, "Người"),
        new("08", RowStyle.NotTracked, "Người"),
        new("09", RowStyle.NotTracked, "Người"),
        new("10", RowStyle.NotTracked, "Người"),
        new("ByMethod", RowStyle.Heading),
        new("11", RowStyle.Item),
        new("12", RowStyle.Item),
        new("13", RowStyle.Item),
        new("14", RowStyle.NotTracked),
        new("15", RowStyle.Item),
        new("16", RowStyle.NotTracked),
        new("17", RowStyle.Item),
    ];

    public static FormLayout Layout { get; } = new(Number, Columns, NotTrackedColumns, Rows);

    /// <summary>The form's column for <paramref name="title"/>; null for what the form does not count.</summary>
    public static string? ColumnOf(Title title) => title switch
    {
        Title.ProvincialCertificateOfMerit or Title.CollectiveProvincialCertificateOfMerit => MeritColumn,
        Title.ProvincialEmulationFighter => FighterColumn,
        Title.ProvincialEmulationFlag => FlagColumn,
        _ => null,
    };

    /// <summary>
    /// The row of the way of commendation: regular (the yearly merit), thematic, sudden, contribution for long service
    /// (the records keep niên hạn and cống hiến as one kind, so row 16 stays blank), and resistance (17).
    /// </summary>
    public static string MethodRow(AwardKind kind) => kind switch
    {
        AwardKind.Merit => "11",
        AwardKind.Thematic => "12",
        AwardKind.Sudden => "13",
        AwardKind.LongService => "15",
        AwardKind.Resistance => "17",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Every figure <paramref name="award"/> counts in: none unless the provincial chairman granted one of the form's columns.</summary>
    public static IEnumerable<StatCell> CellsOf(CountedAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (award.Level != AwardingLevel.ProvincialChairman || ColumnOf(award.Title) is not { } column)
        {
            return [];
        }

        if (award.Revoked)
        {
            return [StatCell.RevokedExcluded];
        }

        string[] rows = ["01", award.Collective ? "02" : "05", MethodRow(award.Kind)];
        return rows.SelectMany(row => new[] { new StatCell(row, TotalColumn), new StatCell(row, column) });
    }
}
