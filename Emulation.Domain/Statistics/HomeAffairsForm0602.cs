using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Statistics;

/// <summary>
/// Biểu số 0602.N/BNV-TĐKT, "Số lượng khen thưởng cấp Nhà nước" (<see cref="HomeAffairsForms.Circular"/>): the awards
/// the State President or the Prime Minister granted, by form and recipient (columns 2–9, collective "a" and
/// individual "b" where the form splits them; column 1 their total), by who proposed them (rows 02–03), by recipient
/// (rows 06–14) and by way of commendation (rows 15–21). The records hold two state-level forms: the Huân chương Lao
/// động hạng Ba (column 2) and the Prime Minister's Bằng khen (column 7). The layout as the provincial peer implements
/// it, which has no rows 04–05; see README.
/// </summary>
public static class HomeAffairsForm0602
{
    public const string Number = "0602.N/BNV-TĐKT";

    public const string TotalColumn = "1";

    /// <summary>
    /// Columns: 1 total; 2 orders and medals (a collective, b individual); 3 Hồ Chí Minh Prize; 4 State Prize; 5 state
    /// honorary titles (a, b); 6 the Government's Emulation Flag; 7 the Prime Minister's Bằng khen (a, b); 8 national
    /// Emulation Fighter; 9 other forms (a, b).
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } = [TotalColumn, "2a", "2b", "3", "4", "5a", "5b", "6", "7a", "7b", "8", "9a", "9b"];

    public static IReadOnlySet<string> NotTrackedColumns { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "3", "4", "5a", "5b", "6", "8", "9a", "9b" };

    public static IReadOnlyList<FormRow> Rows { get; } =
    [
        new("01", RowStyle.Total),
        new("ByProposer", RowStyle.Heading),
        new("02", RowStyle.NotTracked, "Bộ, ngành"),
        new("03", RowStyle.Item, "Tỉnh, TP"),
        new("ByRecipient", RowStyle.Heading),
        new("06", RowStyle.Item, "Tập thể"),
        new("07", RowStyle.NotTracked, "Doanh nghiệp"),
        new("08", RowStyle.NotTracked, "Hộ"),
        new("09", RowStyle.Item, "Người"),
        new("10", RowStyle.NotTracked, "Người"),
        new("11", RowStyle.NotTracked, "Người"),
        new("12", RowStyle.NotTracked, "Người"),
        new("13", RowStyle.NotTracked, "Người"),
        new("14", RowStyle.NotTracked, "Người"),
        new("ByMethod", RowStyle.Heading),
        new("15", RowStyle.Item),
        new("16", RowStyle.Item),
        new("17", RowStyle.Item),
        new("18", RowStyle.NotTracked),
        new("19", RowStyle.Item),
        new("20", RowStyle.NotTracked),
        new("21", RowStyle.Item),
    ];

    public static FormLayout Layout { get; } = new(Number, Columns, NotTrackedColumns, Rows);

    /// <summary>The form's column for <paramref name="title"/> given to a collective or not; null for what the form does not count.</summary>
    public static string? ColumnOf(Title title, bool collective) => title switch
    {
        Title.LabourOrderThirdClass => collective ? "2a" : "2b",
        Title.PrimeMinisterCertificateOfMerit => collective ? "7a" : "7b",
        _ => null,
    };

    /// <summary>
    /// The row of the way of commendation: regular (15), thematic (16), sudden (17), contribution (19; the records keep
    /// niên hạn and cống hiến as one kind, so row 20 stays blank), resistance (21).
    /// </summary>
    public static string MethodRow(AwardKind kind) => kind switch
    {
        AwardKind.Merit => "15",
        AwardKind.Thematic => "16",
        AwardKind.Sudden => "17",
        AwardKind.LongService => "19",
        AwardKind.Resistance => "21",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Every figure <paramref name="award"/> counts in: none unless the State President or the Prime Minister granted
    /// one of the form's forms. The organisation proposes through its province, so every counted award is in row 03.
    /// </summary>
    public static IEnumerable<StatCell> CellsOf(CountedAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (award.Level is not (AwardingLevel.PrimeMinister or AwardingLevel.StatePresident) ||
            ColumnOf(award.Title, award.Collective) is not { } column)
        {
            return [];
        }

        if (award.Revoked)
        {
            return [StatCell.RevokedExcluded];
        }

        string[] rows = ["01", "03", award.Collective ? "06" : "09", MethodRow(award.Kind)];
        return rows.SelectMany(row => new[] { new StatCell(row, TotalColumn), new StatCell(row, column) });
    }
}
