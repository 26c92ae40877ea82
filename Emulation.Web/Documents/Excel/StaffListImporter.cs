using Emulation.Domain.Organization;

namespace Emulation.Web.Documents.Excel;

/// <summary>One person read from an uploaded staff list, its cells parsed; the unit as written (code or name).</summary>
public sealed record StaffListRow(int SheetRow, string Code, string FullName, Gender Gender, DateOnly? DateOfBirth,
    string Unit, string Position, DateOnly RecruitedOn);

/// <summary>What an uploaded staff list held: the rows that parsed, and every problem found.</summary>
public sealed record StaffListSheet(IReadOnlyList<StaffListRow> Rows, IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>True when the file as a whole was refused (too large, wrong template, empty): no row was read.</summary>
    public bool IsRefused => Rows.Count == 0 && Errors.Count > 0 && Errors.All(e => e.Row is null);
}

/// <summary>
/// Reads an uploaded staff list (<see cref="StaffListTemplate"/>) through <see cref="XlsxGuard"/> and
/// <see cref="TemplateSheet"/>, like the staff results import. Bad files never throw. A code repeated on the sheet is
/// an error of the later row; whether units exist and people match is checked by the import service.
/// </summary>
public sealed class StaffListImporter(ExcelImportOptions options)
{
    private readonly XlsxGuard _guard = new(options);

    public async Task<StaffListSheet> ReadAsync(Stream file, CancellationToken cancellationToken = default)
    {
        var workbook = await _guard.ReadAsync(file, ImportErrors.WrongStaffListTemplate, cancellationToken);
        if (workbook.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        try
        {
            return Parse(workbook.Bytes!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or foreign zip: whatever the reader tripped on, the answer to the user is the same.
            return Refused(ImportErrors.WrongStaffListTemplate("the workbook cannot be read."));
        }
    }

    private static StaffListSheet Refused(Domain.Common.DomainError error) => new([], [ImportRowError.ForFile(error)]);

    private StaffListSheet Parse(byte[] bytes, CancellationToken cancellationToken)
    {
        var parsed = new List<StaffListRow>();
        var errors = new List<ImportRowError>();
        var firstRowOf = new Dictionary<string, int>(Domain.Common.CleanText.CodeComparer);
        var refusal = TemplateSheet.Read(bytes, StaffListTemplate.SheetName, StaffListTemplate.Headers,
            StaffListTemplate.OptionalHeaders, options.MaxRows, ImportErrors.WrongStaffListTemplate, errors, cells =>
            {
                var row = ParseRow(cells);
                if (row is null)
                {
                    return;
                }

                if (firstRowOf.TryGetValue(row.Code, out var firstRow))
                {
                    cells.Fail(StaffListTemplate.Code, ImportErrors.DuplicateCode(row.Code, firstRow));
                    return;
                }

                firstRowOf[row.Code] = cells.Row;
                parsed.Add(row);
            }, cancellationToken);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        return parsed.Count == 0 && errors.Count == 0 ? Refused(ImportErrors.Empty()) : new StaffListSheet(parsed, errors);
    }

    private static StaffListRow? ParseRow(SheetCells cells)
    {
        var code = cells.Text(StaffListTemplate.Code, required: true, Person.CodeMaxLength);
        var name = cells.Text(StaffListTemplate.FullName, required: true, Person.NameMaxLength);
        var gender = cells.Choice<Gender>(StaffListTemplate.Gender, StaffListTemplate.TryParseGender,
            ImportErrors.UnknownGender, fallback: null);
        var born = cells.Has(StaffListTemplate.DateOfBirth) ? cells.Date(StaffListTemplate.DateOfBirth, required: false) : null;
        var unit = cells.Text(StaffListTemplate.Unit, required: true, Unit.NameMaxLength);
        var position = cells.Text(StaffListTemplate.Position, required: true, Person.PositionMaxLength);
        var recruited = cells.Date(StaffListTemplate.RecruitedOn, required: true);
        if (cells.HasErrors || code is null || name is null || gender is null || unit is null || position is null ||
            recruited is null)
        {
            return null;
        }

        return new StaffListRow(cells.Row, code, name, gender.Value, born, unit, position, recruited.Value);
    }
}
