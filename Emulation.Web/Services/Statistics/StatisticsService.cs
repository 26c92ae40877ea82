using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
using Emulation.Domain.Statistics;
using Emulation.Web.Data;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Resources;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Statistics;

/// <summary>
/// The year-end statistics on emulation and commendation, filled from the records for a period and an organisation:
/// the Home Affairs sector's forms 0601.N (campaigns), 0602.N (state-level awards) and 0603.N (provincial awards), and
/// the province's own summary. Every figure is the number of items its cell counts (each form's <c>CellsOf</c>,
/// <see cref="ProvinceSummary.CellsOf"/>), and <see cref="ListAsync"/> lists exactly those items. Revoked awards count
/// nowhere; each award report says how many it left out. Three queries whatever the size: the units, the rule set in
/// force, the awards of the period (or, for 0601.N, the units and the campaigns). Read by the union officer,
/// leadership and administrators.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<EmulationDbContext> factory, RuleSetService ruleSets,
    DecisionService decisions)
{
    public async Task<Result<StatisticsSheet>> SheetAsync(Actor actor, StatisticsReport report, StatisticsQuery query)
    {
        actor.RequirePolicy(Policies.ReadStatistics);
        ArgumentNullException.ThrowIfNull(query);
        var loaded = await LoadAsync(actor, report, query, details: false);
        if (!loaded.IsSuccess)
        {
            return Result<StatisticsSheet>.Failure(loaded.Errors);
        }

        var data = loaded.Value;
        var columns = Columns(report);
        var rows = Rows(report, data)
            .Select(r => new StatRowView(r.Code, r.Name, r.Style, r.CountUnit,
                [.. columns.Select(c => IsFigure(r.Style, c) ? data.Counts.GetValueOrDefault(new StatCell(r.Code, c.Code)) : (int?)null)]))
            .ToList();
        return Result<StatisticsSheet>.Success(new StatisticsSheet(report, query, data.ReportingUnit, columns, rows,
            data.Counts.GetValueOrDefault(StatCell.RevokedExcluded), data.Units));
    }

    /// <summary>The items one figure counts, in decision (or first day) order; a cell that is no figure of the report is refused.</summary>
    public async Task<Result<StatisticsList>> ListAsync(Actor actor, StatisticsReport report, StatisticsQuery query, StatCell cell)
    {
        actor.RequirePolicy(Policies.ReadStatistics);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(cell);
        var loaded = await LoadAsync(actor, report, query, details: true);
        if (!loaded.IsSuccess)
        {
            return Result<StatisticsList>.Failure(loaded.Errors);
        }

        var data = loaded.Value;
        var rowStyle = Rows(report, data).Where(r => r.Code == cell.Row).Select(r => (RowStyle?)r.Style).FirstOrDefault();
        var column = Columns(report).FirstOrDefault(c => c.Code == cell.Column);
        var known = (cell == StatCell.RevokedExcluded && report != StatisticsReport.Movements) ||
            (rowStyle is { } style && column is not null && IsFigure(style, column)) ||
            (report == StatisticsReport.Summary && column is not null && UnitRowId(cell.Row) is not null);
        if (!known)
        {
            return Result<StatisticsList>.Failure([StatisticsErrors.NoSuchFigure()]);
        }

        var awards = report == StatisticsReport.Movements ? [] : data.Awards.Where(a => CellsOf(report)(a.Counted).Contains(cell))
            .Select(a => a.Row).OrderBy(r => r.DecisionDate).ThenBy(r => r.DecisionNumber, StringComparer.Ordinal).ThenBy(r => r.AwardId).ToList();
        var campaigns = data.Campaigns.Where(c => HomeAffairsForm0601.CellsOf(c.Counted).Contains(cell)).Select(c => c.Row)
            .OrderBy(r => r.StartsOn).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.CampaignId).ToList();
        var rowName = UnitRowId(cell.Row) is { } unitId ? data.Units.FirstOrDefault(u => u.Id == unitId)?.Name : null;
        return Result<StatisticsList>.Success(new StatisticsList(report, query, data.ReportingUnit, cell, rowName, awards, campaigns));
    }

    /// <summary>
    /// The report as a workbook in the form's layout (see <see cref="StatisticsWorkbook"/>), each figure a link to the
    /// list it counts at <paramref name="baseUrl"/> (the site's public address); unlinked without one.
    /// </summary>
    public async Task<Result<DocumentFile>> ExportAsync(Actor actor, StatisticsReport report, StatisticsQuery query,
        string? baseUrl = null)
    {
        var sheet = await SheetAsync(actor, report, query);
        if (!sheet.IsSuccess)
        {
            return Result<DocumentFile>.Failure(sheet.Errors);
        }

        var name = $"{StatisticsReports.FileStem(report)}-{query.FromText}-{query.ToText}.xlsx";
        return Result<DocumentFile>.Success(new DocumentFile(name, DocumentFile.XlsxContentType,
            StatisticsWorkbook.Write(sheet.Value, Wording.Vietnamese, baseUrl)));
    }

    /// <summary>The cells an award counts in, for the reports that count awards (all but form 0601.N, which counts campaigns).</summary>
    public static Func<CountedAward, IEnumerable<StatCell>> CellsOf(StatisticsReport report) => report switch
    {
        StatisticsReport.HomeAffairs => HomeAffairsForm0603.CellsOf,
        StatisticsReport.StateAwards => HomeAffairsForm0602.CellsOf,
        StatisticsReport.Summary => ProvinceSummary.CellsOf,
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, "Form 0601.N counts campaigns."),
    };

    private static IReadOnlyList<StatColumnView> Columns(StatisticsReport report) => StatisticsReports.Form(report) is { } form
        ? [.. form.Columns.Select(c => new StatColumnView(c, !form.NotTrackedColumns.Contains(c)))]
        : [.. ProvinceSummary.Columns.Select(c => new StatColumnView(c, true))];

    private static bool IsFigure(RowStyle style, StatColumnView column) =>
        column.Tracked && style is RowStyle.Total or RowStyle.Item;

    private static int? UnitRowId(string row) =>
        row.StartsWith("unit:", StringComparison.Ordinal) && int.TryParse(row.AsSpan(5), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private static IEnumerable<(string Code, string? Name, RowStyle Style, string? CountUnit)> Rows(StatisticsReport report, Loaded data)
    {
        if (StatisticsReports.Form(report) is { } form)
        {
            foreach (var row in form.Rows)
            {
                yield return (row.Code, null, row.Style, row.CountUnit);
            }

            yield break;
        }

        yield return (ProvinceSummary.Total, null, RowStyle.Total, null);
        yield return ("heading:unit", null, RowStyle.Heading, null);
        // Units with a figure, by name; a unit since removed keeps the name it had on its award.
        var units = data.Counts.Keys.Where(c => c.Column == ProvinceSummary.Total).Select(c => UnitRowId(c.Row)).OfType<int>()
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

    private sealed record LoadedCampaign(CountedCampaign Counted, StatCampaignRow Row);

    /// <summary>What a report counts (the period's awards, or for form 0601.N its campaigns) and the figures they make.</summary>
    private sealed record Loaded(string ReportingUnit, IReadOnlyList<StatUnitOption> Units, IReadOnlyList<LoadedAward> Awards,
        IReadOnlyList<LoadedCampaign> Campaigns, IReadOnlyDictionary<StatCell, int> Counts);

    private sealed record Facts(int Id, Title Title, AwardKind Kind, int? PersonId, int UnitId, string UnitNameAtDecision,
        string IssuerName, bool Revoked, string DecisionNumber, DateOnly DecisionDate, int? DecisionId, string? Recipient,
        string? RevokedBy, string? SignerName = null, string? SignerPosition = null);

    private async Task<Result<Loaded>> LoadAsync(Actor actor, StatisticsReport report, StatisticsQuery query, bool details)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        // An account of one agency counts its agency's units and awards only (its campaigns: the context's filter).
        var units = await (await OrganizationScope.UnitsOfAgencyAsync(db, db.CampaignAgency)).AsNoTracking()
            .Where(u => u.Kind != UnitKind.ReceivingBoard)
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

        var unitOptions = units.Select(u => new StatUnitOption(u.Id, u.Name)).ToList();
        if (report == StatisticsReport.Movements)
        {
            var campaigns = await CampaignsAsync(db, query, query.UnitId is null ? null : scope);
            return Result<Loaded>.Success(new Loaded(reportingUnit, unitOptions, [], campaigns,
                StatCounts.Count(campaigns.Select(c => c.Counted), HomeAffairsForm0601.CellsOf)));
        }

        var awardsOf = query.UnitId is not null ? scope
            : db.CampaignAgency is null ? null
            : units.Select(u => u.Id).ToHashSet();
        var awards = await AwardsAsync(db, query, awardsOf, details);
        return Result<Loaded>.Success(new Loaded(reportingUnit, unitOptions, awards, [],
            StatCounts.Count(awards.Select(a => a.Counted), CellsOf(report))));
    }

    /// <summary>
    /// The campaigns launched (a draft is no campaign yet) that run on a day of the period; for a unit, those the unit or
    /// one under it took part in (registered, or reported results).
    /// </summary>
    private static async Task<IReadOnlyList<LoadedCampaign>> CampaignsAsync(EmulationDbContext db, StatisticsQuery query, HashSet<int>? scope)
    {
        var (fromYear, toYear) = (query.From.Year, query.To.Year);
        // A campaign's last day lies in its year: the years and first days narrow it here, the exact days below.
        var campaigns = db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Draft && c.Year >= fromYear &&
            (c.StartsOn == null ? c.Year <= toYear : c.StartsOn <= query.To));
        if (scope is not null)
        {
            var ids = scope.ToList();
            campaigns = campaigns.Where(c => db.Pledges.Any(p => p.CampaignId == c.Id && ids.Contains(p.UnitId)) ||
                db.UnitResults.Any(r => r.CampaignId == c.Id && ids.Contains(r.UnitId)));
        }

        var rows = await campaigns.Select(c => new { c.Id, c.Name, c.Code, c.Year, c.Kind, c.Status, c.StartsOn, c.EndsOn }).ToListAsync();
        return [.. rows.Select(c =>
            {
                var (starts, ends) = CountedCampaign.Run(c.Kind, c.Year, c.StartsOn, c.EndsOn);
                return new LoadedCampaign(new CountedCampaign(c.Id, c.Kind, starts, ends),
                    new StatCampaignRow(c.Id, c.Name, c.Code, c.Year, c.Kind, c.Status, starts, ends));
            })
            .Where(c => c.Counted.RunsWithin(query.From, query.To))];
    }

    private async Task<IReadOnlyList<LoadedAward>> AwardsAsync(EmulationDbContext db, StatisticsQuery query, HashSet<int>? scope, bool details)
    {
        var granting = await ruleSets.GrantingOnAsync(query.To);
        var awards = db.Awards.AsNoTracking().Where(a => a.DecisionDate >= query.From && a.DecisionDate <= query.To);
        if (scope is not null)
        {
            var ids = scope.ToList();
            awards = awards.Where(a => ids.Contains(a.UnitId));
        }

        // The figures need the facts that place an award; only a figure's list needs its decision and recipient.
        var rows = details
            ? await awards.Select(a => new Facts(a.Id, a.Title, a.Kind, a.PersonId, a.UnitId, a.UnitNameAtDecision, a.IssuerName,
                a.RevokedByDecisionId != null, a.DecisionNumber, a.DecisionDate, a.DecisionId,
                a.PersonId == null ? a.UnitNameAtDecision : db.People.Where(p => p.Id == a.PersonId).Select(p => p.FullName).FirstOrDefault(),
                db.Decisions.Where(d => d.Id == a.RevokedByDecisionId).Select(d => d.Number).FirstOrDefault(),
                db.Decisions.Where(d => d.Id == a.DecisionId).Select(d => d.SignerName).FirstOrDefault(),
                db.Decisions.Where(d => d.Id == a.DecisionId).Select(d => d.SignerPosition).FirstOrDefault())).ToListAsync()
            : await awards.Select(a => new Facts(a.Id, a.Title, a.Kind, a.PersonId, a.UnitId, a.UnitNameAtDecision, a.IssuerName,
                a.RevokedByDecisionId != null, "", a.DecisionDate, null, null, null)).ToListAsync();
        // A year holds thousands of awards and a handful of issuers: each issuer and title is read once.
        var levels = new Dictionary<(string, Title), AwardingLevel>();
        return [.. rows.Select(a =>
        {
            var collective = a.PersonId is null;
            if (!levels.TryGetValue((a.IssuerName, a.Title), out var level))
            {
                level = levels[(a.IssuerName, a.Title)] = IssuingLevels.Of(a.IssuerName, a.Title, granting);
            }

            var counted = new CountedAward(a.Id, a.Title, a.Kind, collective, level, a.UnitId, a.Revoked);
            return new LoadedAward(counted, new StatListRow(a.Id, a.DecisionNumber, a.DecisionDate, a.IssuerName,
                a.Recipient ?? "", a.PersonId, a.UnitId, a.UnitNameAtDecision, a.Title, a.Kind, collective, a.DecisionId,
                a.Revoked ? a.RevokedBy ?? "" : null, a.SignerName, a.SignerPosition));
        })];
    }
}
