using Emulation.Domain.Awards;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Statistics;

/// <summary>
/// The province's own summary: every title and form (columns, and their total) by the unit the award was earned in, by
/// kind, by the level that granted it (the agency's head, or above) and by recipient (individual, collective).
/// </summary>
public static class ProvinceSummary
{
    public const string Total = "total";
    public const string AgencyLevel = "level:agency";
    public const string AboveLevel = "level:above";
    public const string Individual = "recipient:individual";
    public const string Collective = "recipient:collective";

    public static IReadOnlyList<string> Columns { get; } = [.. Enum.GetValues<Title>().Select(TitleColumn), Total];

    public static string TitleColumn(Title title) => "title:" + title;

    public static string UnitRow(int unitId) => "unit:" + unitId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string KindRow(AwardKind kind) => "kind:" + kind;

    /// <summary>The rows after the units: the kinds, the two levels, the two kinds of recipient.</summary>
    public static IReadOnlyList<string> FixedRows { get; } =
        [.. Enum.GetValues<AwardKind>().Select(KindRow), AgencyLevel, AboveLevel, Individual, Collective];

    public static IEnumerable<StatCell> CellsOf(CountedAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (award.Revoked)
        {
            return [StatCell.RevokedExcluded];
        }

        string[] rows =
        [
            Total, UnitRow(award.UnitId), KindRow(award.Kind),
            award.Level == AwardingLevel.HeadOfAgency ? AgencyLevel : AboveLevel,
            award.Collective ? Collective : Individual,
        ];
        string[] columns = [TitleColumn(award.Title), Total];
        return rows.SelectMany(row => columns.Select(column => new StatCell(row, column)));
    }
}
