using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Statistics;

/// <summary>
/// An award as the statistical reports count it: its title and kind, whether a collective received it, the level of
/// the authority that granted it (<see cref="IssuingLevels.Of"/>), the unit it was earned in, and whether a revocation
/// decision withdrew it (a revoked award is counted nowhere, only among the excluded).
/// </summary>
public sealed record CountedAward(int AwardId, Title Title, AwardKind Kind, bool Collective, AwardingLevel Level,
    int UnitId, bool Revoked);

/// <summary>One figure of a report: a row and a column, by their codes in the form.</summary>
public sealed record StatCell(string Row, string Column)
{
    /// <summary>Where a report counts the revoked awards it left out.</summary>
    public static StatCell RevokedExcluded { get; } = new("revoked", "total");
}

/// <summary>How a row of a form reads: the grand total, a heading without figures, a counted row, or a row no record holds.</summary>
public enum RowStyle
{
    Total,
    Heading,
    Item,

    /// <summary>The records do not hold what the row asks (a business, a household, the recipient's position): left blank.</summary>
    NotTracked,
}

/// <summary>A row of a form: its code, how it reads, and its unit of count (đơn vị tính), if the form names one.</summary>
public sealed record FormRow(string Code, RowStyle Style, string? CountUnit = null);

/// <summary>
/// The layout of a Home Affairs form: its number, its columns (and those the records do not hold, left blank), its rows.
/// Each form also says which of its cells one counted item falls in (its <c>CellsOf</c>).
/// </summary>
public sealed record FormLayout(string Number, IReadOnlyList<string> Columns, IReadOnlySet<string> NotTrackedColumns,
    IReadOnlyList<FormRow> Rows);

/// <summary>The Home Affairs sector's statistical forms on emulation and commendation: 0601.N, 0602.N, 0603.N.</summary>
public static class HomeAffairsForms
{
    public const string Circular = "Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ";
}

/// <summary>The reports' arithmetic: a figure is the number of items (awards, campaigns) that count in its cell.</summary>
public static class StatCounts
{
    public static IReadOnlyDictionary<StatCell, int> Count<T>(IEnumerable<T> items, Func<T, IEnumerable<StatCell>> cellsOf)
    {
        ArgumentNullException.ThrowIfNull(cellsOf);
        var counts = new Dictionary<StatCell, int>();
        foreach (var cell in items.SelectMany(cellsOf))
        {
            counts[cell] = counts.GetValueOrDefault(cell) + 1;
        }

        return counts;
    }
}
