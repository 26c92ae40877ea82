using Emulation.Domain.Results;

namespace Emulation.Web.Documents.Excel;

/// <summary>
/// Reads an uploaded staff results workbook into parsed rows and row-level errors. Bad files never throw: a file too
/// large, not an xlsx, or without the template's sheet and headers comes back as one file-level error.
/// Whether people exist and belong to the unit, and the Decree 90 rules, are checked by the import service.
/// </summary>
public sealed class StaffResultsImporter(ExcelImportOptions options)
{
    private readonly XlsxGuard _guard = new(options);

    public async Task<StaffResultsSheet> ReadAsync(Stream file, CancellationToken cancellationToken = default)
    {
        var workbook = await _guard.ReadAsync(file, ImportErrors.WrongTemplate, cancellationToken);
        if (workbook.Refusal is { } refusal)
        {
            return StaffResultsSheet.Refused(refusal);
        }

        try
        {
            return Parse(workbook.Bytes!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or foreign zip: whatever the reader tripped on, the answer to the user is the same.
            return StaffResultsSheet.Refused(ImportErrors.WrongTemplate("the workbook cannot be read."));
        }
    }

    private StaffResultsSheet Parse(byte[] bytes, CancellationToken cancellationToken)
    {
        var parsed = new List<StaffResultsSheetRow>();
        var errors = new List<ImportRowError>();
        var firstRowOf = new Dictionary<int, int>();
        var refusal = TemplateSheet.Read(bytes, StaffResultsTemplate.SheetName, StaffResultsTemplate.Headers,
            StaffResultsTemplate.OptionalHeaders, options.MaxRows, ImportErrors.WrongTemplate, errors, cells =>
            {
                var row = ParseRow(cells);
                if (row is null)
                {
                    return;
                }

                if (firstRowOf.TryGetValue(row.PersonId, out var firstRow))
                {
                    cells.Fail(StaffResultsTemplate.PersonId, ImportErrors.DuplicatePerson(row.PersonId, firstRow));
                    return;
                }

                firstRowOf[row.PersonId] = cells.Row;
                parsed.Add(row);
            }, cancellationToken);
        if (refusal is not null)
        {
            return StaffResultsSheet.Refused(refusal);
        }

        if (parsed.Count == 0 && errors.Count == 0)
        {
            return StaffResultsSheet.Refused(ImportErrors.Empty());
        }

        return new StaffResultsSheet(parsed, errors);
    }

    private static StaffResultsSheetRow? ParseRow(SheetCells cells)
    {
        var personId = cells.WholeNumber(StaffResultsTemplate.PersonId, required: true);
        var rating = cells.Choice<QualityRating>(StaffResultsTemplate.Rating, StaffResultLabels.TryParseRating,
            ImportErrors.UnknownRating, fallback: null);
        var months = cells.WholeNumber(StaffResultsTemplate.MonthsWorked, required: true);
        var maternity = cells.WholeNumber(StaffResultsTemplate.MaternityLeaveMonths, required: false) ?? 0;
        var leave = cells.Has(StaffResultsTemplate.LeaveMonths)
            ? cells.WholeNumber(StaffResultsTemplate.LeaveMonths, required: false) ?? 0
            : 0;
        var formerMonths = cells.Has(StaffResultsTemplate.MonthsInFormerUnit)
            ? cells.WholeNumber(StaffResultsTemplate.MonthsInFormerUnit, required: false) ?? 0
            : 0;
        var opinion = cells.Has(StaffResultsTemplate.FormerUnitOpinion)
            ? cells.Choice<bool>(StaffResultsTemplate.FormerUnitOpinion, StaffResultLabels.TryParseOpinion,
                ImportErrors.UnknownOpinion, false)
            : false;
        var reason = cells.Has(StaffResultsTemplate.MonthsReason)
            ? cells.Text(StaffResultsTemplate.MonthsReason, required: false, StaffYearResult.MonthsReasonMaxLength)
            : null;
        var discipline = cells.Choice<DisciplineLevel>(StaffResultsTemplate.Discipline,
            StaffResultLabels.TryParseDiscipline, ImportErrors.UnknownDiscipline, DisciplineLevel.None);
        var initiative = cells.Choice<InitiativeLevel>(StaffResultsTemplate.Initiative,
            StaffResultLabels.TryParseInitiative, ImportErrors.UnknownInitiative, InitiativeLevel.None);
        if (cells.HasErrors || personId is null || rating is null || months is null || discipline is null ||
            initiative is null || opinion is null)
        {
            return null;
        }

        return new StaffResultsSheetRow(cells.Row, personId.Value, rating.Value, months.Value, maternity,
            discipline.Value, initiative.Value, leave, formerMonths, opinion.Value, reason);
    }
}
