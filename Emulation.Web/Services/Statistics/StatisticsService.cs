using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
using Emulation.Domain.Statistics;
using Emulation.Web.Data;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Resources;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Statistics;

/// <summary>
/// The year-end statistics on emulation and commendation, filled from the awards recorded for a period and an
/// organisation: the Home Affairs sector's form 0603.N/BNV-TĐKT and the province's own summary. Every figure is the
/// number of awards its cell counts (<see cref="HomeAffairsForm0603.CellsOf"/>, <see cref="ProvinceSummary.CellsOf"/>),
/// and <see cref="ListAsync"/> lists exactly those awards. Revoked awards count nowhere; each report says how many it
/// left out. Three queries whatever the size: the units, the rule set in force, the awards of the period.
/// Read by the union officer, leadership and administrators.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<EmulationDbContext> factory, RuleSetService ruleSets,
    DecisionService decisions)
{
    public async Task<Result<StatisticsSheet>> SheetAsync(Actor actor, StatisticsReport report, StatisticsQuery query)
    {
        actor.RequirePolicy(Policies.ReadStatistics);
        ArgumentNullException.ThrowIfNull(query);
        var loaded = await LoadAsync(actor, query, details: false);
        if (!loaded.IsSuccess)
        {
            return Result<StatisticsSheet>.Failure(loaded.Errors);
        }

        var data = loaded.Value;
        var counts = StatCounts.Count(data.Awards.Select(a => a.Counted), CellsOf(report));
        var columns = Columns(report);
        var rows = Rows(report, data, counts)
            .Select(r => new StatRowView(r.Code, r.Name, r.Style, r.CountUnit,
                [.. columns.Select(c => IsFigure(report, r.Style, c) ? counts.GetValueOrDefault(new StatCell(r.Code, c.Code)) : (int?)null)]))
            .ToList();
        return Result<StatisticsSheet>.Success(new StatisticsSheet(report, query, data.ReportingUnit, columns, rows,
            counts.GetValueOrDefault(StatCell.RevokedExcluded), data.Units));
    }

    /// <summary>The awards one figure counts, in decision order; a cell that is no figure of the report is refused.</summary>
    public async Task<Result<StatisticsList>> ListAsync(Actor actor, StatisticsReport report, StatisticsQuery query, StatCell cell)
    {
        actor.RequirePolicy(Policies.ReadStatistics);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(cell);
        var loaded = await LoadAsync(actor, query, details: true);
        if (!loaded.IsSuccess)
        {
            return Result<StatisticsList>.Failure(loaded.Errors);
        }

        var data = loaded.Value;
        var rowStyle = Rows(report, data, new Dictionary<StatCell, int>()).Where(r => r.Code == cell.Row)
            .Select(r => (RowStyle?)r.Style).FirstOrDefault();
        var column = Columns(report).FirstOrDefault(c => c.Code == cell.Column);
        var known = cell == StatCell.RevokedExcluded ||
            (rowStyle is { } style && column is not null && IsFigure(report, style, column)) ||
            (report == StatisticsReport.Summary && column is not null && UnitRowId(cell.Row) is not null);
        if (!known)
        {
            return Result<StatisticsList>.Failure([StatisticsErrors.NoSuchFigure()]);
        }

        var cellsOf = CellsOf(report);
        var rows = data.Awards.Where(a => cellsOf(a.Counted).Contains(cell)).Select(a => a.Row)
            .OrderBy(r => r.DecisionDate).ThenBy(r => r.DecisionNumber, StringComparer.Ordinal).ThenBy(r => r.AwardId).ToList();
        var rowName = UnitRowId(cell.Row) is { } unitId ? data.Units.FirstOrDefault(u => u.Id == unitId)?.Name : null;
        return Result<StatisticsList>.Success(new StatisticsList(report, query, data.ReportingUnit, cell, rowName, rows));
    }

    /// <summary>The report as a workbook in the form's layout (see <see cref="StatisticsWorkbook"/>).</summary>
    public async Task<Result<DocumentFile>> ExportAsync(Actor actor, StatisticsReport report, StatisticsQuery query)
    {
        var sheet = await SheetAsync(actor, report, query);
        if (!sheet.IsSuccess)
        {
            return Result<DocumentFile>.Failure(sheet.Errors);
        }

        var name = (report == StatisticsReport.HomeAffairs ? "bieu-0603-N-BNV-TDKT" : "tong-hop-khen-thuong") +
            $"-{query.FromText}-{query.ToText}.xlsx";
        return Result<DocumentFile>.Success(new DocumentFile(name, DocumentFile.XlsxContentType,
            StatisticsWorkbook.Write(sheet.Value, Wording.Vietnamese)));
    }

    public static Func<CountedAward, IEnumerable<StatCell>> CellsOf(StatisticsReport report) =>
        report == StatisticsReport.HomeAffairs ? HomeAffairsForm0603.CellsOf : ProvinceSummary.CellsOf;

    private static IReadOnlyList<StatColumnView> Columns(StatisticsReport report) => report == StatisticsReport.HomeAffairs
        ? [.. HomeAffairsForm0603.Columns.Select(c => new StatColumnView(c, !HomeAffairsForm0603.NotTrackedColumns.Contains(c)))]
        : [.. ProvinceSummary.Columns.Select(c => new StatColumnView(c, true))];

    private static bool IsFigure(StatisticsReport report, RowStyle style, StatColumnView column) =>
        column.Tracked && style is RowStyle.Total or RowStyle.Item;

    private static int? UnitRowId(string row) =>
        row.StartsWith("unit:", StringComparison.Ordinal) && int.TryParse(row.AsSpan(5), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private static IEnumerable<(string Code, string? Name, RowStyle Style, string? CountUnit)> Rows(StatisticsReport report,
        Loaded data, IReadOnlyDictionary<StatCell, int> counts)
    {
        if (report == StatisticsReport.HomeAffairs)
        {
            foreach (var row in HomeAffairsForm0603.Rows)
            {
                yield return (row.Code, null, row.Style, row.CountUnit);
            }

            yield break;
        }

        yield return (ProvinceSummary.Total, null, RowStyle.Total, null);
        yield return ("heading:unit", null, RowStyle.Heading, null);
        // Units with a figure, by name; a unit since removed keeps the name it had on its award.
        var units = counts.Keys.Where(c => c.Column == ProvinceSummary.Total).Select(c => UnitRowId(c.Row)).OfType<int>()
            .Select(id => (Id: id, Name: data.Units.FirstOrDefault(u => u.Id == id)?.Name ??
                data.Awards.First(a => a.Row.UnitId == id).Row.UnitNameAtDecision))
            .OrderBy(u => u.Name, StringComparer.Create(Wording.VietnameseCulture, ignoreCase: true));
        foreach (var (id, name) in units)
        {
            yield return (ProvinceSummary.UnitRow(id), name, RowStyle.Item, null);
        }

        yield return ("heading:kind", null, RowStyle.Heading, null);
        foreach (var kind in Enum.GetValues<AwardKind>())
        {
            yield return (ProvinceSummary.KindRow(kind), null, RowStyle.Item, null);
        }

        yield return ("heading:level", null, RowStyle.Heading, null);
        yield return (ProvinceSummary.AgencyLevel, null, RowStyle.Item, null);
        yield return (ProvinceSummary.AboveLevel, null, RowStyle.Item, null);
        yield return ("heading:recipient", null, RowStyle.Heading, null);
        yield return (ProvinceSummary.Individual, null, RowStyle.Item, null);
        yield return (ProvinceSummary.Collective, null, RowStyle.Item, null);
    }

    private sealed record LoadedAward(CountedAward Counted, StatListRow Row);

    private sealed record Loaded(string ReportingUnit, IReadOnlyList<StatUnitOption> Units, IReadOnlyList<LoadedAward> Awards);

    private sealed record Facts(int Id, Title Title, AwardKind Kind, int? PersonId, int UnitId, string UnitNameAtDecision,
        string IssuerName, bool Revoked, string DecisionNumber, DateOnly DecisionDate, int? DecisionId, string? Recipient,
        string? RevokedBy);

    private async Task<Result<Loaded>> LoadAsync(Actor actor, StatisticsQuery query, bool details)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        var units = await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.ReceivingBoard)
            .OrderBy(u => u.ClosedOn != null).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, u.ParentId }).ToListAsync();
        var scope = new HashSet<int>();
        var reportingUnit = decisions.IssuerName;
        if (query.UnitId is { } unitId)
        {
            var unit = units.FirstOrDefault(u => u.Id == unitId);
            if (unit is null)
            {
                return Result<Loaded>.Failure([StatisticsErrors.BadUnit(unitId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            }

            // The unit and every unit under it.
            reportingUnit = unit.Name;
            var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
            var pending = new Stack<int>([unitId]);
            while (pending.TryPop(out var id))
            {
                if (scope.Add(id))
                {
                    foreach (var child in children[id])
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        var rules = await ruleSets.InForceOnAsync(query.To);
        var granting = rules.IsSuccess ? rules.Value.Granting : new GrantingRules();
        var awards = db.Awards.AsNoTracking().Where(a => a.DecisionDate >= query.From && a.DecisionDate <= query.To);
        if (query.UnitId is not null)
        {
            var ids = scope.ToList();
            awards = awards.Where(a => ids.Contains(a.UnitId));
        }

        // The figures need the facts that place an award; only a figure's list needs its decision and recipient.
        var rows = details
            ? await awards.Select(a => new Facts(a.Id, a.Title, a.Kind, a.PersonId, a.UnitId, a.UnitNameAtDecision, a.IssuerName,
                a.RevokedByDecisionId != null, a.DecisionNumber, a.DecisionDate, a.DecisionId,
                a.PersonId == null ? a.UnitNameAtDecision : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault(),
                db.Decisions.Where(d => d.Id == a.RevokedByDecisionId).Select(d => d.Number).FirstOrDefault())).ToListAsync()
            : await awards.Select(a => new Facts(a.Id, a.Title, a.Kind, a.PersonId, a.UnitId, a.UnitNameAtDecision, a.IssuerName,
                a.RevokedByDecisionId != null, "", a.DecisionDate, null, null, null)).ToListAsync();
        // A year holds thousands of awards and a handful of issuers: each issuer and title is read once.
        var levels = new Dictionary<(string, Title), AwardingLevel>();
        var loaded = rows.Select(a =>
        {
            var collective = a.PersonId is null;
            if (!levels.TryGetValue((a.IssuerName, a.Title), out var level))
            {
                level = levels[(a.IssuerName, a.Title)] = IssuingLevels.Of(a.IssuerName, a.Title, granting);
            }

            var counted = new CountedAward(a.Id, a.Title, a.Kind, collective, level, a.UnitId, a.Revoked);
            return new LoadedAward(counted, new StatListRow(a.Id, a.DecisionNumber, a.DecisionDate, a.IssuerName,
                a.Recipient ?? "", a.PersonId, a.UnitId, a.UnitNameAtDecision, a.Title, a.Kind, collective, a.DecisionId,
                a.Revoked ? a.RevokedBy ?? "" : null));
        }).ToList();
        return Result<Loaded>.Success(new Loaded(reportingUnit, [.. units.Select(u => new StatUnitOption(u.Id, u.Name))], loaded));
    }
}
