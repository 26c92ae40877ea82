using Emulation.Domain.Common;
using Emulation.Web.Documents;
using Emulation.Domain.Results;
using Emulation.Web.Data;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Notifications;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Imports;

/// <summary>Staff yearly results by spreadsheet: a prefilled template to download, and an all-or-nothing import.</summary>
public sealed class StaffImportService(
    IDbContextFactory<EmulationDbContext> factory,
    SubmissionService submissions,
    StaffResultsImporter importer,
    SubmissionNotifier notifier,
    Rules.RuleSetService ruleSets)
{
    // Progress milestones in percent: reading the file, checking rows, saving.
    private const int Read = 30;
    private const int Checked = 80;

    public async Task<DocumentFile?> BuildTemplateAsync(Actor actor, int unitId, int year)
    {
        string? unitCode;
        await using (var db = await factory.CreateDbContextAsync(actor))
        {
            actor.RequireSeeUnit(db, unitId);
            unitCode = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Code).SingleOrDefaultAsync();
        }

        // No campaign can be of a year outside its bounds: a template for year -1 or 99999 is not there to download.
        if (unitCode is null || year is < Domain.Campaigns.Campaign.MinYear or > Domain.Campaigns.Campaign.MaxYear)
        {
            return null;
        }

        var rows = await submissions.GetStaffYearAsync(actor, unitId, year);
        return new DocumentFile(StaffResultsTemplate.FileName(year, unitCode), DocumentFile.XlsxContentType, StaffResultsTemplate.Build(rows));
    }

    /// <summary>
    /// Checks every row of <paramref name="file"/> (template, cells, people of the unit, Decree 90 rules) and, only
    /// when all pass, saves them in one transaction. Any error and nothing is written.
    /// </summary>
    public async Task<StaffImportReport> ImportStaffResultsAsync(Actor actor, int unitId, int year, Stream file,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        actor.RequireEditUnit(unitId);
        var percent = new PercentReporter(progress);
        percent.Report(0);

        var sheet = await importer.ReadAsync(file, cancellationToken);
        percent.Report(Read);
        if (sheet.IsRefused)
        {
            return StaffImportReport.Failed(sheet.Errors, 0);
        }

        // Opened as the actor, so that the audit trail names the head who imported the rows.
        await using var db = await factory.CreateDbContextAsync(actor, cancellationToken);
        if (await StaffYears.HeldAsync(db, unitId, year, cancellationToken) is { } held)
        {
            return StaffImportReport.Failed([ImportRowError.ForFile(held)], 0);
        }

        // Two set-based reads for the whole sheet: the unit's people, and their records for the year.
        var ownPeople = (await db.People.AsNoTracking().Where(p => p.UnitId == unitId).Select(p => p.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var strangers = sheet.Rows.Select(r => r.PersonId).Where(id => !ownPeople.Contains(id)).Distinct().ToList();
        var elsewhere = strangers.Count == 0
            ? []
            : (await db.People.AsNoTracking().Where(p => strangers.Contains(p.Id)).Select(p => p.Id)
                .ToListAsync(cancellationToken)).ToHashSet();
        var existing = await db.StaffYearResults
            .Where(s => s.Year == year && db.People.Any(p => p.Id == s.PersonId && p.UnitId == unitId))
            .ToDictionaryAsync(s => s.PersonId, cancellationToken);

        var fromPositions = await BrokenYears.MonthsFromPositionsAsync(db, unitId, year, cancellationToken);
        var errors = new List<ImportRowError>(sheet.Errors);
        var added = new List<StaffYearResult>();
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var row = sheet.Rows[i];
            percent.Report(Read + ((Checked - Read) * (i + 1) / sheet.Rows.Count));
            if (!ownPeople.Contains(row.PersonId))
            {
                errors.Add(new ImportRowError(row.SheetRow, StaffResultsTemplate.PersonId, elsewhere.Contains(row.PersonId)
                    ? ImportErrors.PersonOfOtherUnit(row.PersonId)
                    : ImportErrors.UnknownPerson(row.PersonId)));
                continue;
            }

            if (!existing.TryGetValue(row.PersonId, out var record))
            {
                record = StaffYearResult.Start(row.PersonId, unitId, year);
                added.Add(record);
            }

            var recorded = record.Record(row.Rating, row.MonthsWorked, row.MaternityLeaveMonths, row.Discipline,
                row.Initiative, proceedingsPending: record.ProceedingsPending, leaveMonths: row.LeaveMonths);
            if (recorded.IsSuccess)
            {
                recorded = record.RecordFormerUnit(row.MonthsInFormerUnit, row.FormerUnitOpinionReceived);
            }

            if (recorded.IsSuccess)
            {
                recorded = record.ExplainMonths(fromPositions.TryGetValue(row.PersonId, out var months) ? months : null,
                    row.MonthsReason);
            }

            errors.AddRange(recorded.Errors.Select(e => new ImportRowError(row.SheetRow, ColumnOf(e.Code), e)));
        }

        if (errors.Count == 0 && await ExcellentShareAsync(db, unitId, year, sheet.Rows, cancellationToken) is { } refusal)
        {
            errors.Add(ImportRowError.ForFile(refusal));
        }

        if (errors.Count > 0)
        {
            // The context is dropped unsaved: records changed in memory above are never written.
            return StaffImportReport.Failed([.. errors.OrderBy(e => e.Row)], sheet.Rows.Count);
        }

        db.StaffYearResults.AddRange(added);
        try
        {
            // One SaveChanges is one transaction: every row or none.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A version clash, or a record for one of these people inserted since we read: someone else saved.
            return StaffImportReport.Failed([ImportRowError.ForFile(ConcurrencyErrors.ChangedByOthers())],
                sheet.Rows.Count);
        }

        await notifier.YearsChangedAsync(factory, [year]);
        percent.Report(100);
        return new StaffImportReport([], sheet.Rows.Count, added.Count, sheet.Rows.Count - added.Count);
    }

    /// <summary>
    /// The sheet, saved, would rate more staff excellent than the cap allows: refused like a submission of the unit's
    /// results, as one line for the whole file (the cap is the unit's, no single row is at fault).
    /// </summary>
    private Task<DomainError?> ExcellentShareAsync(EmulationDbContext db, int unitId, int year,
        IReadOnlyList<StaffResultsSheetRow> rows, CancellationToken cancellationToken) =>
        ExcellentShareReader.RefusalAsync(db, ruleSets, unitId, year,
            rows.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.Last().Rating), cancellationToken);

    /// <summary>The column a Decree 90 rule violation points at.</summary>
    private static string? ColumnOf(string code) => code switch
    {
        "staff.invalid_months" => StaffResultsTemplate.MonthsWorked,
        "staff.invalid_former_unit_months" => StaffResultsTemplate.MonthsInFormerUnit,
        "staff.months_reason_required" or "staff.months_reason_too_long" => StaffResultsTemplate.MonthsReason,
        "staff.too_few_months_to_rate" or "staff.absence_caps_rating" => StaffResultsTemplate.Rating,
        "staff.discipline_means_not_completed" => StaffResultsTemplate.Discipline,
        _ => null,
    };

    /// <summary>Passes on a percentage only when it moves, so a 10,000-row sheet sends at most 101 reports.</summary>
    private sealed class PercentReporter(IProgress<int>? progress)
    {
        private int _last = -1;

        public void Report(int percent)
        {
            if (progress is not null && percent > _last)
            {
                _last = percent;
                progress.Report(percent);
            }
        }
    }
}
